import { formatDate } from './format';

/** Today's date where the boards meet (England), as 2024-05-01: a financial year ends by the date there. */
export function boardToday(now: Date = new Date()): string {
  // en-CA writes dates year first with hyphens, as ISO does.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether the financial year starting in April of startYear is over by today: 31 March after it is past. */
export function financialYearHasEnded(startYear: number, today: string = boardToday()): boolean {
  return `${startYear + 1}-03-31` < today;
}

/** The first year of a financial year's code: 2022 for 2022-23. */
function startYearOf(code: string): number {
  return Number(code.slice(0, 4));
}

/**
 * The year a scorecard opens on, from its periods newest first: the newest that has ended and has values, else
 * the newest that has ended; a coming year (with targets, or a stray value) never takes over. When none has
 * ended, the earliest listed, the nearest to now.
 */
export function openingPeriod<T extends { period: string; values: number }>(periods: T[] | undefined, today: string = boardToday()): T | undefined {
  const ended = (periods ?? []).filter((p) => financialYearHasEnded(startYearOf(p.period), today));
  return ended.find((p) => p.values > 0) ?? ended[0] ?? periods?.at(-1);
}

/**
 * The first year of the municipal year a date falls in: councils start their year at the annual meeting in May, so
 * 3 April 2024 is in 2023/24 and 13 May 2024 in 2024/25.
 */
export function municipalStartYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 5 ? year : year - 1;
}

/**
 * A period as people read it: a snapshot's date as "at 31 March 2023", a quarter as "2023-24 Q1", an academic year
 * as "2022-23 academic year", three rolling years as "2019 to 2022"; a financial year stays "2022-23", as boards
 * write it. A code of no known shape is shown as it is.
 */
export function periodLabel(code: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(code)) return `at ${formatDate(code)}`;
  const quarter = /^(\d{4}-\d{2})-Q([1-4])$/.exec(code);
  if (quarter) return `${quarter[1]} Q${quarter[2]}`;
  if (code.startsWith('AY')) return `${code.slice(2)} academic year`;
  const years = /^(\d{4})-(\d{2})$/.exec(code);
  if (years && (Number(years[1]) + 3) % 100 === Number(years[2])) return `${years[1]} to ${Number(years[1]) + 3}`;
  return code;
}

/**
 * A period after a preposition: "in 2022-23" (or "for 2022-23"), but "at 31 March 2023" for a snapshot, which is a
 * position on a day rather than a span.
 */
export function duringPeriod(code: string, preposition: 'in' | 'for' = 'in'): string {
  const label = periodLabel(code);
  return label.startsWith('at ') ? label : `${preposition} ${label}`;
}
