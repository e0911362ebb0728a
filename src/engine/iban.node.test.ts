import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrySpecs, isValidIBAN as oracle } from 'ibantools';
import { IBAN_LENGTHS, electronicFormatIban, friendlyFormatIban, isValidIban } from './iban.js';

const VALID = [
  'DE89370400440532013000', 'DE02120300000000202051', 'AT611904300234573201', 'CH9300762011623852957',
  'FR1420041010050500013M02606', 'GB29NWBK60161331926819', 'NL91ABNA0417164300', 'PL61109010140000071219812874',
  'IT60X0542811101000000123456', 'ES9121000418450200051332', 'BE68539007547034', 'NO9386011117947',
  'MT84MALT011000012345MTLCAST001S', 'LU280019400644750000',
];

test('accepts valid IBANs of several countries, as ibantools does', () => {
  for (const iban of VALID) {
    assert.equal(isValidIban(iban), true, iban);
    assert.equal(oracle(iban), true, `oracle ${iban}`);
  }
});

test('rejects every single-character change and every swap of neighbours, as ibantools does', () => {
  for (const iban of VALID) {
    for (let i = 4; i < iban.length; i++) {
      const c = iban[i]!;
      const other = /\d/.test(c) ? String((Number(c) + 3) % 10) : c === 'Z' ? 'A' : String.fromCharCode(c.charCodeAt(0) + 1);
      const changed = iban.slice(0, i) + other + iban.slice(i + 1);
      assert.equal(isValidIban(changed), oracle(changed), changed);
      assert.equal(isValidIban(changed), false, changed);
    }
  }
});

test('knows the same length as ibantools for every country it lists', () => {
  for (const [code, length] of Object.entries(IBAN_LENGTHS)) {
    const spec = (countrySpecs as Record<string, { chars?: number }>)[code];
    assert.equal(spec?.chars, length, code);
  }
});

test('rejects unknown countries, wrong lengths, lower case and rubbish', () => {
  for (const bad of ['', 'DE', 'DE8937040044053201300', 'DE893704004405320130000', 'XX89370400440532013000', 'de89370400440532013000', 'DE89 3704 0044 0532 0130 00', '1234567890'])
    assert.equal(isValidIban(bad), false, bad);
});

test('formats for machines and for people', () => {
  assert.equal(electronicFormatIban(' de89 3704-0044 0532 0130 00 '), 'DE89370400440532013000');
  assert.equal(friendlyFormatIban('DE89370400440532013000'), 'DE89 3704 0044 0532 0130 00');
});
