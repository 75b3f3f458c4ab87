import { formatDate, formatMonth } from '@/lib/format';

/** An ask as a report (CitedAsk) or a pack (PackAsk) cites it; an entry's date may be missing. */
interface CitedAsk {
  ask: string;
  askedIn: string;
  forum: string;
  done: { date?: string | null; text: string }[];
  next: { date?: string | null; text: string }[];
}

/** "2023-11-13" as a date, "2023-02" as a month: the asks give either. */
const when = (date: string) => (date.length === 7 ? formatMonth(date) : formatDate(date));

function Entry({ entry }: { entry: CitedAsk['done'][number] }) {
  return (
    <li>
      {entry.text}
      {entry.date && <span className="govuk-hint"> ({when(entry.date)})</span>}
    </li>
  );
}

/**
 * What young people asked of the authority and what it did, as a report or a performance pack cites them (read
 * live from "You said, we did"). The headings start at `level`, under the section that cites them.
 */
export function CitedAsks({ asks, level }: { asks: CitedAsk[]; level: 3 | 4 }) {
  const Heading = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h4' | 'h5';
  if (asks.length === 0) return <p className="govuk-body">Young people have not asked anything of the council here yet.</p>;
  return (
    <>
      {asks.map((ask, index) => (
        <div key={index} className="app-ask">
          <p className="govuk-body govuk-!-margin-bottom-1">You said:</p>
          <Heading className="govuk-heading-m">“{ask.ask}”</Heading>
          {(ask.forum || ask.askedIn) && <p className="govuk-body-s">{[ask.forum, ask.askedIn && when(ask.askedIn)].filter(Boolean).join(', ')}</p>}
          <Sub className="govuk-heading-s">What we have done</Sub>
          {ask.done.length === 0 ? (
            <p className="govuk-body">Nothing finished yet.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {ask.done.map((entry, i) => (
                <Entry key={i} entry={entry} />
              ))}
            </ul>
          )}
          {ask.next.length > 0 && (
            <>
              <Sub className="govuk-heading-s">What&apos;s next</Sub>
              <ul className="govuk-list govuk-list--bullet">
                {ask.next.map((entry, i) => (
                  <Entry key={i} entry={entry} />
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </>
  );
}
