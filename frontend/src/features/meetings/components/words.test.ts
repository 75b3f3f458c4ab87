import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/format';
import { agendaPublishedText } from './words';

describe('agendaPublishedText', () => {
  it('gives the date the agenda was published when it is recorded, whatever the status', () => {
    expect(agendaPublishedText('2023-08-24', 'held', formatDate)).toBe('24 August 2023');
    expect(agendaPublishedText('2023-08-24', 'agenda-published', formatDate)).toBe('24 August 2023');
  });

  it('says "Not yet" only of a meeting still to come, and "Not recorded" of one past that stage', () => {
    expect(agendaPublishedText(null, 'scheduled', formatDate)).toBe('Not yet');
    for (const status of ['agenda-published', 'held', 'minutes-approved', 'cancelled'] as const) {
      expect(agendaPublishedText(undefined, status, formatDate)).toBe('Not recorded');
    }
  });
});
