import { Link } from 'react-router';
import { MEETING_KINDS, MeetingStatusTag } from '@/components/BoardTags';
import { SummaryList } from '@/components/govuk/SummaryList';
import { WarningText } from '@/components/govuk/WarningText';
import { resolutionName } from '@/lib/boardWords';
import { formatClock, formatDate } from '@/lib/format';
import type { Meeting } from '../api/useMeeting';
import { agendaPublishedText } from './words';

function timeText(meeting: Meeting) {
  if (!meeting.startTime) return 'Not set';
  return meeting.closeTime ? `${formatClock(meeting.startTime)} to ${formatClock(meeting.closeTime)}` : formatClock(meeting.startTime);
}

/** When and where, whether it can be watched, its status and whether it was quorate. */
export function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const approvedBy = meeting.minutesApprovedBy;
  return (
    <>
      {meeting.status === 'cancelled' && <WarningText>This meeting was cancelled{meeting.cancelledReason ? `: ${meeting.cancelledReason}` : '.'}</WarningText>}
      <SummaryList
        rows={[
          { key: 'Date', value: formatDate(meeting.date) },
          { key: 'Time', value: timeText(meeting) },
          { key: 'Venue', value: meeting.venue ?? 'Not set' },
          {
            key: 'Watch online',
            value: meeting.livestreamUrl ? (
              <a className="govuk-link" href={meeting.livestreamUrl} rel="noreferrer">
                Livestream of the meeting
              </a>
            ) : (
              'Not streamed'
            ),
          },
          { key: 'Kind', value: MEETING_KINDS[meeting.kind] },
          {
            key: 'Status',
            value: (
              <>
                <MeetingStatusTag status={meeting.status} />
                {approvedBy && (
                  <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                    Approved by{' '}
                    <Link className="govuk-link" to={`/meetings/${approvedBy.meeting.id}`}>
                      {resolutionName(approvedBy)}
                    </Link>
                  </p>
                )}
              </>
            ),
          },
          { key: 'Agenda published', value: agendaPublishedText(meeting.agendaPublishedOn, meeting.status, formatDate) },
          { key: 'Quorum', value: meeting.quorum.message },
          { key: 'Next meeting', value: meeting.nextMeetingDate ? formatDate(meeting.nextMeetingDate) : 'Not given' },
        ]}
      />
      {meeting.quorum.met === false && <WarningText>{meeting.quorum.message}</WarningText>}
    </>
  );
}
