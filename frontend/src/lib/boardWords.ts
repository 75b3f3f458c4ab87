import type { components } from '@/lib/api/schema';
import { formatDate } from './format';

type ResolutionRef = components['schemas']['ResolutionRef'];
type WorkProgrammeMove = components['schemas']['WorkProgrammeMove'];
type ActionArisingSummary = components['schemas']['ActionArisingSummary'];

/**
 * "resolution 12 of 4 September 2023": a resolution named as minutes cite them, by its item's number, and its own
 * number within the item when the item has several ("resolution 11.2").
 */
export function resolutionName(ref: ResolutionRef): string {
  const number = ref.number ? `${ref.agendaItemNumber}.${ref.number}` : String(ref.agendaItemNumber);
  return `resolution ${number} of ${formatDate(ref.meeting.date)}`;
}

/**
 * "Moved from 9 January 2024 to 3 April 2024: reason, by resolution 12 of 4 September 2023". A move made by hand
 * names no one: the mover is an account name, which means nothing to a reader.
 */
export function moveSentence(move: WorkProgrammeMove): string {
  const to = move.to ? formatDate(move.to.date) : 'no meeting yet';
  const where = move.from ? `Moved from ${formatDate(move.from.date)} to ${to}` : `Moved to ${to}`;
  const by = move.resolution ? `, by ${resolutionName(move.resolution)}` : '';
  return `${where}${move.reason ? `: ${move.reason}` : ''}${by}`;
}

/** "Head of the Virtual School, due 13 November 2023": an action's owner and due date, either of which minutes may leave out. */
export function ownerAndDue(action: Pick<ActionArisingSummary, 'owner' | 'dueDate'>): string {
  return `${action.owner ?? 'No owner named'}, ${action.dueDate ? `due ${formatDate(action.dueDate)}` : 'no due date'}`;
}

/** "1 day", "3 days": a count read as a person would say it. */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A scorecard's rows by RAG in one line: "4 red, 6 amber, 6 green and 30 without a RAG rating". */
export function ragSummary({ red, amber, green, none }: { red: number; amber: number; green: number; none: number }): string {
  return `${red} red, ${amber} amber, ${green} green and ${none} without a RAG rating`;
}
