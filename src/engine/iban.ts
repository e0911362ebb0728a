/**
 * IBAN checks (ISO 13616: country, length, BBAN format and mod-97 check digits) and formatting,
 * from ibantools: a well-kept library that knows every country of the SWIFT IBAN registry.
 * These wrappers only fix how we call it: electronic format in, no `null`s out.
 */
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';

/** Blanks and dashes removed, upper case: `de89 3704-…` -> `DE893704…`. */
export const electronicFormatIban = (value: string): string =>
  electronicFormatIBAN(value) ?? value.replace(/[\s-]+/g, '').toUpperCase();

/** Grouped in fours, as printed on bank cards. */
export const friendlyFormatIban = (value: string): string =>
  friendlyFormatIBAN(electronicFormatIban(value)) ?? value;

/** True for an IBAN in electronic format with a known country, length, format and check digits. */
export const isValidIban = (iban: string): boolean => isValidIBAN(iban);

/**
 * Resolves once the functions above are the full ibantools checks. Here at once; in a script-tag
 * bundle ibantools is the part `komm-iban.js`, and this loads it (see `iban.lazy.ts`).
 */
export const loadIban = (): Promise<void> => Promise.resolve();
