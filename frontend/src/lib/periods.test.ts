import { describe, expect, it } from 'vitest';
import { boardToday, duringPeriod, financialYearHasEnded, municipalStartYear, openingPeriod, periodLabel } from './periods';

const summary = (period: string, values: number, targets = 0) => ({ period, values, targets });

describe('boardToday', () => {
  it('gives the date in England, which runs an hour ahead of UTC in summer', () => {
    expect(boardToday(new Date('2024-03-31T23:30:00Z'))).toBe('2024-04-01');
    expect(boardToday(new Date('2024-01-31T23:30:00Z'))).toBe('2024-01-31');
  });
});

describe('financialYearHasEnded', () => {
  it('ends a financial year once its 31 March is past, not on the day', () => {
    expect(financialYearHasEnded(2023, '2024-03-30')).toBe(false);
    expect(financialYearHasEnded(2023, '2024-03-31')).toBe(false);
    expect(financialYearHasEnded(2023, '2024-04-01')).toBe(true);
    expect(financialYearHasEnded(2090, '2024-04-01')).toBe(false);
  });
});

describe('openingPeriod', () => {
  const today = '2024-06-01';

  it('opens on the newest year that has ended, not a far-future one with a stray value', () => {
    const periods = [summary('2090-91', 1), summary('2024-25', 0, 12), summary('2023-24', 30, 10), summary('2022-23', 28)];
    expect(openingPeriod(periods, today)?.period).toBe('2023-24');
  });

  it('prefers an ended year with values to a newer ended year with only targets', () => {
    expect(openingPeriod([summary('2023-24', 0, 5), summary('2022-23', 28)], today)?.period).toBe('2022-23');
  });

  it('opens on an ended year with only targets when no ended year has values', () => {
    expect(openingPeriod([summary('2025-26', 3), summary('2023-24', 0, 5)], today)?.period).toBe('2023-24');
  });

  it('opens on the year nearest to now when none has ended, and on nothing when there are none', () => {
    expect(openingPeriod([summary('2025-26', 0, 4), summary('2024-25', 0, 3)], today)?.period).toBe('2024-25');
    expect(openingPeriod([], today)).toBeUndefined();
    expect(openingPeriod(undefined, today)).toBeUndefined();
  });
});

describe('municipalStartYear', () => {
  it('starts the year in May, with the annual meeting', () => {
    expect(municipalStartYear('2023-09-04')).toBe(2023);
    expect(municipalStartYear('2024-04-03')).toBe(2023);
    expect(municipalStartYear('2024-04-30')).toBe(2023);
    expect(municipalStartYear('2024-05-01')).toBe(2024);
    expect(municipalStartYear('2024-01-09')).toBe(2023);
  });
});

describe('periodLabel', () => {
  it('writes a snapshot as the date it is at, and leaves a financial year as boards write it', () => {
    expect(periodLabel('2023-03-31')).toBe('at 31 March 2023');
    expect(periodLabel('2022-23')).toBe('2022-23');
    expect(periodLabel('1999-00')).toBe('1999-00');
  });

  it('names quarters, academic years and three rolling years in words', () => {
    expect(periodLabel('2023-24-Q1')).toBe('2023-24 Q1');
    expect(periodLabel('AY2022-23')).toBe('2022-23 academic year');
    expect(periodLabel('2019-22')).toBe('2019 to 2022');
    expect(periodLabel('1998-01')).toBe('1998 to 2001');
  });
});

describe('duringPeriod', () => {
  it('puts a span after its preposition and a snapshot at its date', () => {
    expect(duringPeriod('2022-23')).toBe('in 2022-23');
    expect(duringPeriod('2022-23', 'for')).toBe('for 2022-23');
    expect(duringPeriod('2023-03-31', 'for')).toBe('at 31 March 2023');
  });
});
