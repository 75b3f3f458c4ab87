import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MeetingStatusTag, REPORT_TYPES } from '@/components/BoardTags';
import { Button } from '@/components/govuk/Button';
import { Select } from '@/components/govuk/Select';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { Tag } from '@/components/govuk/Tag';
import { WarningText } from '@/components/govuk/WarningText';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useWorkProgramme, type WorkProgrammeItem } from '@/lib/api/meetings';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { moveSentence } from '@/lib/boardWords';
import { formatDate } from '@/lib/format';
import { boardToday, municipalStartYear } from '@/lib/periods';

const STATUS: Record<WorkProgrammeItem['status'], { text: string; colour: 'grey' | 'blue' | 'green' | 'red' } | undefined> = {
  planned: undefined,
  proposed: { text: 'Proposed', colour: 'blue' },
  considered: { text: 'Considered', colour: 'green' },
  withdrawn: { text: 'Withdrawn', colour: 'grey' },
};

/** A paper the programme plans: its title and kind, its status, whether it is late, and where it has moved from. */
function ProgrammeItem({ item, late }: { item: WorkProgrammeItem; late: boolean }) {
  const status = STATUS[item.status];
  return (
    <li className="govuk-!-margin-bottom-3">
      <span className="govuk-!-font-weight-bold">{item.title}</span>
      {item.reportType && <span className="govuk-body-s govuk-hint"> ({REPORT_TYPES[item.reportType]})</span>}{' '}
      {status && <Tag colour={status.colour}>{status.text}</Tag>} {late && <Tag colour="orange">Late</Tag>}
      {item.moves.length > 0 && (
        <ul className="govuk-list govuk-body-s govuk-!-margin-top-1 app-history">
          {item.moves.map((move) => (
            <li key={move.id}>{moveSentence(move)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Items({ items, late }: { items: WorkProgrammeItem[]; late: Set<number> }) {
  if (items.length === 0) return <span className="govuk-hint">Nothing planned</span>;
  return (
    <ul className="govuk-list">
      {items.map((item) => (
        <ProgrammeItem key={item.id} item={item} late={late.has(item.id)} />
      ))}
    </ul>
  );
}

const yearText = (startYear: number) => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/** Which paper goes to which meeting in a municipal year, what is due next and what is late. Public. */
export function WorkProgrammePage() {
  usePageTitle('Work programme');
  const [search, setSearch] = useSearchParams();
  const authorities = useAuthorities();
  const authority = search.get('authority') ?? authorities.data?.[0]?.code;
  const year = Number(search.get('year')) || undefined;
  const programme = useWorkProgramme(authority, year);
  const data = programme.data;
  const late = new Set(data?.late.map((item) => item.id));
  const thisYear = municipalStartYear(boardToday());
  const years = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear + 1 - i);

  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget);
    setSearch({ authority: String(chosen.get('authority') ?? ''), year: String(chosen.get('year') ?? '') });
  };

  return (
    <>
      <h1 className="govuk-heading-xl">Work programme</h1>
      <p className="govuk-body-l">Which reports the board will consider at each meeting of the year, and what has moved.</p>
      <form onSubmit={show} className="app-filter govuk-!-margin-bottom-6" key={search.toString()}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select id="authority" label="Council" defaultValue={authority} options={(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select id="year" label="Municipal year" defaultValue={String(data?.startYear ?? year ?? thisYear)} options={years.map((y) => ({ value: String(y), text: yearText(y) }))} />
          </div>
        </div>
        <Button variant="secondary" className="govuk-!-margin-bottom-0">
          Show work programme
        </Button>
      </form>
      {(authorities.isError || programme.isError) && <ProblemMessage error={authorities.error ?? programme.error} />}
      {programme.isPending && authority && <p className="govuk-body">Loading…</p>}
      {data && (
        <>
          <h2 className="govuk-heading-l">
            {data.authorityName}, {data.year}
          </h2>
          {data.late.length > 0 && (
            <WarningText>
              {data.late.length === 1 ? '1 item is late' : `${data.late.length} items are late`}: placed at a meeting that has passed and not yet considered.
            </WarningText>
          )}
          <section aria-labelledby="next-meeting" className="govuk-inset-text">
            <h3 className="govuk-heading-m" id="next-meeting">
              Due at the next meeting
              {data.nextMeeting && (
                <>
                  ,{' '}
                  <Link className="govuk-link" to={`/meetings/${data.nextMeeting.id}`}>
                    {formatDate(data.nextMeeting.date)}
                  </Link>
                </>
              )}
            </h3>
            {data.nextMeeting ? <Items items={data.dueAtNextMeeting} late={late} /> : <p className="govuk-body">No meeting to come this year.</p>}
          </section>
          <div className="app-table-scroll" role="region" aria-label="Work programme by meeting" tabIndex={0}>
            <Table caption={`Work programme ${data.year}, by meeting`} captionSize="m" head={['Meeting', 'Reports']}>
              {data.meetings.map(({ meeting, items }) => (
                <TableRow key={meeting.id}>
                  <RowHeader>
                    <Link className="govuk-link" to={`/meetings/${meeting.id}`}>
                      {formatDate(meeting.date)}
                    </Link>
                    <br />
                    <MeetingStatusTag status={meeting.status} />
                  </RowHeader>
                  <TableCell>
                    <Items items={items} late={late} />
                  </TableCell>
                </TableRow>
              ))}
              {data.unscheduled.length > 0 && (
                <TableRow>
                  <RowHeader>Not yet placed at a meeting</RowHeader>
                  <TableCell>
                    <Items items={data.unscheduled} late={late} />
                  </TableCell>
                </TableRow>
              )}
            </Table>
          </div>
          {data.meetings.length === 0 && data.unscheduled.length === 0 && <p className="govuk-body">No meetings or reports planned for {data.year}.</p>}
        </>
      )}
    </>
  );
}
