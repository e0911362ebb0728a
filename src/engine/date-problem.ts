/**
 * What is wrong with a typed date that names no day of the calendar, so its error can say so
 * ("Den 31. Februar 2026 gibt es nicht. …") instead of only asking for a real date. The issue
 * keeps its code (`invalid_date`, or `invalid_format` for a month after December): only the text
 * is more specific.
 */
import type { Lang } from './types.js';

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** The parts of a date as typed, where its month or its day cannot exist. */
export interface ImpossibleDate {
  day: number;
  month: number;
  year: number;
}

/**
 * `2026-02-31` or `2026-13-12` (as the three boxes join it) -> its parts: a month after
 * December, or a day after the end of its month. Anything else (a gap, a day 0, a two-digit
 * year) -> undefined: the general text, which asks for day, month and year, fits it better.
 */
export function impossibleDate(value: unknown): ImpossibleDate | undefined {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month > 12 || (month >= 1 && day >= 1 && day > daysInMonth(year, month)))
    return { day, month, year };
  return undefined;
}

/**
 * The text key and its values for an issue whose params carry an `ImpossibleDate`: the month
 * by name in the reader's language, every number as typed (a year is no `2.026`).
 */
export function dateProblem(
  params: Record<string, unknown> | undefined,
  lang: Lang,
): { key: string; vars: Record<string, string> } | undefined {
  const { day, month, year } = params ?? {};
  if (typeof day !== 'number' || typeof month !== 'number' || typeof year !== 'number')
    return undefined;
  if (month > 12) return { key: 'ui.error.invalid_month', vars: { month: String(month) } };
  const name = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, month - 1, 1));
  return {
    key: 'ui.error.invalid_day',
    vars: {
      day: String(day),
      month: name,
      year: String(year),
      days: String(daysInMonth(year, month)),
    },
  };
}
