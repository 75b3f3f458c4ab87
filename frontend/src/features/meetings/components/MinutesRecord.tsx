import { Link } from 'react-router';
import { ActionArisingStatusTag } from '@/components/BoardTags';
import { Tag } from '@/components/govuk/Tag';
import { WarningText } from '@/components/govuk/WarningText';
import { ProblemMessage } from '@/components/ProblemMessage';
import { moveSentence, ownerAndDue } from '@/lib/boardWords';
import { formatDate, formatWhen } from '@/lib/format';
import { useMinutes, type MinutesItem, type Resolution } from '../api/useMeeting';
import { privateItemText, voteText } from './words';

function ResolutionEntry({ resolution }: { resolution: Resolution }) {
  const vote = voteText(resolution);
  return (
    <li value={resolution.number ?? undefined}>
      <p className="govuk-body govuk-!-margin-bottom-1 app-pre-line">
        {resolution.text}
        {vote && <span className="govuk-body-s"> ({vote})</span>}
      </p>
      {resolution.approvesMeeting && (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          Approves the minutes of the{' '}
          <Link className="govuk-link" to={`/meetings/${resolution.approvesMeeting.id}`}>
            meeting of {formatDate(resolution.approvesMeeting.date)}
          </Link>
          {resolution.approvesMinutesOf && resolution.approvesMinutesOf !== resolution.approvesMeeting.date && ` (the resolution names ${formatDate(resolution.approvesMinutesOf)})`}
        </p>
      )}
      {resolution.notesReport && <p className="govuk-body-s govuk-!-margin-bottom-1">Notes the report: {resolution.notesReport.title}</p>}
      {resolution.workProgrammeMoves.map((move) => (
        <p key={move.id} className="govuk-body-s govuk-!-margin-bottom-1">
          Work programme: {moveSentence(move)}
        </p>
      ))}
      {resolution.actions.length > 0 && (
        <>
          <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">Actions arising</p>
          <ul className="govuk-list govuk-body-s">
            {resolution.actions.map((action) => (
              <li key={action.id}>
                <Link className="govuk-link" to={`/actions-arising/${action.id}`}>
                  {action.description}
                </Link>{' '}
                ({ownerAndDue(action)}) <ActionArisingStatusTag status={action.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function ItemMinutes({ meetingId, entry, canWrite }: { meetingId: number; entry: MinutesItem; canWrite: boolean }) {
  const { agendaItem, minute, resolutions } = entry;
  const base = `/meetings/${meetingId}/items/${agendaItem.id}`;
  return (
    <li className="app-item-list__item">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        {minute?.minuteNumber ? `${minute.minuteNumber} ` : `${agendaItem.number}. `}
        {agendaItem.title}
      </h3>
      {agendaItem.exempt && (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          <Tag colour="purple">{privateItemText(agendaItem.exemptParagraph)}</Tag>
        </p>
      )}
      {minute ? (
        <>
          <p className="govuk-body app-pre-line">{minute.text}</p>
          <p className="govuk-body-s govuk-hint">
            Written by {minute.writtenBy} {formatWhen(minute.writtenAt)}
            {minute.correctionReason && `. Corrected after approval: ${minute.correctionReason}`}
          </p>
        </>
      ) : (
        canWrite && <p className="govuk-body-s">No minute drafted yet.</p>
      )}
      {resolutions.length > 0 && (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Resolved that:</p>
          <ol className="govuk-list govuk-list--number">
            {resolutions.map((resolution) => (
              <ResolutionEntry key={resolution.id} resolution={resolution} />
            ))}
          </ol>
        </>
      )}
      {canWrite && (
        <ul className="govuk-list govuk-body-s app-inline-links">
          <li>
            <Link className="govuk-link" to={`${base}/minutes`}>
              {minute ? 'Change the minute' : 'Draft the minute'}{' '}
              <span className="govuk-visually-hidden">of item {agendaItem.number}</span>
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`${base}/resolutions/new`}>
              Add a resolution <span className="govuk-visually-hidden">to item {agendaItem.number}</span>
            </Link>
          </li>
        </ul>
      )}
    </li>
  );
}

/**
 * The minutes, item by item, with what was resolved and the actions each resolution created. The public reads them
 * once a later meeting has approved them; the authority's own people read the drafts too.
 */
export function MinutesRecord({ meetingId, canWrite }: { meetingId: number; canWrite: boolean }) {
  const minutes = useMinutes(meetingId);
  return (
    <section aria-labelledby="minutes">
      <h2 className="govuk-heading-l" id="minutes">
        Minutes
      </h2>
      {minutes.isError && <ProblemMessage error={minutes.error} />}
      {minutes.data && !minutes.data.approved && minutes.data.items.length === 0 && (
        <p className="govuk-inset-text">Minutes not yet approved. They are published here once the board approves them at a later meeting.</p>
      )}
      {minutes.data && !minutes.data.approved && minutes.data.items.length > 0 && (
        <WarningText>Draft minutes: not yet approved. Only the council&apos;s officers and board members can see them.</WarningText>
      )}
      {minutes.data?.approved && minutes.data.approvedBy && (
        <p className="govuk-body">
          Approved as a correct record at the{' '}
          <Link className="govuk-link" to={`/meetings/${minutes.data.approvedBy.meeting.id}`}>
            meeting of {formatDate(minutes.data.approvedBy.meeting.date)}
          </Link>
          .
        </p>
      )}
      {minutes.data && minutes.data.items.length > 0 && (
        <ol className="govuk-list">
          {minutes.data.items.map((entry) => (
            <ItemMinutes key={entry.agendaItem.id} meetingId={meetingId} entry={entry} canWrite={canWrite} />
          ))}
        </ol>
      )}
    </section>
  );
}
