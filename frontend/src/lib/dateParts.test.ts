import { describe, expect, it } from 'vitest';
import { dateProblem, joinParts, partsOf } from './dateParts';

describe('partsOf and joinParts', () => {
  it('splits an ISO date into the boxes as people type them, and joins them back', () => {
    expect(partsOf('2023-11-03')).toEqual({ day: '3', month: '11', year: '2023' });
    expect(joinParts({ day: '3', month: '11', year: '2023' })).toBe('2023-11-03');
    expect(joinParts({ day: ' 13 ', month: '1', year: '2024' })).toBe('2024-01-13');
  });

  it('keeps a half-typed date as typed, so it is never mistaken for no date', () => {
    expect(joinParts({ day: '13', month: '', year: '2023' })).toBe('2023--13');
    expect(partsOf('2023--13')).toEqual({ day: '13', month: '', year: '2023' });
    expect(joinParts({ day: '', month: 'March', year: '' })).toBe('-March-');
    expect(partsOf(joinParts({ day: '3-4', month: '1', year: '2024' }))).toEqual({ day: '34', month: '1', year: '2024' });
  });

  it('gives empty boxes for no date, and no date for empty boxes', () => {
    expect(partsOf('')).toEqual({ day: '', month: '', year: '' });
    expect(joinParts({ day: ' ', month: '', year: '' })).toBe('');
  });

  it('round-trips every day of a leap year', () => {
    for (let day = new Date(Date.UTC(2024, 0, 1)); day.getUTCFullYear() === 2024; day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      expect(joinParts(partsOf(iso))).toBe(iso);
      expect(dateProblem('Date', iso)).toBeUndefined();
    }
  });
});

describe('dateProblem', () => {
  it('says which part is missing, as GOV.UK words it', () => {
    expect(dateProblem('Date of the decision', '2023--13')).toEqual({ message: 'Date of the decision must include a month', parts: ['month'] });
    expect(dateProblem('Due date', '--13')).toEqual({ message: 'Due date must include a month and year', parts: ['month', 'year'] });
    expect(dateProblem('Due date', '2023--')).toEqual({ message: 'Due date must include a day and month', parts: ['day', 'month'] });
  });

  it('refuses what is not a real date, marking the box at fault', () => {
    expect(dateProblem('Date', '2023-02-29')).toEqual({ message: 'Date must be a real date', parts: ['day'] });
    expect(dateProblem('Date', '2023-13-01')).toEqual({ message: 'Date must be a real date', parts: ['month'] });
    expect(dateProblem('Date', '2023-March-01')).toEqual({ message: 'Date must be a real date', parts: ['month'] });
    expect(dateProblem('Date', '23-03-01')).toEqual({ message: 'Year must include 4 numbers', parts: ['year'] });
  });

  it('leaves an empty or real date to the API', () => {
    expect(dateProblem('Date', '')).toBeUndefined();
    expect(dateProblem('Date', '2024-02-29')).toBeUndefined();
  });
});
