/**
 * `iban.lazy.ts`, what a script-tag bundle has in place of `iban.ts` (issue 5): before ibantools
 * (the part `komm-iban.js`) is there, every valid IBAN passes and typing errors are caught; once
 * loaded, every answer is ibantools'. In Node the part is `iban.ts` itself.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as full from './iban.js';
import * as lazy from './iban.lazy.js';

/** Examples of the SWIFT IBAN registry (every length from 15 to 31). */
const VALID = [
  'DE89370400440532013000',
  'AT611904300234573201',
  'NL91ABNA0417164300',
  'FR1420041010050500013M02606',
  'GB29NWBK60161331926819',
  'IT60X0542811101000000123456',
  'PL61109010140000071219812874',
  'CH9300762011623852957',
  'NO9386011117947',
  'MT84MALT011000012345MTLCAST001S',
  'BE68539007547034',
  'ES9121000418450200051332',
];

/** Check digits for `country` + `bban` (ISO 7064 mod 97-10), to build IBANs of any shape. */
function withCheckDigits(country: string, bban: string): string {
  let rest = 0;
  for (const ch of `${bban}${country}00`) {
    const n = parseInt(ch, 36);
    rest = (n > 9 ? rest * 100 + n : rest * 10 + n) % 97;
  }
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

test('before ibantools is loaded: valid IBANs pass, typing errors do not, formats match', async () => {
  // All synchronous: the first call starts loading the full check, which resolves only later.
  const early = VALID.map((iban) => {
    const typo = iban.slice(0, 10) + ((Number(iban[10]) + 1) % 10) + iban.slice(11);
    const swapped = iban.slice(0, 12) + iban[13] + iban[12] + iban.slice(14);
    return {
      iban,
      valid: lazy.isValidIban(iban),
      typo: /\d/.test(iban[10]!) ? lazy.isValidIban(typo) : false,
      swapped: iban[12] !== iban[13] ? lazy.isValidIban(swapped) : false,
      friendly: lazy.friendlyFormatIban(iban.toLowerCase()),
      electronic: lazy.electronicFormatIban(lazy.friendlyFormatIban(iban).replace(' ', '-')),
    };
  });
  const wrongLength = withCheckDigits('DE', '3704004405320130001'); // 19 digits: DE has 18
  const wrongLengthEarly = lazy.isValidIban(wrongLength);

  for (const e of early) {
    assert.ok(full.isValidIban(e.iban), `${e.iban} is a registry example`);
    assert.equal(e.valid, true, `${e.iban} must pass before ibantools is there`);
    assert.equal(e.typo, false, `one wrong digit in ${e.iban}`);
    assert.equal(e.swapped, false, `two swapped characters in ${e.iban}`);
    assert.equal(e.friendly, full.friendlyFormatIban(e.iban.toLowerCase()));
    assert.equal(e.electronic, e.iban);
  }
  assert.equal(lazy.isValidIban('DE89 3704'), false);
  assert.equal(lazy.isValidIban('not an iban'), false);
  // The structure and check digits are right; only the country's length is not (hub and
  // ibantools catch it).
  assert.equal(wrongLengthEarly, true);

  await lazy.loadIban();
  assert.equal(lazy.isValidIban(wrongLength), false, 'once loaded, ibantools decides');
  assert.equal(full.isValidIban(wrongLength), false);
  for (const iban of VALID) assert.equal(lazy.isValidIban(iban), true);
});
