import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pruneAnswers } from './prune.js';
import { fieldSchema, ibanSchema, isoDate, normalizeIban } from './schema.js';
import { buildPayloadSchema } from './payload-schema.js';
import { fixture, input, validAnmeldung } from './test-fixtures.js';
import type { FieldDef } from './types.js';
import { z } from './zod.js';
import { payloadSchemaOf } from './payload-schema.js';

const ok = (field: FieldDef<unknown>, value: unknown) =>
  fieldSchema(field)!.safeParse(value).success;
const accepts = (field: FieldDef<unknown>, ...values: unknown[]) =>
  values.forEach((v) =>
    assert.equal(ok(field, v), true, `${field.type} accepts ${JSON.stringify(v)}`),
  );
const rejects = (field: FieldDef<unknown>, ...values: unknown[]) =>
  values.forEach((v) =>
    assert.equal(ok(field, v), false, `${field.type} rejects ${JSON.stringify(v)}`),
  );

describe('field schemas', () => {
  it('text: trimmed, limited length, strings only', () => {
    const f: FieldDef<unknown> = { type: 'text', path: 't', maxLength: 5 };
    accepts(f, 'abc', '  abcde  ');
    rejects(f, 'abcdef', 12, true);
    accepts({ type: 'text', path: 't' }, 'x'.repeat(200));
    rejects({ type: 'text', path: 't' }, 'x'.repeat(201));
    accepts({ type: 'textarea', path: 't' }, 'x'.repeat(4000));
    rejects({ type: 'textarea', path: 't' }, 'x'.repeat(4001));
  });

  it('integer: whole numbers within min/max', () => {
    const f: FieldDef<unknown> = { type: 'integer', path: 'n', min: 0, max: 20 };
    accepts(f, 0, 3, 20);
    rejects(f, -1, 21, 1.5, '3', NaN, Infinity, null);
  });

  it('number: any finite number within min/max', () => {
    const f: FieldDef<unknown> = { type: 'number', path: 'n', min: 0 };
    accepts(f, 0, 1.25, 1e6);
    rejects(f, -0.5, '1', NaN, Infinity);
  });

  it('money: at most two decimals (whole cents)', () => {
    const f: FieldDef<unknown> = { type: 'money', path: 'm', min: 0 };
    accepts(f, 0, 12, 12.3, 12.34, 0.1 + 0.2, 1234567.89, 19.99);
    rejects(f, 12.345, 0.001, -1, '12.34', NaN);
  });

  it('date: real calendar dates in ISO form', () => {
    const f: FieldDef<unknown> = { type: 'date', path: 'd' };
    accepts(f, '2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31');
    rejects(
      f,
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-5',
      '29.11.2026',
      '2026-11-29T10:00',
      '',
      20261129,
    );
  });

  it('time: HH:MM, 24 hours', () => {
    const f: FieldDef<unknown> = { type: 'time', path: 't' };
    accepts(f, '00:00', '09:30', '23:59');
    rejects(f, '24:00', '9:30', '12:60', '12:30:00', '1230');
  });

  it('email', () => {
    const f: FieldDef<unknown> = { type: 'email', path: 'e' };
    accepts(f, 'a@example.org', 'first.last+tag@sub.example.de');
    rejects(f, 'a@', '@example.org', 'a example.org', 'a@example', 42);
  });

  it('phone: digits with common separators, optional +', () => {
    const f: FieldDef<unknown> = { type: 'phone', path: 'p' };
    accepts(f, '0351 4880', '+49 351 488-0', '(0351) 488 0', '0351/4880');
    rejects(f, '123', 'call me', '++49 351 4880', '0351 4880 ext. 5');
  });

  it('postalCode: five digits', () => {
    const f: FieldDef<unknown> = { type: 'postalCode', path: 'p' };
    accepts(f, '01067', '99999');
    rejects(f, '1067', '010677', 'D-01067', 1067);
  });

  it('iban: checksum and country length via ibantools, blanks and case tolerated', () => {
    const f: FieldDef<unknown> = { type: 'iban', path: 'i' };
    accepts(
      f,
      'DE89370400440532013000',
      'DE89 3704 0044 0532 0130 00',
      'de89370400440532013000',
      'GB29NWBK60161331926819',
    );
    rejects(
      f,
      'DE89370400440532013001',
      'DE8937040044053201300',
      'XX89370400440532013000',
      'not an iban',
      '',
      89370400440532010000, // a number, not a string (its exact digits do not matter)
    );
    assert.equal(ibanSchema().safeParse('DE89 3704 0044 0532 0130 00').success, true);
    assert.equal(normalizeIban(' de89 3704 0044 0532 0130 00 '), 'DE89370400440532013000');
  });

  it('checkbox: booleans only', () => {
    const f: FieldDef<unknown> = { type: 'checkbox', path: 'c' };
    accepts(f, true, false);
    rejects(f, 'true', 1, null);
  });

  it('select, radio, checkboxes: only the offered values', () => {
    const options = [{ value: 'a' }, { value: 'b' }];
    accepts({ type: 'select', path: 's', options }, 'a', 'b');
    rejects({ type: 'select', path: 's', options }, 'c', '', 1);
    accepts({ type: 'radio', path: 's', options }, 'b');
    rejects({ type: 'radio', path: 's', options }, 'A');
    accepts({ type: 'checkboxes', path: 's', options }, [], ['a'], ['a', 'b']);
    rejects({ type: 'checkboxes', path: 's', options }, ['c'], 'a');
    // Dynamic options are only known with the parameters: the schema checks the type.
    accepts({ type: 'select', path: 's', options: () => options }, 'anything');
    rejects({ type: 'select', path: 's', options: () => options }, 1);
  });

  it('a field schema from the definition wins; group and info have none', () => {
    const own = z.string().check(z.regex(/^X/));
    assert.equal(fieldSchema({ type: 'text', path: 't', schema: own }), own);
    assert.equal(fieldSchema({ type: 'info', path: 'i' }), undefined);
    assert.equal(fieldSchema({ type: 'group', path: 'g', fields: [] }), undefined);
  });

  it('isoDate reports an impossible date with the code invalid_date', () => {
    const r = isoDate().safeParse('2026-02-30');
    assert.equal(r.success, false);
    assert.deepEqual((r.error!.issues[0] as { params?: unknown }).params, { code: 'invalid_date' });
  });
});

describe('payload schema', () => {
  const schema = buildPayloadSchema(fixture);
  const pruned = (answers = validAnmeldung()) => pruneAnswers(fixture, input(answers));

  it('is what defineAssistant attaches (built once)', () => {
    assert.equal(payloadSchemaOf(fixture), payloadSchemaOf(fixture));
    assert.equal(payloadSchemaOf(fixture).safeParse(pruned()).success, true);
  });

  it('accepts pruned valid data of an Anmeldung and an Abmeldung', () => {
    const r = schema.safeParse(pruned());
    assert.equal(r.success, true, JSON.stringify(r.error?.issues));
    const ab: Record<string, unknown> = {
      ...validAnmeldung(),
      requestType: 'abmeldung',
      endDate: '2026-11-01',
      deregistrationReason: 'tod',
    };
    delete ab.alreadyRegisteredDogs;
    const r2 = schema.safeParse(pruned(ab));
    assert.equal(r2.success, true, JSON.stringify(r2.error?.issues));
  });

  it('merges the list item shape of both steps', () => {
    const data = pruned();
    assert.deepEqual((data.hunde as unknown[])[0], {
      name: 'Bello',
      breed: 'dackel',
      heldSince: '2026-10-01',
      dangerStatus: 'keine',
    });
    assert.equal(schema.safeParse(data).success, true);
    const missingDanger = structuredClone(data) as { hunde: Record<string, unknown>[] };
    delete missingDanger.hunde[0]!.dangerStatus;
    assert.equal(
      schema.safeParse(missingDanger).success,
      false,
      'dangerStatus (2nd step) is required per item',
    );
    const missingBreed = structuredClone(data) as { hunde: Record<string, unknown>[] };
    delete missingBreed.hunde[1]!.breed;
    assert.equal(
      schema.safeParse(missingBreed).success,
      false,
      'breed (1st step) is required per item',
    );
  });

  it('rejects unknown keys at every level, __proto__ included', () => {
    const data = pruned();
    assert.equal(schema.safeParse({ ...data, extra: 1 }).success, false);
    assert.equal(
      schema.safeParse({ ...data, halter: { ...(data.halter as object), extra: 1 } }).success,
      false,
    );
    const dogs = (data.hunde as object[]).map((d) => ({ ...d, extra: 1 }));
    assert.equal(schema.safeParse({ ...data, hunde: dogs }).success, false);
    const proto = JSON.parse(
      JSON.stringify(data).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    );
    assert.equal(schema.safeParse(proto).success, false);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('rejects wrong types and formats', () => {
    const data = pruned();
    for (const [key, value] of Object.entries({
      requestType: 'aenderung',
      alreadyRegisteredDogs: '0',
      hunde: { 0: {} },
      iban: 'DE00',
      declaration: 'yes',
      halter: 'Müller',
    })) {
      assert.equal(schema.safeParse({ ...data, [key]: value }).success, false, key);
    }
  });

  it('requires exactly what every valid application has', () => {
    const minimal = {
      requestType: 'anmeldung',
      halter: { familyName: 'A', birthDate: '1980-01-01', postalCode: '01067' },
      hunde: [{ breed: 'x', heldSince: '2026-01-01', dangerStatus: 'keine' }],
      iban: 'DE89370400440532013000',
      declaration: true,
    };
    const r = schema.safeParse(minimal);
    assert.equal(r.success, true, JSON.stringify(r.error?.issues));
    for (const key of Object.keys(minimal)) {
      const less: Record<string, unknown> = { ...minimal };
      delete less[key];
      assert.equal(schema.safeParse(less).success, false, key);
    }
    // The list's limits are part of the contract.
    assert.equal(schema.safeParse({ ...minimal, hunde: [] }).success, false, 'min 1');
    assert.equal(
      schema.safeParse({ ...minimal, hunde: Array(6).fill(minimal.hunde[0]) }).success,
      false,
      'max 5',
    );
    assert.equal(
      schema.safeParse({ ...minimal, hunde: Array(5).fill(minimal.hunde[0]) }).success,
      true,
    );
  });

  it('a group with only optional or conditional answers stays optional', () => {
    const opt = buildPayloadSchema({
      ...fixture,
      steps: [
        { id: 'a', fields: [{ type: 'group', path: 'g', fields: [{ type: 'text', path: 'x' }] }] },
        {
          id: 'b',
          fields: [
            {
              type: 'group',
              path: 'h',
              fields: [{ type: 'text', path: 'y', required: true, visibleWhen: () => false }],
            },
          ],
        },
        {
          id: 'c',
          visibleWhen: () => false,
          fields: [
            { type: 'group', path: 'i', fields: [{ type: 'text', path: 'z', required: true }] },
          ],
        },
        {
          id: 'd',
          fields: [
            {
              type: 'group',
              path: 'list',
              repeat: {},
              fields: [{ type: 'text', path: 'w', required: true }],
            },
          ],
        },
      ],
      rules: [],
    });
    assert.equal(opt.safeParse({}).success, true);
    assert.equal(
      opt.safeParse({ list: [{}] }).success,
      false,
      'an item needs its required answers',
    );
  });

  it('a required list without min needs one item, as validation does', () => {
    const s = buildPayloadSchema({
      ...fixture,
      steps: [
        {
          id: 'a',
          fields: [
            {
              type: 'group',
              path: 'list',
              required: true,
              repeat: {},
              fields: [{ type: 'text', path: 'x' }],
            },
          ],
        },
      ],
      rules: [],
    });
    assert.equal(s.safeParse({ list: [{}] }).success, true);
    assert.equal(s.safeParse({ list: [] }).success, false);
    assert.equal(s.safeParse({}).success, false);
  });

  it('converts to a JSON Schema 2020-12 with the expected properties and required keys', () => {
    const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, any>;
    assert.equal(json.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(json.type, 'object');
    assert.equal(json.additionalProperties, false);
    assert.deepEqual(Object.keys(json.properties).sort(), [
      'alreadyRegisteredDogs',
      'declaration',
      'deregistrationReason',
      'endDate',
      'halter',
      'hunde',
      'iban',
      'requestType',
      'voluntaryAmount',
    ]);
    assert.deepEqual([...json.required].sort(), [
      'declaration',
      'halter',
      'hunde',
      'iban',
      'requestType',
    ]);
    assert.deepEqual(json.properties.requestType.enum, ['anmeldung', 'abmeldung']);
    assert.equal(json.properties.alreadyRegisteredDogs.type, 'integer');
    assert.equal(json.properties.declaration.type, 'boolean');
    const halter = json.properties.halter;
    assert.deepEqual([...halter.required].sort(), ['birthDate', 'familyName', 'postalCode']);
    assert.equal(halter.properties.familyName.maxLength, 120);
    assert.equal(halter.properties.postalCode.pattern, '^\\d{5}$');
    const hunde = json.properties.hunde;
    assert.equal(hunde.type, 'array');
    assert.equal(hunde.minItems, 1);
    assert.equal(hunde.maxItems, 5);
    assert.equal(hunde.items.additionalProperties, false);
    assert.deepEqual(Object.keys(hunde.items.properties).sort(), [
      'breed',
      'dangerStatus',
      'heldSince',
      'mixedBreedOf',
      'name',
    ]);
    assert.deepEqual([...hunde.items.required].sort(), ['breed', 'dangerStatus', 'heldSince']);
  });
});
