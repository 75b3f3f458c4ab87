import { describe, expect, it } from 'vitest';
import { fieldErrors } from './fieldErrors';
import { ApiError } from './problem';

const refused = (...errors: { field: string; rule: string; message: string }[]) =>
  new ApiError({ type: 'about:blank', title: 'The request is not valid', status: 400, errors });

describe('fieldErrors', () => {
  it('gives every field error at once, by field and in the summary, linked to its input', () => {
    const { byField, summary } = fieldErrors(
      refused({ field: 'title', rule: 'required', message: 'Enter the title' }, { field: 'symbol', rule: 'enum', message: 'Select the kind' }),
      { symbol: 'kind' },
    );
    expect(byField).toEqual({ title: 'Enter the title', symbol: 'Select the kind', kind: 'Select the kind' });
    expect(summary).toEqual([
      { text: 'Enter the title', href: '#title' },
      { text: 'Select the kind', href: '#kind' },
    ]);
  });

  it('says what is wrong with a date’s boxes as GOV.UK does, and links to the first box at fault', () => {
    const error = refused({ field: 'decidedOn', rule: 'type', message: 'Enter the date of the decision as a date' });
    const { byField, summary } = fieldErrors(error, {}, { decidedOn: { name: 'Date of the decision', value: '2023--13' } });
    expect(byField.decidedOn).toBe('Date of the decision must include a month');
    expect(summary).toEqual([{ text: 'Date of the decision must include a month', href: '#decidedOn-month' }]);
  });

  it('keeps the API’s words for a real date it refused, linking to the day', () => {
    const error = refused({ field: 'date', rule: 'not-in-future', message: 'A progress update says what has happened' });
    const { summary } = fieldErrors(error, {}, { date: { name: 'Date', value: '2099-01-01' } });
    expect(summary).toEqual([{ text: 'A progress update says what has happened', href: '#date-day' }]);
  });

  it('still calls a refused date a date once its boxes have been put right', () => {
    const error = refused({ field: 'date', rule: 'type', message: 'Date must be a date (YYYY-MM-DD)' });
    expect(fieldErrors(error, {}, { date: { name: 'Date', value: '2024-01-09' } }).byField.date).toBe('Date must be a real date');
  });
});
