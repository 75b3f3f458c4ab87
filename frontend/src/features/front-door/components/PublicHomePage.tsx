import { Link, useSearchParams } from 'react-router';
import { AuthorityPicker } from '@/components/AuthorityPicker';
import { ProblemMessage } from '@/components/ProblemMessage';
import { RagTag } from '@/components/RagTag';
import { usePageTitle } from '@/components/usePageTitle';
import { usePublicAuthorities } from '@/lib/auth/useOpeningAuthority';
import { counted, ragSummary } from '@/lib/boardWords';
import { formatDate } from '@/lib/format';
import { usePublicScorecardOf, useUpcomingMeetings } from '../api/useFrontDoor';

/**
 * The public front door: what a council's Corporate Parenting Board promised and how it is doing, for a visitor who
 * has not signed in. It opens on a council with something to show, or the one in the address.
 */
export function PublicHomePage() {
  usePageTitle('Home');
  const [search] = useSearchParams();
  const authorities = usePublicAuthorities();
  const code = search.get('authority') ?? authorities.data?.opening ?? undefined;
  const authority = authorities.data?.items.find((a) => a.code === code);
  const scorecard = usePublicScorecardOf(authority?.code, authority?.scorecardPeriod);
  const meetings = useUpcomingMeetings(authority?.upcomingMeetings ? authority.code : undefined);
  const rows = scorecard.data?.groups.flatMap((group) => group.rows) ?? [];
  const count = (rag: 'red' | 'amber' | 'green' | 'none') => rows.filter((row) => row.rag === rag).length;
  const query = authority ? `authority=${authority.code}` : '';

  return (
    <>
      <h1 className="govuk-heading-xl">Promise</h1>
      <p className="govuk-body-l">What each council&apos;s Corporate Parenting Board promised children in care and care leavers, and how the council is doing.</p>
      <AuthorityPicker authorities={authorities.data?.items ?? []} current={authority?.code} />
      {(authorities.isError || scorecard.isError || meetings.isError) && <ProblemMessage error={authorities.error ?? scorecard.error ?? meetings.error} />}
      {authorities.isPending && <p className="govuk-body">Loading…</p>}
      {authorities.data && !authority && <p className="govuk-body">{code ? `Promise does not serve a council with the code ${code}.` : 'No council has published anything in Promise yet.'}</p>}
      {authority && (
        <>
          <h2 className="govuk-heading-l">{authority.name}</h2>
          <section aria-labelledby="public-scorecard-heading" className="govuk-!-margin-bottom-8">
            <h3 className="govuk-heading-m" id="public-scorecard-heading">
              How the council is doing{authority.scorecardPeriod ? ` in ${authority.scorecardPeriod}` : ''}
            </h3>
            {!authority.scorecardPeriod && <p className="govuk-body">{authority.name} does not publish its scorecard in Promise yet.</p>}
            {scorecard.isPending && authority.scorecardPeriod && <p className="govuk-body">Loading…</p>}
            {scorecard.data && (
              <>
                <p className="govuk-body" data-testid="public-rag-summary">
                  Against the targets the board agreed: {ragSummary({ red: count('red'), amber: count('amber'), green: count('green'), none: count('none') })}.
                </p>
                {rows.some((row) => row.rag === 'red' || row.rag === 'amber') && (
                  <ul className="govuk-list" aria-label="Red and amber indicators">
                    {[...rows.filter((row) => row.rag === 'red'), ...rows.filter((row) => row.rag === 'amber')].map((row) => (
                      <li key={row.indicator}>
                        <RagTag rag={row.rag} /> {row.plainName ?? row.name}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="govuk-body">
                  <Link className="govuk-link" to={`/public/scorecard?area=${authority.code}&period=${authority.scorecardPeriod}`}>
                    See the public scorecard
                  </Link>
                </p>
              </>
            )}
          </section>
          <section aria-labelledby="promise-heading" className="govuk-!-margin-bottom-8">
            <h3 className="govuk-heading-m" id="promise-heading">
              Our promise
            </h3>
            {authority.strategy ? (
              <p className="govuk-body">
                <Link className="govuk-link" to={`/strategy?${query}`}>
                  Read {authority.name}&apos;s promise to children in care and care leavers
                </Link>
              </p>
            ) : (
              <p className="govuk-body">{authority.name} has not published its corporate parenting strategy in Promise yet.</p>
            )}
          </section>
          <section aria-labelledby="you-said-heading" className="govuk-!-margin-bottom-8">
            <h3 className="govuk-heading-m" id="you-said-heading">
              You said, we did
            </h3>
            {authority.youSaidEntries > 0 ? (
              <p className="govuk-body">
                <Link className="govuk-link" to={`/you-said-we-did?${query}`}>
                  What children and young people told the board, and what was done
                </Link>{' '}
                ({counted(authority.youSaidEntries, 'entry', 'entries')})
              </p>
            ) : (
              <p className="govuk-body">Nothing is published yet.</p>
            )}
          </section>
          <section aria-labelledby="meetings-heading" className="govuk-!-margin-bottom-8">
            <h3 className="govuk-heading-m" id="meetings-heading">
              Upcoming meetings
            </h3>
            {authority.upcomingMeetings === 0 && <p className="govuk-body">No meeting is planned yet.</p>}
            {meetings.data && meetings.data.items.length > 0 && (
              <ul className="govuk-list">
                {meetings.data.items
                  .filter((meeting) => meeting.status !== 'cancelled')
                  .map((meeting) => (
                    <li key={meeting.id}>
                      <Link className="govuk-link" to={`/meetings/${meeting.id}`}>
                        {meeting.title}, {formatDate(meeting.date)}
                      </Link>
                    </li>
                  ))}
              </ul>
            )}
            <p className="govuk-body">
              <Link className="govuk-link" to={`/meetings?${query}`}>
                See all meetings, their agendas and minutes
              </Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}
