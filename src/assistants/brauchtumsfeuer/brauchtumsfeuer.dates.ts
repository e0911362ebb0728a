/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) for the bonfire's deadlines. UTC throughout,
 * so a daylight-saving switch never shifts a day.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const toUtc = (iso: string): number | undefined => {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().startsWith(iso) ? t : undefined;
};

const DAY_MS = 86_400_000;

/** Whether `v` is a real calendar date in ISO form. */
export const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' && toUtc(v) !== undefined;

/** `iso` plus `days` (negative to go back). */
export function addDays(iso: string, days: number): string {
  const t = toUtc(iso);
  if (t === undefined) throw new RangeError(`not an ISO date: ${iso}`);
  return new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = toUtc(from);
  const b = toUtc(to);
  if (a === undefined || b === undefined) throw new RangeError(`not ISO dates: ${from}, ${to}`);
  return Math.round((b - a) / DAY_MS);
}

/** Completed years of life on `on` (the birthday itself counts). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** `iso` minus `years`; 29 February becomes 28 February in a common year. */
export function yearsBefore(iso: string, years: number): string {
  const shifted = `${Number(iso.slice(0, 4)) - years}${iso.slice(4)}`;
  return shifted.endsWith('-02-29') && !isIsoDate(shifted as unknown)
    ? shifted.replace(/-02-29$/, '-02-28')
    : shifted;
}
