import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineAssistant } from './define-assistant.js';
import { setPath } from './paths.js';
import {
  fixture,
  fixtureParams,
  input,
  probeDefinition,
  TODAY,
  validAnmeldung,
} from './test-fixtures.js';
import type { Answers, FieldDef, Issue } from './types.js';
import { errorsOnly, optionsOf, validateAll, validateStep } from './validate.js';
import { z } from './zod.js';

const step = (id: string) => fixture.steps.find((s) => s.id === id)!;
const check = (id: string, answers: Answers) => validateStep(fixture, step(id), input(answers));
/** A field without its path (distributes over the union, unlike `Omit`). */
type Bare =
  FieldDef<unknown> extends infer F
    ? F extends FieldDef<unknown>
      ? Omit<F, 'path'>
      : never
    : never;

const brief = (issues: Issue[]) => issues.map((i) => `${i.path}:${i.code}`);

/** A one-step assistant holding just `field` at path `v`, validated with `value`. */
function one(field: Bare, value: unknown, params: unknown = {}): Issue[] {
  const def = defineAssistant(
    probeDefinition([{ id: 's', fields: [{ ...field, path: 'v' } as FieldDef<unknown>] }]),
  );
  return validateAll(def, {
    answers: value === undefined ? {} : { v: value },
    params,
    today: TODAY,
  });
}
const codes = (field: Bare, value: unknown, params?: unknown) =>
  one(field, value, params).map((i) => i.code);

describe('validate: the fixture', () => {
  it('a complete Anmeldung has no issues at all', () => {
    assert.deepEqual(validateAll(fixture, input(validAnmeldung())), []);
  });

  it('a complete Abmeldung has no issues', () => {
    const a = {
      ...validAnmeldung(),
      requestType: 'abmeldung',
      endDate: '2026-11-01',
      deregistrationReason: 'abgabe',
    };
    assert.deepEqual(validateAll(fixture, input(a)), []);
  });

  it('reports every required field of an empty application, in step order, with steps', () => {
    const issues = validateAll(fixture, input({}));
    assert.deepEqual(
      issues.map((i) => [i.step, i.path, i.code, i.severity]),
      [
        ['anliegen', 'requestType', 'required', 'error'],
        ['halter', 'halter.familyName', 'required', 'error'],
        ['halter', 'halter.birthDate', 'required', 'error'],
        ['halter', 'halter.postalCode', 'required', 'error'],
        ['halter', 'halter.phone', 'noContact', 'warning'],
        ['hunde', 'hunde', 'too_few', 'error'],
        ['zahlung', 'iban', 'required', 'error'],
        ['erklaerung', 'declaration', 'required', 'error'],
      ],
    );
  });

  it('issues carry concrete path, normalised key and params', () => {
    const issues = check('hunde', {
      hunde: [{ breed: 'dackel', heldSince: '2026-01-01' }, { heldSince: '2026-01-01' }],
    });
    assert.deepEqual(issues, [
      {
        path: 'hunde.1.breed',
        key: 'hunde[].breed',
        code: 'required',
        severity: 'error',
        step: 'hunde',
      },
    ]);
    const few = check('hunde', { hunde: [] });
    assert.deepEqual(few, [
      {
        path: 'hunde',
        key: 'hunde',
        code: 'too_few',
        severity: 'error',
        step: 'hunde',
        params: { minimum: 1 },
      },
    ]);
  });
});

describe('validate: required when visible', () => {
  it('hidden fields are never required', () => {
    // `mixedBreedOf` only for a crossbreed.
    const dog = { breed: 'dackel', heldSince: '2026-01-01' };
    assert.deepEqual(check('hunde', { hunde: [dog] }), []);
    assert.deepEqual(brief(check('hunde', { hunde: [{ ...dog, breed: 'mischling' }] })), [
      'hunde.0.mixedBreedOf:required',
    ]);
    assert.deepEqual(
      brief(check('hunde', { hunde: [{ ...dog, breed: 'mischling', mixedBreedOf: '   ' }] })),
      ['hunde.0.mixedBreedOf:required'],
    );
  });

  it('a hidden step reports nothing, even with bad answers', () => {
    const bad = { requestType: 'anmeldung', endDate: '2026-02-30', deregistrationReason: 'x' };
    assert.deepEqual(check('abmeldung', bad), []);
    assert.deepEqual(brief(check('abmeldung', { ...bad, requestType: 'abmeldung' })), [
      'endDate:invalid_date',
      'deregistrationReason:invalid_value',
    ]);
    assert.deepEqual(brief(check('abmeldung', { requestType: 'abmeldung' })), [
      'endDate:required',
      'deregistrationReason:required',
    ]);
  });

  it('a required predicate decides per answers', () => {
    const base = validAnmeldung();
    delete base.alreadyRegisteredDogs;
    assert.deepEqual(brief(check('halter', base)), ['alreadyRegisteredDogs:required']);
    assert.deepEqual(check('halter', { ...base, requestType: 'abmeldung' }), []);
  });

  it('a required checkbox means ticked', () => {
    assert.deepEqual(brief(check('erklaerung', {})), ['declaration:required']);
    assert.deepEqual(brief(check('erklaerung', { declaration: false })), ['declaration:required']);
    assert.deepEqual(check('erklaerung', { declaration: true }), []);
    assert.deepEqual(brief(check('erklaerung', { declaration: 'true' })), ['declaration:required']);
  });

  it('an optional checkbox may stay unticked', () => {
    assert.deepEqual(codes({ type: 'checkbox' }, false), []);
    assert.deepEqual(codes({ type: 'checkbox' }, undefined), []);
  });

  it('blank strings count as unanswered; 0 and false do not', () => {
    assert.deepEqual(codes({ type: 'text', required: true }, '  '), ['required']);
    assert.deepEqual(codes({ type: 'integer', required: true }, 0), []);
    assert.deepEqual(codes({ type: 'checkboxes', required: true, options: [{ value: 'a' }] }, []), [
      'required',
    ]);
  });

  it('optional empty fields skip the format check', () => {
    assert.deepEqual(codes({ type: 'email' }, ''), []);
    assert.deepEqual(codes({ type: 'date' }, null), []);
  });
});

describe('validate: formats and their codes', () => {
  const cases: [Bare, unknown, string[]][] = [
    [{ type: 'text', maxLength: 3 }, 'abcd', ['too_long']],
    [{ type: 'textarea', schema: z.string().check(z.minLength(3)) }, 'ab', ['too_short']],
    [{ type: 'text' }, 42, ['invalid_type']],
    [{ type: 'integer' }, 1.5, ['invalid_type']],
    [{ type: 'integer', min: 1 }, 0, ['too_small']],
    [{ type: 'integer', max: 5 }, 6, ['too_big']],
    [{ type: 'money' }, 1.999, ['invalid_money']],
    [{ type: 'money' }, 1.99, []],
    [{ type: 'number', min: 0 }, -1, ['too_small']],
    [{ type: 'date' }, '2026-02-30', ['invalid_date']],
    [{ type: 'date' }, '30.01.2026', ['invalid_format']],
    [{ type: 'date' }, '2024-02-29', []],
    [{ type: 'time' }, '25:00', ['invalid_format']],
    [{ type: 'time' }, '07:45', []],
    [{ type: 'email' }, 'nobody@', ['invalid_email']],
    [{ type: 'phone' }, 'ring me', ['invalid_format']],
    [{ type: 'postalCode' }, '0106', ['invalid_format']],
    [{ type: 'iban' }, 'DE89370400440532013001', ['invalid_iban']],
    [{ type: 'iban' }, 'DE89 3704 0044 0532 0130 00', []],
    [{ type: 'select', options: [{ value: 'a' }] }, 'b', ['invalid_value']],
    [{ type: 'radio', options: [{ value: 'a' }] }, 'a', []],
  ];
  for (const [field, value, expected] of cases) {
    it(`${field.type} ${JSON.stringify(value)} -> ${expected.join(',') || 'ok'}`, () => {
      assert.deepEqual(codes(field, value), expected);
    });
  }

  it('judges the value as it will be sent: blanks around it do not matter', () => {
    const answers = validAnmeldung();
    answers.halter = {
      ...(answers.halter as object),
      postalCode: ' 01067 ',
      email: ' mueller@example.org ',
      birthDate: '1980-05-17 ',
    };
    answers.iban = ' DE89 3704 0044 0532 0130 00 ';
    assert.deepEqual(validateAll(fixture, input(answers)), []);
  });

  it('the min/max of a too_small/too_big issue reach the message params', () => {
    const [issue] = one({ type: 'integer', min: 1 }, 0);
    assert.deepEqual(issue!.params, { minimum: 1 });
  });

  it('a text length is too_long / too_short (not a value), with its limit', () => {
    const [long] = one({ type: 'text', maxLength: 3 }, 'abcd');
    assert.deepEqual([long!.code, long!.params], ['too_long', { maximum: 3 }]);
    const [short] = one({ type: 'text', schema: z.string().check(z.minLength(2)) }, 'a');
    assert.deepEqual([short!.code, short!.params], ['too_short', { minimum: 2 }]);
    // Numbers keep too_big / too_small.
    assert.deepEqual(codes({ type: 'number', max: 3 }, 4), ['too_big']);
  });

  it('dynamic select options come from the parameters', () => {
    const dog = (breed: string) => ({ hunde: [{ breed, heldSince: '2026-01-01' }] });
    assert.deepEqual(check('hunde', dog('pudel')), []);
    assert.deepEqual(
      check('hunde', dog('mischling')).map((i) => i.path),
      ['hunde.0.mixedBreedOf'],
    );
    assert.deepEqual(brief(check('hunde', dog('wolf'))), ['hunde.0.breed:invalid_value']);
    // A municipality that does not list `pudel` does not accept it.
    const params = { ...fixtureParams, breeds: ['dackel'] };
    assert.deepEqual(brief(validateStep(fixture, step('hunde'), input(dog('pudel'), params))), [
      'hunde.0.breed:invalid_value',
    ]);
    const breed = step('hunde').fields[0]!;
    assert.ok(breed.type === 'group');
    const select = breed.fields[1]!;
    assert.ok(select.type === 'select');
    assert.deepEqual(
      optionsOf(select, { answers: {}, params, today: TODAY }).map((o) => o.value),
      ['dackel', 'mischling'],
    );
  });

  it('dynamic checkboxes accept only offered values, reported at the field', () => {
    const field = { type: 'checkboxes', options: () => [{ value: 'a' }, { value: 'b' }] } as const;
    assert.deepEqual(codes(field, ['a', 'b']), []);
    const issues = one(field, ['a', 'x']);
    assert.deepEqual(brief(issues), ['v:invalid_value']);
  });

  it('static checkboxes report a bad value at the field, not at an index', () => {
    const issues = one({ type: 'checkboxes', options: [{ value: 'a' }] }, ['a', 'x']);
    assert.deepEqual(
      issues.map((i) => [i.path, i.key, i.code]),
      [['v', 'v', 'invalid_value']],
    );
  });
});

describe('validate: lists', () => {
  const dog = { breed: 'dackel', heldSince: '2026-01-01', dangerStatus: 'keine' };
  it('min and max items', () => {
    assert.deepEqual(brief(check('hunde', {})), ['hunde:too_few']);
    assert.deepEqual(check('hunde', { hunde: [dog] }), []);
    assert.deepEqual(check('hunde', { hunde: Array(5).fill(dog) }), []);
    const many = check('hunde', { hunde: Array(6).fill(dog) });
    assert.deepEqual(many, [
      {
        path: 'hunde',
        key: 'hunde',
        code: 'too_many',
        severity: 'error',
        step: 'hunde',
        params: { maximum: 5 },
      },
    ]);
  });

  it('a required empty list says required', () => {
    const group: Bare = {
      type: 'group',
      required: true,
      repeat: { min: 1 },
      fields: [{ type: 'text', path: 'x' }],
    };
    assert.deepEqual(codes(group, []), ['required']);
    assert.deepEqual(codes(group, undefined), ['required']);
    // `required` alone (no min) still asks for one item.
    const noMin: Bare = {
      type: 'group',
      required: true,
      repeat: {},
      fields: [{ type: 'text', path: 'x' }],
    };
    assert.deepEqual(codes(noMin, []), ['required']);
    assert.deepEqual(codes(noMin, [{ x: 'a' }]), []);
    assert.deepEqual(codes({ ...noMin, required: false }, []), []);
  });

  it('the per-item step only checks its own fields', () => {
    const issues = check('gefahr', {
      hunde: [{ breed: 'dackel' }, { dangerStatus: 'vielleicht' }],
    });
    assert.deepEqual(brief(issues), [
      'hunde.0.dangerStatus:required',
      'hunde.1.dangerStatus:invalid_value',
    ]);
    assert.ok(issues.every((i) => i.step === 'gefahr'));
    assert.deepEqual(check('gefahr', {}), [], 'no list, no items, no min on this step');
  });
});

describe('validate: rules', () => {
  it('a per-item rule reports the concrete item path on the step that shows the field', () => {
    const answers = {
      hunde: [
        { breed: 'dackel', heldSince: '2026-11-29' },
        { breed: 'dackel', heldSince: '2026-11-30' },
        { breed: 'dackel', heldSince: '2027-01-01' },
      ],
    };
    assert.deepEqual(check('hunde', answers), [
      {
        path: 'hunde.1.heldSince',
        key: 'hunde[].heldSince',
        code: 'inFuture',
        severity: 'error',
        step: 'hunde',
      },
      {
        path: 'hunde.2.heldSince',
        key: 'hunde[].heldSince',
        code: 'inFuture',
        severity: 'error',
        step: 'hunde',
      },
    ]);
  });

  it('uses the injected today', () => {
    const answers = { hunde: [{ breed: 'dackel', heldSince: '2026-12-01' }] };
    assert.equal(check('hunde', answers).length, 1);
    assert.deepEqual(
      validateStep(fixture, step('hunde'), { ...input(answers), today: '2026-12-01' }),
      [],
    );
  });

  it('a rule on the second step of a list reports there, with item and params', () => {
    const answers = {
      hunde: [
        { breed: 'dackel', dangerStatus: 'keine' },
        { breed: 'bullterrier', dangerStatus: 'keine' },
        { breed: 'bullterrier', dangerStatus: 'vermutet' },
      ],
    };
    assert.deepEqual(check('gefahr', answers), [
      {
        path: 'hunde.1.dangerStatus',
        key: 'hunde[].dangerStatus',
        code: 'listedBreed',
        severity: 'error',
        step: 'gefahr',
      },
    ]);
    assert.ok(
      !check('hunde', answers).some((i) => i.code === 'listedBreed'),
      'not on the first step',
    );
  });

  it('a per-item rule skips items where its field is hidden', () => {
    const def = defineAssistant(
      probeDefinition(
        [
          {
            id: 's',
            fields: [
              {
                type: 'group',
                path: 'list',
                repeat: {},
                fields: [
                  { type: 'checkbox', path: 'more' },
                  { type: 'text', path: 'detail', visibleWhen: (c) => c.item?.more === true },
                ],
              },
            ],
          },
        ],
        [
          {
            path: 'list[].detail',
            code: 'short',
            check: (c) => String(c.item?.detail ?? '').length > 3,
          },
        ],
      ),
    );
    const answers = {
      list: [
        { more: false, detail: 'x' },
        { more: true, detail: 'y' },
        { more: true, detail: 'long enough' },
      ],
    };
    assert.deepEqual(brief(validateAll(def, { answers, params: {}, today: TODAY })), [
      'list.1.detail:short',
    ]);
  });

  it('a format error on the field hides a rule about the same value', () => {
    const issues = check('hunde', { hunde: [{ breed: 'dackel', heldSince: '2099-02-30' }] });
    assert.deepEqual(brief(issues), ['hunde.0.heldSince:invalid_date']);
  });

  it('a failing rule hands its params to the issue; a passing rule never computes them', () => {
    const seen: unknown[] = [];
    const def = defineAssistant<{ limit: number }>({
      id: 'probe',
      version: '0',
      schemaVersion: '1',
      category: 'simple',
      referencePrefix: 'P',
      params: z.object({ limit: z.number() }),
      steps: [
        {
          id: 's',
          fields: [
            { type: 'date', path: 'day' },
            { type: 'group', path: 'list', repeat: {}, fields: [{ type: 'integer', path: 'n' }] },
          ],
        },
      ],
      rules: [
        {
          path: 'day',
          code: 'tooSoon',
          check: (c) => String(c.answers.day) >= c.today,
          params: (c) => (
            seen.push(c.answers.day),
            { earliestDate: c.today, limit: c.params.limit }
          ),
        },
        {
          path: 'list[].n',
          code: 'tooBig',
          check: (c) => Number(c.item?.n) <= c.params.limit,
          params: (c) => ({ limit: c.params.limit, index: c.index ?? -1 }),
        },
        { path: 'day', code: 'plain', check: (c) => c.answers.day !== '2026-01-01' },
      ],
      messages: { de: {}, en: {} },
    });
    const run = (answers: Answers) =>
      validateAll(def, { answers, params: { limit: 5 }, today: TODAY });
    assert.deepEqual(run({ day: TODAY, list: [{ n: 5 }] }), []);
    assert.deepEqual(seen, [], 'params is not called for a passing rule');
    const issues = run({ day: '2026-01-01', list: [{ n: 1 }, { n: 9 }] });
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.params]),
      [
        ['day', 'tooSoon', { earliestDate: TODAY, limit: 5 }],
        ['list.1.n', 'tooBig', { limit: 5, index: 1 }],
        ['day', 'plain', undefined],
      ],
    );
    assert.ok(!('params' in issues[2]!), 'a rule without params adds none');
  });

  it('warnings are reported but errorsOnly drops them', () => {
    const answers = validAnmeldung();
    answers.halter = { ...(answers.halter as object), email: undefined };
    const issues = validateAll(fixture, input(answers));
    assert.deepEqual(issues, [
      {
        path: 'halter.phone',
        key: 'halter.phone',
        code: 'noContact',
        severity: 'warning',
        step: 'halter',
      },
    ]);
    assert.deepEqual(errorsOnly(issues), []);
    const withError = validateAll(fixture, input(setPath(answers, 'iban', 'DE00')));
    assert.deepEqual(brief(errorsOnly(withError)), ['iban:invalid_iban']);
  });

  it('rules of hidden fields and hidden steps do not run', () => {
    let calls = 0;
    const def = defineAssistant(
      probeDefinition(
        [
          { id: 'a', fields: [{ type: 'checkbox', path: 'more' }] },
          {
            id: 'b',
            visibleWhen: (c) => c.answers.more === true,
            fields: [{ type: 'text', path: 'x' }],
          },
          {
            id: 'c',
            fields: [{ type: 'text', path: 'y', visibleWhen: (c) => c.answers.more === true }],
          },
        ],
        [
          { path: 'x', code: 'r', check: () => (calls++, false) },
          { path: 'y', code: 'r', check: () => (calls++, false) },
        ],
      ),
    );
    assert.deepEqual(validateAll(def, { answers: {}, params: {}, today: TODAY }), []);
    assert.equal(calls, 0);
    assert.deepEqual(
      validateAll(def, { answers: { more: true }, params: {}, today: TODAY }).map(
        (i) => `${i.step}:${i.path}`,
      ),
      ['b:x', 'c:y'],
    );
  });
});

describe('validate: validateStep and validateAll', () => {
  it('validateStep reports only its own step', () => {
    const answers = { requestType: 'x', halter: { postalCode: '1' }, hunde: [{}], iban: 'nope' };
    for (const s of fixture.steps) {
      const issues = validateStep(fixture, s, input(answers));
      assert.ok(
        issues.every((i) => i.step === s.id),
        s.id,
      );
    }
    assert.deepEqual(brief(check('anliegen', answers)), ['requestType:invalid_value']);
    assert.deepEqual(brief(check('zahlung', answers)), ['iban:invalid_iban']);
  });

  it('validateAll is the concatenation of every step in order', () => {
    const answers = { requestType: 'abmeldung', hunde: [{ breed: 'mischling' }] };
    const all = validateAll(fixture, input(answers));
    const byStep = fixture.steps.flatMap((s) => validateStep(fixture, s, input(answers)));
    assert.deepEqual(all, byStep);
    assert.deepEqual(
      [...new Set(all.map((i) => i.step))],
      ['halter', 'hunde', 'gefahr', 'abmeldung', 'zahlung', 'erklaerung'],
    );
  });

  it('does not change the answers', () => {
    const answers = validAnmeldung();
    const before = structuredClone(answers);
    validateAll(fixture, input(answers));
    assert.deepEqual(answers, before);
  });
});
