import type { components } from '@/lib/api/schema';

export type Unit = components['schemas']['Unit'];
export type Symbol = components['schemas']['Symbol'];

const SYMBOL_MEANINGS: Record<Symbol, string> = {
  c: 'confidential',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to 0',
};

export function symbolMeaning(symbol: Symbol): string {
  return SYMBOL_MEANINGS[symbol];
}

/** "88%", "124 days", "93.7 per 10,000", "82,170": as the board papers and the API's reasons write them. */
export function formatValue(unit: Unit, decimals: number, value: number): string {
  const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals }).format(value);
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'days':
      return `${number} ${value === 1 ? 'day' : 'days'}`;
    case 'rate_per_10k':
      return `${number} per 10,000`;
    default:
      return number;
  }
}

/** A value or, where there is none, its symbol and what the symbol means. */
export function formatReading(unit: Unit, decimals: number, value?: number | null, symbol?: Symbol | null): string {
  if (symbol) return `${symbol} (${symbolMeaning(symbol)})`;
  if (value === undefined || value === null) return 'No value';
  return formatValue(unit, decimals, value);
}

const BOARD_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const BOARD_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "31 March 2023", as GOV.UK writes dates, from an ISO date such as 2023-03-31. */
export function formatDate(isoDate: string): string {
  return BOARD_DATE.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/**
 * A date a form holds, as people read it: "31 March 2023" for a real day written 2023-03-31; anything else (half
 * typed, or not a day at all) as it was typed, so showing somebody's unsaved form never fails on it.
 */
export function dateAsWritten(text: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
  return day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text) ? formatDate(text) : text;
}

/** "February 2023", from a month such as 2023-02. */
export function formatMonth(isoMonth: string): string {
  return BOARD_MONTH.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone: 'Europe/London' });

/**
 * When something happened, as GOV.UK writes it in London time: "at 2:05pm on 3 December 2025" from a date-time,
 * "on 3 December 2025" from a date.
 */
export function formatWhen(iso: string): string {
  if (!iso.includes('T')) return `on ${formatDate(iso)}`;
  const moment = new Date(iso);
  const part = (type: Intl.DateTimeFormatPartTypes) => LONDON_TIME.formatToParts(moment).find((p) => p.type === type)?.value ?? '';
  return `at ${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase()} on ${LONDON_DATE.format(moment)}`;
}

/** Today's date in England, as GOV.UK writes dates: "3 December 2026". */
export function formatToday(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}

/** "6:30pm", as GOV.UK writes times, from a clock time such as 18:30. */
export function formatClock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (hours === 12 && minutes === 0) return 'midday';
  const period = hours < 12 ? 'am' : 'pm';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour}:${String(minutes).padStart(2, '0')}${period}`;
}

/** A phrase starting a sentence: "at 31 March 2023" reads "At 31 March 2023". */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
