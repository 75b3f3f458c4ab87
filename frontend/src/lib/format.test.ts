import { describe, expect, it } from 'vitest';
import { capitalised, dateAsWritten, formatClock, formatReading, formatValue, formatWhen } from './format';

describe('formatValue', () => {
  it('writes numbers as the board papers do', () => {
    expect(formatValue('percent', 0, 88)).toBe('88%');
    expect(formatValue('count', 0, 82170)).toBe('82,170');
    expect(formatValue('rate_per_10k', 1, 93.7)).toBe('93.7 per 10,000');
    expect(formatValue('days', 0, 1)).toBe('1 day');
    expect(formatValue('days', 0, 124)).toBe('124 days');
    expect(formatValue('percent', 1, 28.571)).toBe('28.6%');
  });

  it('never turns a symbol into a number', () => {
    expect(formatReading('percent', 0, null, 'c')).toBe('c (confidential)');
    expect(formatReading('count', 0, undefined, undefined)).toBe('No value');
  });
});

describe('formatWhen', () => {
  it('says when in London time, as GOV.UK writes times', () => {
    expect(formatWhen('2025-12-03T14:05:09Z')).toBe('at 2:05pm on 3 December 2025');
    // British Summer Time: 23:30 UTC is already the next day in London.
    expect(formatWhen('2025-06-30T23:30:00Z')).toBe('at 12:30am on 1 July 2025');
    expect(formatWhen('2023-11-13')).toBe('on 13 November 2023');
  });
});

describe('formatClock', () => {
  it('writes a meeting time as GOV.UK writes times', () => {
    expect(formatClock('18:30')).toBe('6:30pm');
    expect(formatClock('17:30')).toBe('5:30pm');
    expect(formatClock('09:05')).toBe('9:05am');
    expect(formatClock('00:15')).toBe('12:15am');
    expect(formatClock('12:00')).toBe('midday');
    expect(formatClock('12:30')).toBe('12:30pm');
  });
});

describe('capitalised', () => {
  it('starts a sentence with a capital, leaving the rest as written', () => {
    expect(capitalised('at 31 March 2023')).toBe('At 31 March 2023');
    expect(capitalised('2022-23')).toBe('2022-23');
    expect(capitalised('')).toBe('');
  });
});

describe('dateAsWritten', () => {
  it('writes a real day as GOV.UK does', () => {
    expect(dateAsWritten('2023-03-31')).toBe('31 March 2023');
    expect(dateAsWritten('2024-02-29')).toBe('29 February 2024');
  });

  it('leaves what is not a day as it was typed, rather than failing or moving it to another day', () => {
    expect(dateAsWritten('2023-02-30')).toBe('2023-02-30');
    expect(dateAsWritten('2023-13-01')).toBe('2023-13-01');
    expect(dateAsWritten('31/03/2023')).toBe('31/03/2023');
    expect(dateAsWritten('2023-3-31')).toBe('2023-3-31');
    expect(dateAsWritten('')).toBe('');
  });
});
