import type { AttendanceEntry, DeclarationInput, Meeting, Resolution, ResolutionInput } from '../api/useMeeting';

/** The words the forms and the record use for the contract's spellings. */

export const CAPACITIES: Record<AttendanceEntry['capacity'], string> = {
  member: 'Board member',
  substitute: 'Substitute',
  officer: 'Officer',
  advisor: 'Advisor',
  'young-person': 'Young person',
  guest: 'Guest',
};

export const PRESENCES: Record<AttendanceEntry['presence'], string> = {
  present: 'Present',
  apologies: 'Sent apologies',
  absent: 'Absent without apologies',
};

export const DECLARATION_KINDS: Record<DeclarationInput['kind'], string> = {
  'disclosable-pecuniary': 'Disclosable pecuniary interest',
  'other-registerable': 'Other registerable interest',
  'non-registerable': 'Non-registerable interest',
};

export const RESOLUTION_KINDS: Record<ResolutionInput['kind'], string> = {
  decision: 'A decision',
  'approve-minutes': 'Approves the minutes of an earlier meeting',
  'note-report': 'Notes a report',
  'exclude-public': 'Excludes the public for private items',
  'change-work-programme': 'Changes the work programme',
};

export const VOTES: Record<ResolutionInput['vote'], string> = {
  unanimous: 'Unanimous',
  recorded: 'Votes recorded (for, against, abstentions)',
  'not-recorded': 'Not recorded',
};

/** "(Unanimous)" or "(For 5, against 1, 1 abstention)", as minutes print the vote; nothing when not recorded. */
export function voteText(resolution: Pick<Resolution, 'vote' | 'votesFor' | 'votesAgainst' | 'abstentions'>): string | undefined {
  if (resolution.vote === 'unanimous') return 'Unanimous';
  if (resolution.vote === 'not-recorded') return undefined;
  const abstentions = resolution.abstentions ?? 0;
  return `For ${resolution.votesFor ?? 0}, against ${resolution.votesAgainst ?? 0}, ${abstentions} ${abstentions === 1 ? 'abstention' : 'abstentions'}`;
}

/** "Private item: paragraph 3 of Schedule 12A", as agendas mark exempt items. */
export function privateItemText(paragraph: number | null | undefined): string {
  return paragraph ? `Private item: paragraph ${paragraph} of Schedule 12A` : 'Private item (no paragraph of Schedule 12A given)';
}

/**
 * When a meeting's agenda was published, the date written by `written`: "Not yet" only while the meeting is still to
 * come; a meeting held, approved or cancelled with no date recorded had its agenda published on a day nobody wrote down.
 */
export function agendaPublishedText(publishedOn: string | null | undefined, status: Meeting['status'], written: (date: string) => string): string {
  if (publishedOn) return written(publishedOn);
  return status === 'scheduled' ? 'Not yet' : 'Not recorded';
}
