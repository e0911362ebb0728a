import { test } from 'node:test';
import assert from 'node:assert/strict';
import { electronicFormatIban, friendlyFormatIban, isValidIban } from './iban.js';
import { fieldSchema } from './schema.js';

const VALID = [
  'DE89370400440532013000',
  'DE02120300000000202051',
  'AT611904300234573201',
  'CH9300762011623852957',
  'FR1420041010050500013M02606',
  'GB29NWBK60161331926819',
  'NL91ABNA0417164300',
  'PL61109010140000071219812874',
];

test('accepts valid IBANs of several countries', () => {
  for (const iban of VALID) assert.equal(isValidIban(iban), true, iban);
});

test('rejects every single-digit change (check digits) and wrong lengths', () => {
  for (const iban of VALID) {
    for (let i = 4; i < iban.length; i++) {
      if (!/\d/.test(iban[i]!)) continue;
      const changed = iban.slice(0, i) + String((Number(iban[i]) + 3) % 10) + iban.slice(i + 1);
      assert.equal(isValidIban(changed), false, changed);
    }
  }
  for (const bad of [
    '',
    'DE',
    'DE8937040044053201300',
    'DE893704004405320130000',
    'XX89370400440532013000',
    '1234567890',
  ])
    assert.equal(isValidIban(bad), false, bad);
});

test('formats for machines and for people', () => {
  assert.equal(electronicFormatIban(' de89 3704 0044 0532 0130 00 '), 'DE89370400440532013000');
  assert.equal(friendlyFormatIban('DE89370400440532013000'), 'DE89 3704 0044 0532 0130 00');
  assert.equal(friendlyFormatIban('de89 37040044 0532013000'), 'DE89 3704 0044 0532 0130 00');
});

test('the iban field accepts what people type, grouped or not, and reports invalid_iban otherwise', () => {
  const schema = fieldSchema({ type: 'iban', path: 'iban' })!;
  assert.equal(schema.safeParse('DE89 3704 0044 0532 0130 00').success, true);
  const bad = schema.safeParse('DE89 3704 0044 0532 0130 01');
  assert.equal(bad.success, false);
  assert.equal(
    (bad.error!.issues[0] as { params?: { code?: string } }).params?.code,
    'invalid_iban',
  );
});
