import type { ActionArisingStatus, MeetingKind, MeetingStatus, WorkProgrammeItem } from '@/lib/api/meetings';
import { Tag, type TagColour } from './govuk/Tag';

const MEETING_STATUS: Record<MeetingStatus, { colour: TagColour; text: string }> = {
  scheduled: { colour: 'grey', text: 'Scheduled' },
  'agenda-published': { colour: 'blue', text: 'Agenda published' },
  held: { colour: 'turquoise', text: 'Held' },
  'minutes-approved': { colour: 'green', text: 'Minutes approved' },
  cancelled: { colour: 'red', text: 'Cancelled' },
};

export const MEETING_KINDS: Record<MeetingKind, string> = {
  committee: 'Committee meeting',
  'engagement-session': 'Engagement session with young people',
};

/** The kinds of report a work programme plans, in words. */
export const REPORT_TYPES: Record<NonNullable<WorkProgrammeItem['reportType']>, string> = {
  'quarterly-performance': 'Quarterly performance report',
  'annual-fostering': 'Fostering service annual report',
  'annual-adoption': 'Adoption service annual report',
  iro: 'Independent reviewing officers report',
  'virtual-school': 'Virtual school report',
  health: 'Health report',
  strategy: 'Strategy',
  sufficiency: 'Sufficiency',
  'municipal-year': 'Municipal year report',
  other: 'Other',
};

/** The statuses an officer may give a meeting: minutes are approved only by a resolution at a later meeting. */
export const SETTABLE_MEETING_STATUSES = (Object.keys(MEETING_STATUS) as MeetingStatus[])
  .filter((status) => status !== 'minutes-approved')
  .map((status) => ({ value: status, text: MEETING_STATUS[status].text }));

export function meetingStatusText(status: MeetingStatus) {
  return MEETING_STATUS[status].text;
}

/** A meeting's status in words, coloured as a GOV.UK tag: a cancelled meeting stays in the calendar, marked so. */
export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  return <Tag colour={MEETING_STATUS[status].colour}>{MEETING_STATUS[status].text}</Tag>;
}

const ACTION_STATUS: Record<ActionArisingStatus, { colour: TagColour; text: string }> = {
  open: { colour: 'blue', text: 'Open' },
  'in-progress': { colour: 'yellow', text: 'In progress' },
  done: { colour: 'green', text: 'Done' },
  dropped: { colour: 'grey', text: 'Dropped' },
};

export const ACTION_STATUS_OPTIONS = (Object.keys(ACTION_STATUS) as ActionArisingStatus[]).map((status) => ({ value: status, text: ACTION_STATUS[status].text }));

export function actionStatusText(status: ActionArisingStatus) {
  return ACTION_STATUS[status].text;
}

/** An action arising's status, and "Late" beside it when its due date has passed unfinished: never colour alone. */
export function ActionArisingStatusTag({ status, late }: { status: ActionArisingStatus; late?: boolean }) {
  return (
    <>
      <Tag colour={ACTION_STATUS[status].colour}>{ACTION_STATUS[status].text}</Tag>
      {late && (
        <>
          {' '}
          <Tag colour="orange">Late</Tag>
        </>
      )}
    </>
  );
}
