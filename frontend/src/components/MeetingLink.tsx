import { Link } from 'react-router';
import type { MeetingRef } from '@/lib/api/meetings';
import { formatDate } from '@/lib/format';

/** A meeting named by its date, as the minutes name them ("the meeting of 4 September 2023"), linking to its page. */
export function MeetingLink({ meeting }: { meeting: Pick<MeetingRef, 'id' | 'date'> }) {
  return (
    <Link className="govuk-link" to={`/meetings/${meeting.id}`}>
      {formatDate(meeting.date)}
    </Link>
  );
}
