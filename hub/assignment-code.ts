/**
 * The assignment code (Zuordnungsmerkmal, § 19 Abs. 4 BMG): the Meldebehörde gives it to the
 * Wohnungsgeber, who passes it on to the person registering, on paper, by phone or by message.
 * So it is short, read aloud without doubt and typed without mix-ups: 10 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, U/V, 2/Z, 5/S, 8/B keep only the digit),
 * cryptographically random. 27^10 ≈ 2·10^14 codes (47 bits): guessing one is hopeless, and
 * uniqueness per municipality is kept by the store (a primary key; it draws again on a clash).
 */
import { randomBytes } from 'node:crypto';

/** The 27 symbols of a code, none easily mistaken for another. */
export const ASSIGNMENT_CODE_ALPHABET = '23456789ACDEFGHJKMNPQRTVWXY';
export const ASSIGNMENT_CODE_LENGTH = 10;

const SHAPE = new RegExp(`^[${ASSIGNMENT_CODE_ALPHABET}]{${ASSIGNMENT_CODE_LENGTH}}$`);

/** Assistants whose receipt carries an assignment code. */
const WITH_CODE: ReadonlySet<string> = new Set(['wohnungsgeberbestaetigung']);

/** Whether the hub answers this assistant's submissions with an assignment code. */
export const needsAssignmentCode = (assistantId: string): boolean => WITH_CODE.has(assistantId);

/** Whether `s` has the shape of an assignment code. */
export const isAssignmentCode = (s: unknown): s is string => typeof s === 'string' && SHAPE.test(s);

// The largest multiple of the alphabet's size that fits a byte: bytes above it are discarded,
// so every symbol is equally likely (a plain `% 27` would favour the first symbols).
const LIMIT = 256 - (256 % ASSIGNMENT_CODE_ALPHABET.length);

/** A new random code. `random` is injectable for tests (default: node:crypto). */
export function newAssignmentCode(random: (n: number) => Uint8Array = randomBytes): string {
  let code = '';
  while (code.length < ASSIGNMENT_CODE_LENGTH) {
    for (const b of random(16)) {
      if (b >= LIMIT) continue;
      code += ASSIGNMENT_CODE_ALPHABET[b % ASSIGNMENT_CODE_ALPHABET.length];
      if (code.length === ASSIGNMENT_CODE_LENGTH) break;
    }
  }
  return code;
}
