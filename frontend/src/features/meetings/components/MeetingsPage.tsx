import { Link, useSearchParams } from 'react-router';
import { AuthorityPicker } from '@/components/AuthorityPicker';
import { MEETING_KINDS, MeetingStatusTag } from '@/components/BoardTags';
import { ButtonLink } from '@/components/govuk/Button';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useMeetings, type MeetingSummary } from '@/lib/api/meetings';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { useOpeningAuthority } from '@/lib/auth/useOpeningAuthority';
import { usePermissions } from '@/lib/auth/usePermissions';
import { formatClock, formatDate, formatMonth } from '@/lib/format';
import { boardToday } from '@/lib/periods';

/** Meetings grouped under their month, in the order given. */
function byMonth(meetings: MeetingSummary[]) {
  const months: { month: string; meetings: MeetingSummary[] }[] = [];
  for (const meeting of meetings) {
    const month = meeting.date.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.meetings.push(meeting);
    else months.push({ month, meetings: [meeting] });
  }
  return months;
}

function MeetingEntry({ meeting }: { meeting: MeetingSummary }) {
  const cancelled = meeting.status === 'cancelled';
  return (
    <li className="app-item-list__item">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Link className="govuk-link govuk-!-font-weight-bold" to={`/meetings/${meeting.id}`}>
          {cancelled ? <s>{meeting.title}</s> : meeting.title}
          {cancelled && <span className="govuk-visually-hidden"> (cancelled)</span>}
        </Link>
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {formatDate(meeting.date)}
        {meeting.startTime && `, ${formatClock(meeting.startTime)}`}
        {meeting.venue && `, ${meeting.venue}`}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        <MeetingStatusTag status={meeting.status} /> <span className="govuk-hint">{MEETING_KINDS[meeting.kind]}</span>
        {!cancelled && (
          <span className="govuk-hint">
            , {meeting.agendaItemCount} {meeting.agendaItemCount === 1 ? 'agenda item' : 'agenda items'}
          </span>
        )}
      </p>
    </li>
  );
}

function Months({ meetings, heading }: { meetings: MeetingSummary[]; heading: string }) {
  const id = heading.toLowerCase().replace(/\W+/g, '-');
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-l" id={id}>
        {heading}
      </h2>
      {meetings.length === 0 && <p className="govuk-body">None.</p>}
      {byMonth(meetings).map(({ month, meetings: ofMonth }) => (
        <section key={month} aria-labelledby={`${id}-${month}`}>
          <h3 className="govuk-heading-m govuk-!-margin-top-4 govuk-!-margin-bottom-1" id={`${id}-${month}`}>
            {formatMonth(month)}
          </h3>
          <ul className="govuk-list">
            {ofMonth.map((meeting) => (
              <MeetingEntry key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** The board's calendar, public: meetings to come soonest first, then those held, latest first. */
export function MeetingsPage() {
  usePageTitle('Board meetings');
  const [search] = useSearchParams();
  const authorities = useAuthorities();
  const permissions = usePermissions();
  const opening = useOpeningAuthority('meetings');
  const authority = search.get('authority') ?? opening;
  const meetings = useMeetings({ authority }, Boolean(authority));
  const now = boardToday();
  const upcoming = meetings.data?.filter((meeting) => meeting.date >= now) ?? [];
  const past = (meetings.data?.filter((meeting) => meeting.date < now) ?? []).reverse();

  return (
    <>
      <h1 className="govuk-heading-xl">Board meetings</h1>
      <p className="govuk-body-l">When the Corporate Parenting Board meets, what it considers and what it decided.</p>
      <AuthorityPicker authorities={authorities.data ?? []} current={authority} />
      {(authorities.isError || meetings.isError) && <ProblemMessage error={authorities.error ?? meetings.error} />}
      {authority && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/api/v1/meetings/calendar.ics?authority=${authority}`}>
            Subscribe to these meetings in your calendar
          </a>{' '}
          (an iCalendar feed: copy the link into Outlook or Google Calendar).
        </p>
      )}
      {authority && permissions.canWriteFor(authority) && <ButtonLink to={`/meetings/new?authority=${authority}`}>Add a meeting</ButtonLink>}
      {meetings.isPending && authority && <p className="govuk-body">Loading…</p>}
      {meetings.data && (
        <>
          <Months heading="Upcoming meetings" meetings={upcoming} />
          <Months heading="Past meetings" meetings={past} />
        </>
      )}
    </>
  );
}
