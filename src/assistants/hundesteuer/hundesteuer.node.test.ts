import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { parseConfig } from '../../engine/config.js';
import { issueMessage } from '../../components/wizard/issue-text.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import { pruneAnswers } from '../../engine/prune.js';
import type {
  Answers,
  ChoiceField,
  EvalContext,
  FieldDef,
  Issue,
  Lang,
  Messages,
  Option,
} from '../../engine/types.js';
import { validateAll, validateStep } from '../../engine/validate.js';
import { todayIso } from '../../engine/walk.js';
import { breedOptions, isListedBreed } from './hundesteuer.breeds.js';
import { hundesteuerSummary, type HundesteuerComputed } from './hundesteuer.computed.js';
import { hundesteuer } from './hundesteuer.definition.js';
import {
  anmeldungLeipzig,
  daysAgo,
  dresdenParams,
  invalidByStep,
  validAnswers,
  type HundesteuerStepId,
} from './hundesteuer.fixtures.js';
import { hundesteuerMessages } from './hundesteuer.messages.js';
import {
  hundesteuerParamsSchema,
  type HundesteuerParams,
  type ReliefEntry,
} from './hundesteuer.params.js';
import { addMonths, computeTax, roundMoney, type TaxDogInput } from './hundesteuer.tax.js';
import { payloadSchemaOf } from '../../engine/payload-schema.js';

const CITIES = ['dresden', 'leipzig', 'chemnitz'] as const;
const rawConfig = (city: string): { assistants: Record<string, unknown> } =>
  JSON.parse(
    readFileSync(new URL(`../../../examples/config/${city}.json`, import.meta.url), 'utf8'),
  );
const paramsOf = (city: string): HundesteuerParams => {
  const r = parseConfig(rawConfig(city), hundesteuer);
  if (!r.ok) throw new Error(`${city}: ${JSON.stringify(r.problems)}`);
  return r.params;
};
const cfg = {
  dresden: paramsOf('dresden'),
  leipzig: paramsOf('leipzig'),
  chemnitz: paramsOf('chemnitz'),
};

const TODAY = '2026-11-29';
/** A normal dog held since before this year: a full year of tax. */
const dog = (patch: Partial<TaxDogInput> = {}): TaxDogInput => ({
  heldSince: '2025-01-10',
  birthDate: '2020-01-01',
  dangerous: false,
  ...patch,
});
const tax = (
  params: HundesteuerParams,
  dogs: TaxDogInput[],
  registeredDogs = 0,
  registeredDangerousDogs = 0,
  today = TODAY,
) => computeTax(params, { dogs, registeredDogs, registeredDangerousDogs, today });
const relief = (params: HundesteuerParams, code: string): ReliefEntry => {
  const e = params.reliefCatalogue.find((r) => r.code === code);
  assert.ok(e, `relief ${code}`);
  return e;
};

const lommatzsch: HundesteuerParams = {
  ...cfg.chemnitz,
  rates: { model: 'increment', base: 50, increment: 5 },
  dangerousRates: { model: 'ordinal', first: 250, further: 500 },
  separateDangerousSequence: true,
  reliefCatalogue: [],
};
const moritzburg: HundesteuerParams = {
  ...cfg.chemnitz,
  rates: { model: 'ordinal', first: 65, second: 100, further: 100 },
  dangerousRates: { model: 'ordinal', first: 200, further: 300 },
  separateDangerousSequence: true,
};

describe('hundesteuer: example configs', () => {
  for (const city of CITIES)
    it(`${city}.json passes parseConfig`, () => {
      assert.equal(parseConfig(rawConfig(city), hundesteuer).ok, true);
    });

  it('the Dresden fixture params equal the example config section', () => {
    assert.deepEqual(dresdenParams, rawConfig('dresden').assistants.hundesteuer);
  });

  it('rejects a bad creditor id, lastschrift without creditor and duplicate relief codes', () => {
    const bad = (patch: Partial<HundesteuerParams>) =>
      hundesteuerParamsSchema.safeParse({ ...dresdenParams, ...patch }).success;
    assert.equal(bad({ creditorId: 'DE97ZZZ09999999999' }), false);
    assert.equal(bad({ creditorId: 'DE98ZZZ0999999999' }), false);
    assert.equal(bad({ creditorId: undefined }), false);
    assert.equal(bad({ creditorId: undefined, paymentMethods: ['ueberweisung'] }), true);
    assert.equal(
      bad({
        reliefCatalogue: [...dresdenParams.reliefCatalogue, dresdenParams.reliefCatalogue[0]!],
      }),
      false,
    );
    assert.equal(
      bad({ rates: { model: 'ordinal', first: 108.005, second: 144, further: 144 } }),
      false,
    );
    assert.equal(bad({ taxReferencePattern: '([' }), false);
  });
});

describe('hundesteuer: tax computation (domain §1.2)', () => {
  it('two normal dogs, full year, from the example configs: Dresden 252, Leipzig 300 (240 chipped), Chemnitz 270', () => {
    assert.equal(tax(cfg.dresden, [dog(), dog()]).expectedAnnualTax, 252);
    assert.equal(tax(cfg.leipzig, [dog(), dog()]).expectedAnnualTax, 300);
    const chipped = dog({ chipConsent: true });
    assert.equal(tax(cfg.leipzig, [chipped, chipped]).expectedAnnualTax, 240);
    assert.equal(tax(cfg.chemnitz, [dog(), dog()]).expectedAnnualTax, 270);
    assert.equal(tax(cfg.dresden, [dog(), dog()]).expectedTaxCurrentYear, 252);
  });

  it('ordinal: 1st, 2nd, further', () => {
    const r = tax(cfg.dresden, [dog(), dog(), dog()]);
    assert.deepEqual(
      r.perDog.map((d) => [d.position, d.annualTax]),
      [
        [1, 108],
        [2, 144],
        [3, 144],
      ],
    );
    assert.equal(r.expectedAnnualTax, 396);
  });

  it('count-based: every dog pays the rate of the household count', () => {
    assert.equal(tax(cfg.chemnitz, [dog()]).expectedAnnualTax, 100);
    assert.deepEqual(
      tax(cfg.chemnitz, [dog(), dog(), dog()]).perDog.map((d) => d.annualTax),
      [165, 165, 165],
    );
    assert.deepEqual(
      tax(cfg.chemnitz, [dog(), dog(), dog(), dog()]).perDog.map((d) => d.annualTax),
      [165, 165, 165, 165],
    );
  });

  it('increment: base, then base + increment (Lommatzsch 50 + 55)', () => {
    assert.equal(tax(lommatzsch, [dog(), dog()]).expectedAnnualTax, 105);
    assert.deepEqual(
      tax(lommatzsch, [dog(), dog(), dog()]).perDog.map((d) => d.annualTax),
      [50, 55, 55],
    );
  });

  it('dangerous flat rate (Chemnitz 750), own sequence keeps the normal dog at one-dog rate', () => {
    const r = tax(cfg.chemnitz, [dog(), dog({ dangerous: true })]);
    assert.deepEqual(
      r.perDog.map((d) => [d.dangerous, d.annualTax]),
      [
        [false, 100],
        [true, 750],
      ],
    );
    const shared = tax({ ...cfg.chemnitz, separateDangerousSequence: false }, [
      dog(),
      dog({ dangerous: true }),
    ]);
    assert.deepEqual(
      shared.perDog.map((d) => d.annualTax),
      [135, 750],
    );
  });

  it('dangerous ordinal rates, separate or shared sequence', () => {
    const dogs = [
      dog({ heldSince: '2024-01-01' }),
      dog({ dangerous: true, heldSince: '2024-02-01' }),
      dog({ dangerous: true, heldSince: '2024-03-01' }),
    ];
    assert.deepEqual(
      tax(moritzburg, dogs).perDog.map((d) => [d.position, d.annualTax]),
      [
        [1, 65],
        [1, 200],
        [2, 300],
      ],
    );
    const shared = tax({ ...moritzburg, separateDangerousSequence: false }, dogs);
    assert.deepEqual(
      shared.perDog.map((d) => [d.position, d.annualTax]),
      [
        [1, 65],
        [2, 300],
        [3, 300],
      ],
    );
    assert.deepEqual(
      tax(lommatzsch, [dog({ dangerous: true }), dog({ dangerous: true })]).perDog.map(
        (d) => d.annualTax,
      ),
      [250, 500],
    );
  });

  it('no dangerous-dog rate: a dangerous dog pays like any dog (Dresden, Leipzig)', () => {
    const r = tax(cfg.dresden, [dog({ dangerous: true })]);
    assert.equal(r.perDog[0]!.dangerous, false);
    assert.equal(r.expectedAnnualTax, 108);
  });

  it('exempt dogs are not counted for the position; Dresden counts them first', () => {
    const guide = relief(cfg.leipzig, 'assistenzhund');
    const r = tax(cfg.leipzig, [dog({ relief: guide, heldSince: '2020-05-01' }), dog()]);
    assert.deepEqual(
      r.perDog.map((d) => [d.position, d.reductionPercent, d.annualTax]),
      [
        [null, 100, 0],
        [1, 0, 150],
      ],
    );
    const dd = tax(cfg.dresden, [
      dog({ heldSince: '2020-05-01' }),
      dog({ relief: relief(cfg.dresden, 'blindenfuehrhund'), heldSince: '2025-05-01' }),
    ]);
    assert.deepEqual(
      dd.perDog.map((d) => [d.position, d.annualTax]),
      [
        [2, 144],
        [1, 0],
      ],
    );
  });

  it('reductions by percent; first-dog-only reductions; none for dangerous dogs', () => {
    const guard = relief(cfg.chemnitz, 'bewachungsgewerbe');
    assert.equal(tax(cfg.chemnitz, [dog({ relief: guard })]).expectedAnnualTax, 50);
    const pass = relief(cfg.leipzig, 'leipzigPass');
    const r = tax(cfg.leipzig, [
      dog({ relief: pass, heldSince: '2024-01-01' }),
      dog({ relief: pass, heldSince: '2024-06-01' }),
    ]);
    assert.deepEqual(
      r.perDog.map((d) => [d.annualTax, d.reductionPercent, d.reliefNotApplied]),
      [
        [75, 50, undefined],
        [150, 0, 'firstDogOnly'],
      ],
    );
    assert.equal(
      tax(cfg.leipzig, [dog({ relief: pass })], 1).perDog[0]!.reliefNotApplied,
      'firstDogOnly',
    );
    assert.equal(
      tax(cfg.chemnitz, [dog({ dangerous: true, relief: guard })]).expectedAnnualTax,
      750,
    );
  });

  it('time-limited exemption reports its end (Chemnitz animal shelter, two years)', () => {
    const r = tax(cfg.chemnitz, [
      dog({ heldSince: '2026-09-20', relief: relief(cfg.chemnitz, 'tierheim') }),
    ]);
    assert.equal(r.perDog[0]!.taxableFrom, '2026-10-01');
    assert.equal(r.perDog[0]!.reliefUntil, '2028-09-30');
    assert.equal(r.expectedAnnualTax, 0);
  });

  it('already registered dogs take the first positions', () => {
    assert.equal(tax(cfg.dresden, [dog()], 1).expectedAnnualTax, 144);
    const ch = tax(cfg.chemnitz, [dog()], 1);
    assert.equal(ch.expectedAnnualTax, 135);
    assert.equal(ch.registeredDogsAnnualChange, 35);
    assert.equal(tax(cfg.chemnitz, [dog({ dangerous: true })], 1).registeredDogsAnnualChange, 0);
    const mo = tax(moritzburg, [dog({ dangerous: true }), dog()], 2, 1);
    assert.deepEqual(
      mo.perDog.map((d) => [d.position, d.annualTax]),
      [
        [2, 300],
        [2, 100],
      ],
    );
    assert.equal(tax(cfg.dresden, [dog()], 0).registeredDogsAnnualChange, 0);
  });

  it('positions follow heldSince, or the listed order', () => {
    const dogs = [
      dog({ name: 'B', heldSince: '2025-06-01' }),
      dog({ name: 'A', heldSince: '2025-01-01' }),
    ];
    assert.deepEqual(
      tax(cfg.dresden, dogs).perDog.map((d) => [d.name, d.annualTax]),
      [
        ['B', 144],
        ['A', 108],
      ],
    );
    assert.deepEqual(
      tax({ ...cfg.dresden, orderingRule: 'listed' }, dogs).perDog.map((d) => d.annualTax),
      [108, 144],
    );
  });

  it('pro rata: from the 1st of the following month, 1/12 per month', () => {
    const d = tax(cfg.dresden, [dog({ heldSince: '2026-03-15' })]).perDog[0]!;
    assert.deepEqual(
      [d.taxableFrom, d.monthsCurrentYear, d.taxCurrentYear, d.annualTax],
      ['2026-04-01', 9, 81, 108],
    );
    assert.equal(
      tax(cfg.leipzig, [dog({ heldSince: '2026-03-15' })]).expectedTaxCurrentYear,
      112.5,
    );
    assert.equal(
      tax(cfg.dresden, [dog({ heldSince: '2026-03-01' })]).perDog[0]!.taxableFrom,
      '2026-04-01',
    );
    const same = tax({ ...cfg.dresden, taxStartRule: { start: 'sameMonth', minAgeMonths: 3 } }, [
      dog({ heldSince: '2026-03-15' }),
    ]);
    assert.equal(same.perDog[0]!.monthsCurrentYear, 10);
    const late = tax(cfg.dresden, [dog({ heldSince: '2026-12-10' })], 0, 0, '2026-12-20');
    assert.deepEqual(
      [late.perDog[0]!.taxableFrom, late.expectedTaxCurrentYear, late.expectedAnnualTax],
      ['2027-01-01', 0, 108],
    );
  });

  it('puppies: tax starts after the dog is three months old', () => {
    const d = tax(cfg.dresden, [dog({ birthDate: '2026-06-10', heldSince: '2026-08-01' })])
      .perDog[0]!;
    assert.deepEqual([d.taxableFrom, d.monthsCurrentYear, d.taxCurrentYear], ['2026-10-01', 3, 27]);
    const older = tax(cfg.dresden, [dog({ birthDate: '2026-01-10', heldSince: '2026-08-01' })])
      .perDog[0]!;
    assert.equal(older.taxableFrom, '2026-09-01');
  });

  it('rounds to cents and clamps month ends', () => {
    assert.equal(
      tax(cfg.chemnitz, [dog({ heldSince: '2026-11-05' })]).expectedTaxCurrentYear,
      8.33,
    );
    assert.equal(roundMoney(39.375), 39.38);
    assert.equal(roundMoney(1.005), 1.01);
    assert.equal(addMonths('2026-11-30', 3), '2027-02-28');
    assert.equal(addMonths('2027-11-30', 3), '2028-02-29');
  });
});

describe('hundesteuer: breeds', () => {
  const p = cfg.dresden;
  it('recognises listed breeds, short names and crossbreeds', () => {
    assert.equal(isListedBreed({ breed: 'pitbullTerrier' }, p), true);
    assert.equal(isListedBreed({ breed: 'bullterrier' }, p), true);
    assert.equal(isListedBreed({ breed: 'staffordshireBullterrier' }, p), false);
    assert.equal(isListedBreed({ breed: 'andere', breedOther: 'Amstaff' }, p), true);
    assert.equal(
      isListedBreed({ breed: 'mischling', mixedBreedOf: 'Pitbull-Mix / Labrador' }, p),
      true,
    );
    assert.equal(
      isListedBreed({ breed: 'mischling', mixedBreedOf: 'Staffordshire Bullterrier x Beagle' }, p),
      false,
    );
    assert.equal(isListedBreed({ breed: 'mischling', mixedBreedOf: 'unbekannt' }, p), false);
  });

  it('offers mixed breed first, other last, and local listed breeds', () => {
    const opts = breedOptions({ dangerousBreeds: [...p.dangerousBreeds, 'Kangal'] });
    assert.equal(opts[0]!.value, 'mischling');
    assert.equal(opts.at(-1)!.value, 'andere');
    assert.ok(opts.some((o) => o.value === 'kangal' && o.text?.de === 'Kangal'));
    assert.equal(new Set(opts.map((o) => o.value)).size, opts.length);
    assert.equal(isListedBreed({ breed: 'kangal' }, { dangerousBreeds: ['Kangal'] }), true);
  });
});

const input = (
  answers: Answers,
  params: HundesteuerParams = dresdenParams,
  today = todayIso(),
) => ({ answers, params, today });
/** `answers` with dog `index` patched. */
const setDog = (answers: Answers, index: number, patch: Record<string, unknown>): Answers => ({
  ...answers,
  hunde: (answers.hunde as Record<string, unknown>[]).map((d, i) =>
    i === index ? { ...d, ...patch } : d,
  ),
});

describe('hundesteuer: definition and fixtures', () => {
  it('offers Anmeldung and Abmeldung only (Änderung comes later)', () => {
    const field = hundesteuer.steps[0]!.fields[0] as ChoiceField;
    assert.deepEqual(
      (field.options as Option[]).map((o) => o.value),
      ['anmeldung', 'abmeldung'],
    );
  });

  for (const [name, answers] of Object.entries(validAnswers))
    it(`valid fixture ${name}: no issues, payload passes the schema`, () => {
      assert.deepEqual(validateAll(hundesteuer, input(answers)), []);
      const data = pruneAnswers(hundesteuer, input(answers));
      const r = payloadSchemaOf(hundesteuer).safeParse(data);
      assert.equal(r.success, true, JSON.stringify(r.error?.issues));
    });

  it('every step has an invalid fixture', () => {
    assert.deepEqual(Object.keys(invalidByStep).sort(), hundesteuer.steps.map((s) => s.id).sort());
  });

  for (const [step, fx] of Object.entries(invalidByStep))
    it(`invalid fixture ${step}: exactly the expected issues, all on that step`, () => {
      const issues = validateAll(hundesteuer, input(fx.answers));
      const got = issues.map((i) => ({ path: i.path, code: i.code, severity: i.severity }));
      const want = fx.issues.map((i) => ({
        path: i.path,
        code: i.code,
        severity: i.severity ?? 'error',
      }));
      const sort = (l: typeof got) =>
        [...l].sort((a, b) => (a.path + a.code).localeCompare(b.path + b.code));
      assert.deepEqual(sort(got), sort(want));
      assert.ok(issues.every((i) => i.step === (step as HundesteuerStepId)));
    });

  it('hidden answers are not sent', () => {
    const answers = {
      ...validAnswers.anmeldungEinHund,
      zahlung: { paymentMethod: 'ueberweisung', bankAccount: { iban: 'DE02120300000000202051' } },
      abmeldung: { tagNumber: '1' },
    };
    const data = pruneAnswers(hundesteuer, input(answers));
    assert.equal((data.zahlung as Record<string, unknown>).bankAccount, undefined);
    assert.equal(data.abmeldung, undefined);
    assert.deepEqual(Object.keys((data.hunde as object[])[0]!).sort(), [
      'birthDate',
      'breed',
      'chipNumber',
      'dangerStatus',
      'heldSince',
      'name',
      'origin',
      'reliefRequested',
      'sex',
    ]);
  });

  it('the relief step disappears when every dog is dangerous; dangerous dogs get no relief', () => {
    const steps = (a: Answers) =>
      hundesteuer.steps
        .filter(
          (s) =>
            !s.visibleWhen || s.visibleWhen({ answers: a, params: dresdenParams, today: TODAY }),
        )
        .map((s) => s.id);
    assert.ok(!steps(validAnswers.anmeldungGefaehrlich).includes('verguenstigung'));
    assert.ok(steps(validAnswers.anmeldungZweiHunde).includes('verguenstigung'));
    assert.deepEqual(steps(validAnswers.abmeldung), [
      'anliegen',
      'halter',
      'abmeldung',
      'erklaerungen',
    ]);
  });

  it('warns when a reduction applies to the first dog only', () => {
    const pass = { reliefRequested: 'ermaessigung', reliefReason: 'leipzigPass' };
    const a = validAnswers.anmeldungZweiHunde;
    const dogs = (a.hunde as Record<string, unknown>[]).map((d) => ({ ...d, ...pass }));
    const step = hundesteuer.steps.find((s) => s.id === 'verguenstigung')!;
    const issues = validateStep(hundesteuer, step, input({ ...a, hunde: dogs }, cfg.leipzig));
    // Luna (held since 2025) is the first dog; Bruno the second.
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.severity]),
      [['hunde.0.reliefReason', 'first_dog_only', 'warning']],
    );
  });

  it('warns about a late Abmeldung but accepts it', () => {
    const a = {
      ...validAnswers.abmeldung,
      abmeldung: { ...(validAnswers.abmeldung.abmeldung as object), endDate: daysAgo(40) },
    };
    assert.deepEqual(
      validateAll(hundesteuer, input(a)).map((i) => [i.path, i.code, i.severity]),
      [['abmeldung.endDate', 'late_notice', 'warning']],
    );
  });

  it('rule texts name the concrete values: the deadline, the dog’s birth date, the registered count', () => {
    const tr = (lang: Lang) => createTranslator(lang, [hundesteuerMessages, uiMessages]);
    const text = (lang: Lang, issues: Issue[], path: string) => {
      const issue = issues.find((i) => i.path === path);
      assert.ok(issue, path);
      const t = issueMessage(tr(lang), issue, hundesteuer);
      assert.equal(
        issueText(createTranslator(lang, [hundesteuerMessages]), issue),
        t,
        'the hub says the same',
      );
      return t;
    };
    // Ended on 20 October, 14 days to deregister: the deadline was 3 November.
    const late = {
      ...validAnswers.abmeldung,
      abmeldung: { ...(validAnswers.abmeldung.abmeldung as object), endDate: '2026-10-20' },
    };
    const lateIssues = validateAll(hundesteuer, input(late, dresdenParams, TODAY));
    assert.equal(
      text('de', lateIssues, 'abmeldung.endDate'),
      'Einen Hund müssen Sie innerhalb von 14 Tagen nach dem Ende der Haltung abmelden. Diese Frist endete am 03.11.2026. Sie können den Hund trotzdem abmelden. Halten Sie einen Nachweis über das Ende der Haltung bereit, die Steuerverwaltung kann ihn verlangen.',
    );
    assert.match(
      text('en', lateIssues, 'abmeldung.endDate'),
      /within 14 days .* ended on 3 November 2026\./,
    );
    const longer = validateAll(
      hundesteuer,
      input(late, { ...dresdenParams, notificationDeadlineDays: 30 }, '2026-12-01'),
    );
    assert.match(
      text('de', longer, 'abmeldung.endDate'),
      /innerhalb von 30 Tagen .* endete am 19\.11\.2026\./,
    );

    const born = validateAll(
      hundesteuer,
      input(
        setDog(invalidByStep.hunde.answers, 1, {
          birthDate: '2022-03-05',
          heldSince: '2021-12-24',
        }),
      ),
    );
    assert.equal(
      text('de', born, 'hunde.1.heldSince'),
      'Der Hund ist am 05.03.2022 geboren. Geben Sie diesen Tag oder einen späteren Tag ein.',
    );
    assert.equal(
      text('en', born, 'hunde.1.heldSince'),
      'The dog was born on 5 March 2022. Enter that day or a later one.',
    );

    const halter = validateAll(hundesteuer, input(invalidByStep.halter.answers));
    const registered = (invalidByStep.halter.answers.halter as { alreadyRegisteredDogs: number })
      .alreadyRegisteredDogs;
    assert.match(
      text('de', halter, 'halter.alreadyRegisteredDangerousDogs'),
      new RegExp(`^Geben Sie eine Zahl von 0 bis ${registered} ein\\.`),
    );
    assert.match(
      text('en', halter, 'halter.alreadyRegisteredDangerousDogs'),
      new RegExp(`^Enter a number from 0 to ${registered}\\.`),
    );
  });

  it('no rule text keeps a placeholder or an ISO date', () => {
    const issues = [
      ...Object.values(invalidByStep).flatMap((c) => validateAll(hundesteuer, input(c.answers))),
      ...validateAll(
        hundesteuer,
        input({
          ...validAnswers.abmeldung,
          abmeldung: { ...(validAnswers.abmeldung.abmeldung as object), endDate: daysAgo(40) },
        }),
      ),
    ];
    const ruleCodes = new Set((hundesteuer.rules ?? []).map((r) => r.code));
    for (const lang of ['de', 'en'] as const)
      for (const issue of issues.filter((i) => ruleCodes.has(i.code))) {
        const t = issueMessage(
          createTranslator(lang, [hundesteuerMessages, uiMessages]),
          issue,
          hundesteuer,
        );
        assert.doesNotMatch(
          t,
          /\{\w+\}|\d{4}-\d{2}-\d{2}/,
          `${lang} ${issue.key}.${issue.code}: ${t}`,
        );
      }
  });

  it('checks the Aktenzeichen against the configured pattern', () => {
    const params = { ...dresdenParams, taxReferencePattern: '^\\d{4}/HST/\\d{6}$' };
    assert.deepEqual(validateAll(hundesteuer, input(validAnswers.abmeldung, params)), []);
    const bad = validateAll(
      hundesteuer,
      input({ ...validAnswers.abmeldung, taxReference: 'HST 4711' }, params),
    );
    assert.deepEqual(
      bad.map((i) => [i.path, i.code]),
      [['taxReference', 'invalid_format']],
    );
  });

  it('computed: expected tax of the fixtures (Dresden, 2026-11-29)', () => {
    const computed = (a: Answers) =>
      hundesteuer.computed!({
        answers: a,
        params: dresdenParams,
        today: TODAY,
      }) as HundesteuerComputed;
    const two = computed(validAnswers.anmeldungZweiHunde);
    // Luna: 12 × 108/12; Bruno (second dog, from April): 9 × 144/12.
    assert.deepEqual([two.jahr, two.jahressteuer, two.steuerLaufendesJahr], [2026, 252, 216]);
    assert.deepEqual(
      two.hunde.map((d) => [d.name, d.position, d.jahressteuer, d.steuerpflichtigAb]),
      [
        ['Bruno', 2, 144, '2026-04-01'],
        ['Luna', 1, 108, '2025-07-01'],
      ],
    );
    assert.equal(computed(validAnswers.anmeldungEinHund).steuerLaufendesJahr, 81);
    assert.equal(computed(validAnswers.anmeldungGefaehrlich).jahressteuer, 144);
    const exempt = computed(validAnswers.anmeldungBefreiung);
    assert.deepEqual(
      [exempt.jahressteuer, exempt.hunde[0]!.verguenstigung],
      [0, 'blindenfuehrhund'],
    );
    assert.deepEqual(
      hundesteuer.computed!({
        answers: validAnswers.abmeldung,
        params: dresdenParams,
        today: TODAY,
      }),
      {},
    );
  });

  it('summary: per dog, total, current year, due dates and the non-binding note', () => {
    const ctx: EvalContext<HundesteuerParams> = {
      answers: validAnswers.anmeldungZweiHunde,
      params: dresdenParams,
      today: TODAY,
    };
    const computed = hundesteuer.computed!(ctx);
    const tr = createTranslator('de', [uiMessages, hundesteuerMessages]);
    const lines = hundesteuer.summary!({ ctx, computed, lang: 'de' }).map((l) =>
      tr.t(l.key, l.vars).replace(/\u00a0/g, ' '),
    );
    assert.deepEqual(lines.slice(0, 4), [
      'Bruno: 144,00 € pro Jahr, steuerpflichtig ab 01.04.2026',
      'Luna: 108,00 € pro Jahr, steuerpflichtig ab 01.07.2025',
      'Voraussichtliche Hundesteuer pro Jahr: 252,00 €',
      'Voraussichtlich für 2026, anteilig ab Beginn der Steuerpflicht: 216,00 €',
    ]);
    assert.equal(
      lines[4],
      'Die Hundesteuer ist jeweils am 15.02., 15.05., 15.08. und 15.11. fällig.',
    );
    assert.match(lines.at(-1)!, /Verbindlich ist allein der Steuerbescheid\./);
    assert.deepEqual(
      hundesteuerSummary({
        ctx: { ...ctx, answers: validAnswers.abmeldung },
        computed: {},
        lang: 'de',
      }),
      [],
    );
  });
});

describe('hundesteuer: Leipzig 2026 (chip, Leipzig-Pass, puppies, Tierheim)', () => {
  const lz = cfg.leipzig;
  const computed = (answers: Answers, params = lz, today = TODAY) =>
    hundesteuer.computed!({ answers, params, today }) as HundesteuerComputed;
  const summary = (answers: Answers, lang: Lang = 'de', params = lz) => {
    const ctx = { answers, params, today: TODAY };
    const tr = createTranslator(lang, [uiMessages, hundesteuerMessages]);
    return hundesteuer.summary!({ ctx, computed: hundesteuer.computed!(ctx), lang }).map((l) =>
      tr.t(l.key, l.vars).replace(/\u00a0/g, ' '),
    );
  };
  const sent = (answers: Answers, params: HundesteuerParams, today = TODAY) =>
    (
      pruneAnswers(hundesteuer, input(answers, params, today)).hunde as Record<string, unknown>[]
    )[0]!;
  const issuesOf = (answers: Answers, params: HundesteuerParams) =>
    validateAll(hundesteuer, input(answers, params, TODAY)).map((i) => [i.path, i.code]);

  it('example: two chipped dogs with consent 240 € a year, without consent 300 €', () => {
    assert.deepEqual(validateAll(hundesteuer, input(anmeldungLeipzig, lz, TODAY)), []);
    const data = pruneAnswers(hundesteuer, input(anmeldungLeipzig, lz, TODAY));
    const r = payloadSchemaOf(hundesteuer).safeParse(data);
    assert.equal(r.success, true, JSON.stringify(r.error?.issues));
    const c = computed(anmeldungLeipzig);
    // Luna: 12 × 120/12; Bruno from April: 9 × 120/12.
    assert.deepEqual([c.jahressteuer, c.steuerLaufendesJahr], [240, 210]);
    assert.deepEqual(
      c.hunde.map((d) => [d.name, d.steuersatz, d.chipErmaessigung, d.jahressteuer]),
      [
        ['Bruno', 150, 30, 120],
        ['Luna', 150, 30, 120],
      ],
    );
    const noConsent = setDog(setDog(anmeldungLeipzig, 0, { chipReadConsent: false }), 1, {
      chipReadConsent: false,
    });
    assert.equal(computed(noConsent).jahressteuer, 300);
    assert.equal(computed(noConsent).hunde[0]!.chipErmaessigung, undefined);
  });

  it('summary: each reduction on its own line', () => {
    const lines = summary(anmeldungLeipzig);
    assert.deepEqual(lines.slice(0, 7), [
      'Bruno: Steuersatz 150,00 € pro Jahr',
      'abzüglich 30,00 € Ermäßigung für den Chip (bis 31.12.2029)',
      'Bruno: 120,00 € pro Jahr, steuerpflichtig ab 01.04.2026',
      'Luna: Steuersatz 150,00 € pro Jahr',
      'abzüglich 30,00 € Ermäßigung für den Chip (bis 31.12.2029)',
      'Luna: 120,00 € pro Jahr, steuerpflichtig ab 01.07.2025',
      'Voraussichtliche Hundesteuer pro Jahr: 240,00 €',
    ]);
    assert.equal(
      summary(anmeldungLeipzig, 'en')[1],
      'minus €30.00 reduction for the microchip (until 31 December 2029)',
    );
  });

  it('Leipzig-Pass: 50 % of what is left after the chip reduction', () => {
    const pass = relief(lz, 'leipzigPass');
    const d = tax(lz, [dog({ chipConsent: true, relief: pass })]).perDog[0]!;
    assert.deepEqual([d.rate, d.chipReduction, d.reductionPercent, d.annualTax], [150, 30, 50, 60]);
    assert.equal(tax(lz, [dog({ relief: pass })]).expectedAnnualTax, 75);
    const answers = setDog(anmeldungLeipzig, 1, {
      reliefRequested: 'ermaessigung',
      reliefReason: 'leipzigPass',
    });
    assert.deepEqual(issuesOf(answers, lz), []);
    const lines = summary(answers);
    assert.deepEqual(lines.slice(3, 8), [
      'Luna: Steuersatz 150,00 € pro Jahr',
      'abzüglich 30,00 € Ermäßigung für den Chip (bis 31.12.2029)',
      'abzüglich 50 % Ermäßigung: 60,00 €',
      'Luna: 60,00 € pro Jahr, steuerpflichtig ab 01.07.2025',
      'Voraussichtliche Hundesteuer pro Jahr: 180,00 €',
    ]);
  });

  it('the chip question is asked in Leipzig only, and only until validUntil', () => {
    assert.equal(sent(anmeldungLeipzig, lz).chipReadConsent, true);
    assert.equal(
      sent(setDog(anmeldungLeipzig, 0, { chipReadConsent: undefined }), lz).chipReadConsent,
      false,
    );
    assert.equal('chipReadConsent' in sent(anmeldungLeipzig, dresdenParams), false);
    assert.equal('chipReadConsent' in sent(anmeldungLeipzig, lz, '2030-01-02'), false);
    assert.equal(computed(anmeldungLeipzig, lz, '2030-01-02').jahressteuer, 300);
    // Consent needs the chip number; without consent (or in Dresden) it stays optional.
    const noChip = setDog(anmeldungLeipzig, 0, { chipNumber: undefined });
    assert.deepEqual(issuesOf(noChip, lz), [['hunde.0.chipNumber', 'required']]);
    assert.deepEqual(issuesOf(noChip, dresdenParams), []);
    assert.deepEqual(issuesOf(setDog(noChip, 0, { chipReadConsent: false }), lz), []);
  });

  it('puppies: no tax until 6 months old, then pro rata', () => {
    const puppy = dog({ birthDate: '2026-05-10', heldSince: '2026-07-01' });
    const d = tax(lz, [puppy]).perDog[0]!;
    assert.deepEqual(
      [d.taxableFrom, d.monthsCurrentYear, d.taxCurrentYear, d.annualTax, d.taxFreeReason],
      ['2026-12-01', 1, 12.5, 150, 'age'],
    );
    // Dresden: taxable from three months.
    assert.equal(tax(cfg.dresden, [puppy]).perDog[0]!.taxableFrom, '2026-09-01');
    const lines = summary(
      setDog(anmeldungLeipzig, 0, { birthDate: '2026-05-10', heldSince: '2026-07-01' }),
    );
    assert.ok(lines.includes('Bruno: steuerfrei, bis der Hund 6 Monate alt ist'), lines.join('\n'));
  });

  it('Tierheim Leipzig: asked for shelter dogs, no tax for the first 6 months, then pro rata', () => {
    const shelter = dog({ heldSince: '2026-03-15', fromShelter: true });
    const d = tax(lz, [shelter]).perDog[0]!;
    assert.deepEqual(
      [d.taxableFrom, d.monthsCurrentYear, d.taxCurrentYear, d.annualTax, d.taxFreeReason],
      ['2026-10-01', 3, 37.5, 150, 'shelter'],
    );
    assert.equal(tax(cfg.dresden, [shelter]).perDog[0]!.taxableFrom, '2026-04-01');

    const fromShelter = setDog(anmeldungLeipzig, 0, { origin: 'tierheim', fromLocalShelter: 'ja' });
    assert.deepEqual(issuesOf(fromShelter, lz), []);
    const c = computed(fromShelter);
    // Bruno, chipped: 120 € a year, October to December 2026.
    assert.deepEqual(
      [c.hunde[0]!.steuerpflichtigAb, c.hunde[0]!.steuerLaufendesJahr, c.hunde[0]!.steuerfreiWegen],
      ['2026-10-01', 30, 'tierheim'],
    );
    assert.ok(
      summary(fromShelter).includes(
        'Bruno: die ersten 6 Monate steuerfrei, weil der Hund aus dem Tierheim Leipzig kommt',
      ),
    );
    // The question follows "Aus einem Tierheim" in Leipzig only.
    const unanswered = setDog(anmeldungLeipzig, 0, { origin: 'tierheim' });
    assert.deepEqual(issuesOf(unanswered, lz), [['hunde.0.fromLocalShelter', 'required']]);
    assert.equal('fromLocalShelter' in sent(fromShelter, dresdenParams), false);
    assert.equal(
      'fromLocalShelter' in sent(setDog(fromShelter, 0, { origin: 'privat' }), lz),
      false,
    );
  });

  it('assistance and rescue dogs are exemptions of the relief catalogue', () => {
    for (const code of ['assistenzhund', 'rettungshund']) {
      const answers = setDog(anmeldungLeipzig, 0, {
        reliefRequested: 'befreiung',
        reliefReason: code,
      });
      assert.deepEqual(issuesOf(answers, lz), []);
      assert.equal(computed(answers).hunde[0]!.jahressteuer, 0);
    }
  });

  it('rejects a chip reduction without amount and other bad values with a German problem naming the key', () => {
    const withSection = (patch: Record<string, unknown>) => {
      const raw = rawConfig('leipzig');
      raw.assistants.hundesteuer = { ...(raw.assistants.hundesteuer as object), ...patch };
      const r = parseConfig(raw, hundesteuer);
      assert.equal(r.ok, false);
      return r.ok ? [] : r.problems.map((p) => `${p.path} ${p.message}`);
    };
    assert.deepEqual(withSection({ chipReduction: { validUntil: '2029-12-31' } }), [
      'assistants.hundesteuer.chipReduction.amount fehlt',
    ]);
    assert.deepEqual(withSection({ chipReduction: { amount: 0, validUntil: '2029' } }), [
      'assistants.hundesteuer.chipReduction.amount ist zu klein oder leer',
      'assistants.hundesteuer.chipReduction.validUntil hat ein ungültiges Format',
    ]);
    assert.deepEqual(withSection({ shelterExemption: { shelter: 'Tierheim Leipzig' } }), [
      'assistants.hundesteuer.shelterExemption.months fehlt',
    ]);
    assert.deepEqual(withSection({ shelterExemption: { shelter: ' ', months: 6.5 } }), [
      'assistants.hundesteuer.shelterExemption.shelter ist zu klein oder leer',
      'assistants.hundesteuer.shelterExemption.months hat den falschen Typ (erwartet: ganze Zahl)',
    ]);
  });
});

describe('hundesteuer: texts', () => {
  const own = hundesteuerMessages;
  const has = (lang: Lang, key: string) => {
    const text = own[lang][key] ?? (uiMessages[lang] as Messages)[key];
    return typeof text === 'string' && text.trim() !== '';
  };
  const firstKey = (lang: Lang, keys: (string | undefined)[]) =>
    keys.some((k) => k && has(lang, k));
  const contexts: EvalContext<HundesteuerParams>[] = Object.values(cfg).flatMap((params) =>
    ['nein', 'befreiung', 'ermaessigung'].map((reliefRequested) => ({
      answers: {},
      params,
      today: TODAY,
      item: { reliefRequested },
      index: 0,
    })),
  );

  const missing: string[] = [];
  const need = (what: string, keys: (string | undefined)[]) => {
    for (const lang of ['de', 'en'] as const)
      if (!firstKey(lang, keys))
        missing.push(`${lang}: ${what} (${keys.filter(Boolean).join(' | ')})`);
  };
  const walk = (fields: FieldDef<HundesteuerParams>[], prefix: string) => {
    for (const f of fields) {
      const key = prefix ? `${prefix}.${f.path}` : f.path;
      if (f.type === 'info') {
        need(key, [f.text ?? `${key}.text`]);
        continue;
      }
      need(key, [f.label, `${key}.label`, `fields.${f.path}.label`]);
      if (f.type === 'group') {
        if (f.repeat) {
          need(`${key} item`, [`${key}.item`]);
          if (f.repeat.editable !== false) {
            need(`${key} add`, [`${key}.add`]);
            need(`${key} remove`, [`${key}.remove`]);
          }
        }
        walk(f.fields, f.repeat ? `${key}[]` : key);
      }
      if (f.type === 'select' || f.type === 'radio' || f.type === 'checkboxes') {
        const lists =
          typeof f.options === 'function'
            ? contexts.map((c) =>
                (f.options as (c: EvalContext<HundesteuerParams>) => readonly Option[])(c),
              )
            : [f.options];
        for (const o of lists.flat()) {
          if (o.text) {
            assert.ok(
              o.text.de?.trim() && o.text.en?.trim(),
              `${key} option ${o.value} needs de and en`,
            );
            continue;
          }
          need(`${key} option ${o.value}`, [
            o.label,
            `${key}.options.${o.value}`,
            `fields.${f.path}.options.${o.value}`,
          ]);
        }
      }
    }
  };

  it('every step, field, option and info has a German and an English text', () => {
    missing.length = 0;
    for (const step of hundesteuer.steps) {
      need(`step ${step.id}`, [step.title ?? `steps.${step.id}.title`]);
      walk(step.fields, '');
    }
    need('title', ['title']);
    assert.deepEqual(missing, []);
  });

  it('every expected issue and every rule has a citizen text in both languages', () => {
    missing.length = 0;
    const leaf = (key: string) => key.slice(key.lastIndexOf('.') + 1).replace(/\[\]$/, '');
    const norm = (p: string) => p.replace(/\.\d+(?=\.|$)/g, '[]');
    for (const fx of Object.values(invalidByStep))
      for (const i of fx.issues)
        need(`${i.path} ${i.code}`, [
          `${norm(i.path)}.${i.code}`,
          `fields.${leaf(norm(i.path))}.${i.code}`,
          `ui.error.${i.code}`,
        ]);
    for (const r of hundesteuer.rules ?? [])
      need(`rule ${r.path} ${r.code}`, [`${r.path}.${r.code}`]);
    assert.deepEqual(missing, []);
  });

  it('German and English have the same keys and placeholders', () => {
    assert.deepEqual(Object.keys(own.en).sort(), Object.keys(own.de).sort());
    const vars = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(own.de)) assert.deepEqual(vars(own.en[k]!), vars(own.de[k]!), k);
  });

  it('summary lines resolve in both languages with every placeholder filled', () => {
    const cases: [HundesteuerParams, Answers][] = [
      ...Object.values(validAnswers).map((a): [HundesteuerParams, Answers] => [dresdenParams, a]),
      [
        cfg.chemnitz,
        {
          ...validAnswers.anmeldungZweiHunde,
          halter: {
            ...(validAnswers.anmeldungZweiHunde.halter as object),
            alreadyRegisteredDogs: 1,
            alreadyRegisteredDangerousDogs: 0,
          },
        },
      ],
      [
        cfg.leipzig,
        {
          ...validAnswers.anmeldungZweiHunde,
          hunde: (validAnswers.anmeldungZweiHunde.hunde as object[]).map((d) => ({
            ...d,
            reliefRequested: 'ermaessigung',
            reliefReason: 'leipzigPass',
          })),
        },
      ],
      [
        cfg.chemnitz,
        {
          ...validAnswers.anmeldungBefreiung,
          hunde: [
            { ...(validAnswers.anmeldungBefreiung.hunde as object[])[0], reliefReason: 'tierheim' },
          ],
        },
      ],
      [cfg.chemnitz, validAnswers.anmeldungGefaehrlich],
      [
        cfg.leipzig,
        {
          ...anmeldungLeipzig,
          hunde: [
            {
              ...(anmeldungLeipzig.hunde as object[])[0],
              origin: 'tierheim',
              fromLocalShelter: 'ja',
              reliefRequested: 'ermaessigung',
              reliefReason: 'leipzigPass',
            },
            {
              ...(anmeldungLeipzig.hunde as object[])[1],
              birthDate: '2026-08-01',
              heldSince: '2026-10-01',
            },
          ],
        },
      ],
      [{ ...cfg.leipzig, chipReduction: { amount: 30 } }, anmeldungLeipzig],
    ];
    const seen = new Set<string>();
    for (const [params, answers] of cases)
      for (const lang of ['de', 'en'] as const) {
        const ctx = { answers, params, today: TODAY };
        const tr = createTranslator(lang, [uiMessages, hundesteuerMessages]);
        for (const l of hundesteuer.summary!({ ctx, computed: hundesteuer.computed!(ctx), lang })) {
          seen.add(l.key);
          assert.ok(has(lang, l.key), `${lang} ${l.key}`);
          assert.doesNotMatch(tr.t(l.key, l.vars), /\{\w+\}/, `${lang} ${l.key}`);
        }
      }
    for (const k of [
      'summary.dog',
      'summary.dogExempt',
      'summary.dogExemptUntil',
      'summary.dogReduced',
      'summary.dogDangerous',
      'summary.firstDogOnly',
      'summary.registeredIncrease',
      'summary.dogRate',
      'summary.chipReduction',
      'summary.chipReductionUntil',
      'summary.percentReduction',
      'summary.puppyFree',
      'summary.shelterFree',
    ])
      assert.ok(seen.has(k), k);
  });
});
