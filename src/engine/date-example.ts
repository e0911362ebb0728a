/**
 * The example in a date field's hint and in its error ("Zum Beispiel 13 1 2027"): a real date
 * derived from the engine's today, so it never lies in the past where a date must lie ahead.
 * Written `T M JJJJ` as the citizen types it into the three boxes (no leading zeros).
 */
import type { ScalarField } from './types.js';

/** The example for a person's date of birth (`ui.date.hintBirth`'s `{example}`): from the past. */
export const BIRTH_EXAMPLE = '27 3 1985';

/** A person's date of birth: marked `dateOf: 'birth'`, or autofilled as a birthday (`bday`). */
export const isBirthDate = (field: Pick<ScalarField, 'dateOf' | 'autocomplete'>): boolean =>
  field.dateOf === 'birth' || /(^|\s)bday$/.test(field.autocomplete ?? '');

/**
 * The example for a date field on `today` (ISO). Its day is always 13 or later, so nobody reads
 * it as month and day swapped. A date that must lie ahead (`dateOf: 'future'`, e.g. a bonfire
 * notified 14 days to 4 weeks ahead) gets one six to eight weeks ahead: later than every usual
 * notice period, and when such events are planned. Any other date (a move, a start of business,
 * a dog kept since) gets a recent one: today, or up to 12 days back.
 */
export function dateExample(
  field: Pick<ScalarField, 'dateOf' | 'autocomplete'>,
  today: string,
): string {
  if (isBirthDate(field)) return BIRTH_EXAMPLE;
  const ahead = field.dateOf === 'future';
  const t = new Date(today); // an ISO date alone is read as UTC midnight
  if (ahead) t.setUTCDate(t.getUTCDate() + 42);
  if (t.getUTCDate() < 13) t.setUTCDate(t.getUTCDate() + (ahead ? 12 : -12));
  return `${t.getUTCDate()} ${t.getUTCMonth() + 1} ${t.getUTCFullYear()}`;
}
