import type { components } from '@/lib/api/schema';
import { Tag, type TagColour } from './govuk/Tag';

export type ItemStatus = components['schemas']['ItemStatus'];

const LOOK: Record<ItemStatus, { colour: TagColour; text: string }> = {
  'not-started': { colour: 'grey', text: 'Not started' },
  'on-track': { colour: 'green', text: 'On track' },
  'at-risk': { colour: 'yellow', text: 'At risk' },
  'off-track': { colour: 'red', text: 'Off track' },
  complete: { colour: 'blue', text: 'Complete' },
  'carried-forward': { colour: 'purple', text: 'Carried forward' },
};

export const STATUS_OPTIONS = Object.entries(LOOK).map(([value, look]) => ({ value: value as ItemStatus, text: look.text }));

export function statusText(status: ItemStatus): string {
  return LOOK[status].text;
}

/** An action item's status in words, coloured as a GOV.UK tag. */
export function StatusTag({ status }: { status: ItemStatus }) {
  return <Tag colour={LOOK[status].colour}>{LOOK[status].text}</Tag>;
}

export function OverdueTag() {
  return <Tag colour="orange">Overdue</Tag>;
}
