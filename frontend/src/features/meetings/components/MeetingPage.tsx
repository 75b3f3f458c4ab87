import { Link, useParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '@/components/govuk/Button';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { usePermissions } from '@/lib/auth/usePermissions';
import { useSavedMessage } from '@/lib/useSavedMessage';
import { formatDate } from '@/lib/format';
import { useMeeting } from '../api/useMeeting';
import { AgendaList } from './AgendaList';
import { AttendanceRecord } from './AttendanceRecord';
import { Declarations } from './Declarations';
import { MeetingDetails } from './MeetingDetails';
import { MeetingWarnings } from './MeetingWarnings';
import { MinutesRecord } from './MinutesRecord';

/** A meeting of the board: when and where, the checks, the agenda, who came, interests declared and the minutes. */
export function MeetingPage() {
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  const permissions = usePermissions();
  const saved = useSavedMessage();
  const data = meeting.data?.resource;
  usePageTitle(data ? `${data.title}, ${formatDate(data.date)}` : 'Meeting');

  if (meeting.isError) return <ProblemMessage error={meeting.error} />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const canWrite = permissions.canWriteFor(data.authority);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {saved && (
          <SuccessBanner title={saved}>
            <p className="govuk-body">The meeting below shows the change.</p>
          </SuccessBanner>
        )}
        <Link className="govuk-back-link" to={`/meetings?authority=${data.authority}`}>
          All meetings
        </Link>
        <span className="govuk-caption-l">
          {data.authorityName}, {data.board.name}
        </span>
        <h1 className="govuk-heading-xl">
          {data.title}, {formatDate(data.date)}
        </h1>
        <MeetingDetails meeting={data} />
        <MeetingWarnings meetingId={id} />
        {canWrite && (
          <ButtonGroup>
            <ButtonLink variant="secondary" to={`/meetings/${id}/edit`}>
              Change the meeting&apos;s details
            </ButtonLink>
            <ButtonLink variant="secondary" to={`/meetings/${id}/items/new`}>
              Add an agenda item
            </ButtonLink>
            <ButtonLink variant="secondary" to={`/meetings/${id}/attendance`}>
              Record attendance
            </ButtonLink>
            <ButtonLink variant="secondary" to={`/meetings/${id}/declarations/new`}>
              Add a declaration
            </ButtonLink>
          </ButtonGroup>
        )}
        <AgendaList meetingId={id} authority={data.authority} items={data.agendaItems} canWrite={canWrite} />
        <AttendanceRecord meeting={data} />
        <Declarations declarations={data.declarations} />
        <MinutesRecord meetingId={id} canWrite={canWrite} />
      </div>
    </div>
  );
}
