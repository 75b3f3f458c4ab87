/**
 * A date as GOV.UK asks for it: day, month and year in three boxes. The form keeps it as one string, the ISO date
 * the API takes ("2023-11-13") once the three parts make one; parts that do not are joined as typed ("2023--13"),
 * never dropped, so a half-typed date is refused by the API beside the form's other errors instead of being sent as
 * no date at all.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

/** The boxes in GOV.UK's order. */
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

const EMPTY: DateParts = { day: '', month: '', year: '' };

/** The boxes' contents for a date the form holds: an ISO date, a date joined from parts, or nothing. */
export function partsOf(value: string): DateParts {
  const joined = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value);
  if (!joined) return EMPTY;
  const [, year = '', month = '', day = ''] = joined;
  return { day: day.replace(/^0(?=\d)/, ''), month: month.replace(/^0(?=\d)/, ''), year };
}

/** The date the boxes say, as the form holds it: "" when all three are empty. */
export function joinParts(parts: DateParts): string {
  const clean = (text: string) => text.trim().replace(/-/g, '');
  const day = clean(parts.day);
  const month = clean(parts.month);
  const year = clean(parts.year);
  if (!day && !month && !year) return '';
  const twoDigits = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

function isRealDate(year: number, month: number, day: number) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const AND = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]);

/**
 * What is wrong with a date's boxes, in GOV.UK's words, and which boxes to mark; nothing when they are all empty
 * (the API says whether the date is needed) or make a real date (the API's own rules, such as "not in the future",
 * then speak).
 */
export function dateProblem(name: string, value: string): { message: string; parts: DatePart[] } | undefined {
  if (value === '') return undefined;
  const parts = partsOf(value);
  const missing = DATE_PARTS.filter((part) => parts[part].trim() === '');
  if (missing.length > 0) return { message: `${name} must include a ${AND(missing)}`, parts: missing };
  const notNumbers = DATE_PARTS.filter((part) => !/^\d+$/.test(parts[part]));
  if (notNumbers.length > 0) return { message: `${name} must be a real date`, parts: notNumbers };
  if (!/^\d{4}$/.test(parts.year)) return { message: 'Year must include 4 numbers', parts: ['year'] };
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  if (month < 1 || month > 12) return { message: `${name} must be a real date`, parts: ['month'] };
  if (!isRealDate(year, month, day)) return { message: `${name} must be a real date`, parts: ['day'] };
  return undefined;
}
