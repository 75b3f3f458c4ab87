import { Tag, type TagColour } from '@/components/govuk/Tag';
import type { ReportDecision, ReportStatus } from '../api/useReports';

const STATUS: Record<ReportStatus, { colour: TagColour; text: string }> = {
  draft: { colour: 'grey', text: 'Draft' },
  published: { colour: 'blue', text: 'Published' },
  presented: { colour: 'green', text: 'Presented to the board' },
};

export const REPORT_STATUSES = (Object.keys(STATUS) as ReportStatus[]).map((status) => ({ value: status, text: STATUS[status].text }));

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  return <Tag colour={STATUS[status].colour}>{STATUS[status].text}</Tag>;
}

/** What the board decided on a recommendation, in words. */
export const OUTCOMES: Record<ReportDecision['outcome'], string> = {
  agreed: 'Agreed',
  'agreed-amended': 'Agreed with changes',
  'not-agreed': 'Not agreed',
  noted: 'Noted',
  deferred: 'Deferred to a later meeting',
};
