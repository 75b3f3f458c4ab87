import { useMeetings, type MeetingFilter } from '@/lib/api/meetings';
import { formatDate } from '@/lib/format';
import { Link } from 'react-router';
import { MeetingStatusTag } from './BoardTags';
import { ProblemMessage } from './ProblemMessage';

/**
 * "Considered at": the meetings whose agenda took up an indicator or an action plan item, as far as the reader may
 * see them (a private item's meeting shows only to those who may read the item).
 */
export function ConsideredAt({ filter, what }: { filter: MeetingFilter; what: string }) {
  const meetings = useMeetings(filter);
  return (
    <section aria-labelledby="considered-at">
      <h2 className="govuk-heading-m" id="considered-at">
        Considered at
      </h2>
      {meetings.isError && <ProblemMessage error={meetings.error} />}
      {meetings.data?.length === 0 && <p className="govuk-body">No board meeting has considered {what} yet.</p>}
      {meetings.data && meetings.data.length > 0 && (
        <ul className="govuk-list">
          {meetings.data.map((meeting) => (
            <li key={meeting.id}>
              <Link className="govuk-link" to={`/meetings/${meeting.id}`}>
                {meeting.title}, {formatDate(meeting.date)}
              </Link>{' '}
              <MeetingStatusTag status={meeting.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
