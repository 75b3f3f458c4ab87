import { describe, expect, it } from 'vitest';
import { moveSentence, resolutionName } from './boardWords';

const september = { id: 2, date: '2023-09-04', title: 'Corporate Parenting Board', kind: 'committee', status: 'minutes-approved' } as const;

describe('resolutionName', () => {
  it('names a resolution by its item, and its number within the item when it has one', () => {
    expect(resolutionName({ id: 9, meeting: september, agendaItemNumber: 12, number: null })).toBe('resolution 12 of 4 September 2023');
    expect(resolutionName({ id: 8, meeting: september, agendaItemNumber: 11, number: 2 })).toBe('resolution 11.2 of 4 September 2023');
  });
});

describe('moveSentence', () => {
  it('says where an item moved from and to, why, and what moved it', () => {
    const move = {
      id: 1,
      from: { id: 4, date: '2024-01-09', title: 'Corporate Parenting Board', kind: 'committee', status: 'scheduled' },
      to: { id: 6, date: '2024-04-03', title: 'Corporate Parenting Board', kind: 'committee', status: 'scheduled' },
      reason: 'The Virtual School Annual report would be moved to April',
      resolution: { id: 9, meeting: september, agendaItemNumber: 12, number: null },
      movedBy: 'demo data',
      movedAt: '2023-09-04T19:40:00Z',
    } as const;
    expect(moveSentence(move)).toBe(
      'Moved from 9 January 2024 to 3 April 2024: The Virtual School Annual report would be moved to April, by resolution 12 of 4 September 2023',
    );
    expect(moveSentence({ ...move, to: undefined, resolution: undefined, movedBy: 'officer.walsall' })).toBe(
      'Moved from 9 January 2024 to no meeting yet: The Virtual School Annual report would be moved to April',
    );
  });

  it('says only where an item went when the minutes do not say where it stood, and names no account', () => {
    const move = {
      id: 2,
      to: { id: 3, date: '2023-11-13', title: 'Corporate Parenting Board', kind: 'committee', status: 'agenda-published' },
      movedBy: 'demo data',
      movedAt: '2023-09-04T19:40:00Z',
    } as const;
    expect(moveSentence(move)).toBe('Moved to 13 November 2023');
  });
});
