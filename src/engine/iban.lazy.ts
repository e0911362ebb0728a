/**
 * `iban.ts` as a script-tag bundle has it (vite.config.ts, plugin `komm-iban-lazy`; issue 5):
 * the same functions, but ibantools (about 3.8 KB gzip, and a country table built when it is
 * evaluated, before the first question could show) is the part `komm-iban.js` beside the bundle.
 * The element loads it when an assistant with an IBAN field has its config, and the first call
 * here loads it at the latest, long before anyone has typed an IBAN.
 *
 * Until it is there (or when it cannot be loaded: the device went offline before), an IBAN is
 * checked by its structure (ISO 13616: country, check digits, 11–30 letters or digits) and its
 * check digits (ISO 7064 mod 97-10): every valid IBAN passes, and typing errors (one wrong or two
 * swapped characters) are caught. Only the country's length and BBAN format wait for ibantools,
 * and the hub checks them in any case; its answer is shown at the field.
 */
import type * as Full from './iban.js';

let full: typeof Full | undefined;
let loading: Promise<void> | undefined;

export const loadIban = (): Promise<void> =>
  (loading ??= import('./iban.js').then(
    (m) => {
      full = m;
    },
    (e: unknown) => {
      loading = undefined; // tried again on the next call
      throw e;
    },
  ));

const start = () => void loadIban().catch(() => {});

const compact = (value: string) => value.replace(/[\s-]+/g, '').toUpperCase();

/** ISO 7064 mod 97-10 of the IBAN with its first four characters moved to the end. */
function mod97(iban: string): number {
  let rest = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const n = parseInt(ch, 36); // 0–9, A=10 … Z=35
    rest = (n > 9 ? rest * 100 + n : rest * 10 + n) % 97;
  }
  return rest;
}

export const electronicFormatIban = (value: string): string =>
  full ? full.electronicFormatIban(value) : (start(), compact(value));

export const friendlyFormatIban = (value: string): string =>
  full ? full.friendlyFormatIban(value) : (start(), compact(value).replace(/(.{4})(?=.)/g, '$1 '));

export const isValidIban = (iban: string): boolean => {
  if (full) return full.isValidIban(iban);
  start();
  return /^[A-Z]{2}\d{2}[A-Z\d]{11,30}$/.test(iban) && mod97(iban) === 1;
};
