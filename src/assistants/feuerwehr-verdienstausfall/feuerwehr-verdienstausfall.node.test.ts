import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { parseConfig } from '../../engine/config.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import { pruneAnswers } from '../../engine/prune.js';
import type { Answers, EvalContext, FieldDef, Lang, Messages, Option } from '../../engine/types.js';
import { validateAll } from '../../engine/validate.js';
import { todayIso } from '../../engine/walk.js';
import {
  addMonths,
  claimDeadline,
  computeClaim,
  durationMinutes,
  type DeploymentInput,
} from './feuerwehr-verdienstausfall.calc.js';
import { feuerwehrVerdienstausfall as def } from './feuerwehr-verdienstausfall.definition.js';
import * as fx from './feuerwehr-verdienstausfall.fixtures.js';
import { messages } from './feuerwehr-verdienstausfall.messages.js';
import {
  feuerwehrParamsSchema,
  settingsOf,
  type FeuerwehrParams,
} from './feuerwehr-verdienstausfall.params.js';
import type { FeuerwehrComputed } from './feuerwehr-verdienstausfall.rules.js';
import { payloadSchemaOf } from '../../engine/payload-schema.js';

const TODAY = '2026-11-29';
const defaults = settingsOf({});
const input = (answers: Answers, params: FeuerwehrParams = fx.dresdenParams, today = TODAY) => ({
  answers,
  params,
  today,
});
const computedOf = (answers: Answers, params: FeuerwehrParams = fx.dresdenParams, today = TODAY) =>
  def.computed!({ answers, params, today }) as FeuerwehrComputed;
const dep = (patch: Partial<DeploymentInput> = {}): DeploymentInput => ({
  date: '2026-11-02',
  startTime: '08:00',
  endTime: '12:00',
  workHours: 4,
  ...patch,
});
const issuesOf = (answers: Answers, params: FeuerwehrParams = fx.dresdenParams, today = TODAY) =>
  validateAll(def, input(answers, params, today)).map((i) => `${i.path} ${i.code} ${i.severity}`);

const rawConfig = (city: string): { assistants: Record<string, unknown> } =>
  JSON.parse(
    readFileSync(new URL(`../../../examples/config/${city}.json`, import.meta.url), 'utf8'),
  );

describe('feuerwehr-verdienstausfall: durations and deadlines', () => {
  it('a deployment that ends before it starts crosses midnight', () => {
    assert.equal(durationMinutes('14:30', '18:15'), 225);
    assert.equal(durationMinutes('22:10', '03:20'), 310);
    assert.equal(durationMinutes('23:59', '00:00'), 1);
    assert.equal(durationMinutes('08:00', '08:00'), 0);
  });

  it('adds months clamped to the month end, across years', () => {
    assert.equal(addMonths('2026-03-12', 6), '2026-09-12');
    assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
    assert.equal(addMonths('2027-08-31', 6), '2028-02-29');
    assert.equal(addMonths('2026-11-29', -8), '2026-03-29');
  });

  it('the deadline counts from the end of the deployment; end-of-month rule (Meißen)', () => {
    const six = { deadlineMonths: 6, deadlineEndOfMonth: false };
    assert.equal(claimDeadline('2026-03-12', '08:00', '10:00', six), '2026-09-12');
    assert.equal(claimDeadline('2026-03-12', '22:00', '02:00', six), '2026-09-13');
    assert.equal(claimDeadline('2026-03-31', '22:00', '02:00', six), '2026-10-01');
    const meissen = { deadlineMonths: 2, deadlineEndOfMonth: true };
    assert.equal(claimDeadline('2026-03-12', '08:00', '10:00', meissen), '2026-05-31');
    assert.equal(claimDeadline('2026-12-31', '23:00', '01:00', meissen), '2027-03-31');
  });
});

describe('feuerwehr-verdienstausfall: amounts', () => {
  it('employer: answered hours × gross pay per hour, per deployment and in total', () => {
    const r = computeClaim(
      'arbeitgeber',
      [dep({ workHours: 3.75 }), dep({ workHours: 8 })],
      28.4,
      defaults,
    );
    assert.deepEqual(
      r.lines.map((l) => [l.hours, l.amount]),
      [
        [3.75, 106.5],
        [8, 227.2],
      ],
    );
    assert.equal(r.total, 333.7);
    assert.equal(r.rateCapped, false);
  });

  it('employer: no rounding up and no cap (12 hours at 30 € are 360 €)', () => {
    const r = computeClaim(
      'arbeitgeber',
      [dep({ endTime: '21:00', workHours: 12.5 })],
      30,
      defaults,
    );
    assert.equal(r.lines[0]!.hours, 12.5);
    assert.equal(r.total, 375);
  });

  it('self-employed: a started hour counts as a full hour', () => {
    const r = computeClaim('selbststaendig', [dep({ workHours: 2.25 })], 20, defaults);
    assert.equal(r.lines[0]!.hours, 3);
    assert.equal(r.total, 60);
    const exact = computeClaim('selbststaendig', [dep({ workHours: 2 })], 20, defaults);
    assert.equal(exact.lines[0]!.hours, 2);
    const off = computeClaim('selbststaendig', [dep({ workHours: 2.25 })], 20, {
      ...defaults,
      roundUpStartedHours: false,
    });
    assert.equal(off.lines[0]!.hours, 2.25);
  });

  it('self-employed: the rate is capped at the configured maximum (24 €, or the town’s own)', () => {
    const r = computeClaim('selbststaendig', [dep({ workHours: 4 })], 35, defaults);
    assert.equal(r.rate, 24);
    assert.equal(r.rateCapped, true);
    assert.equal(r.total, 96);
    const own = computeClaim('selbststaendig', [dep({ workHours: 4 })], 35, {
      ...defaults,
      maxHourlyRate: 30,
    });
    assert.equal(own.total, 120);
  });

  it('self-employed: at most 10 hours per calendar day, over all deployments of the day', () => {
    const long = computeClaim(
      'selbststaendig',
      [dep({ startTime: '06:00', endTime: '20:00', workHours: 12 })],
      24,
      defaults,
    );
    assert.deepEqual([long.lines[0]!.hours, long.lines[0]!.capped, long.total], [10, true, 240]);
    // Two deployments on one day: the later one gets what is left of the ten hours.
    const twice = computeClaim(
      'selbststaendig',
      [
        dep({ startTime: '15:00', endTime: '19:00', workHours: 3.5 }),
        dep({ startTime: '06:00', endTime: '14:00', workHours: 7.5 }),
      ],
      20,
      defaults,
    );
    assert.deepEqual(
      twice.lines.map((l) => [l.index, l.hours, l.capped]),
      [
        [0, 2, true],
        [1, 8, false],
      ],
    );
    assert.equal(twice.hours, 10);
    const eight = computeClaim('selbststaendig', [dep({ workHours: 9 })], 20, {
      ...defaults,
      maxHoursPerDay: 8,
    });
    assert.equal(eight.lines[0]!.hours, 8);
  });

  it('self-employed: across midnight the hours are split by calendar day before the cap', () => {
    // 22:10–03:20: 1:50 before midnight (2 started hours), the rest on the next day.
    const night = dep({ date: '2026-11-02', startTime: '22:10', endTime: '03:20', workHours: 5 });
    const r = computeClaim('selbststaendig', [night], 20, defaults);
    assert.deepEqual([r.lines[0]!.hours, r.lines[0]!.crossesMidnight], [5, true]);
    assert.equal(r.lines[0]!.durationHours, 5.17);
    // Its 3 hours after midnight count on the next day, which then has room for 7 more only.
    const day = dep({ date: '2026-11-03', startTime: '07:00', endTime: '17:00', workHours: 9 });
    const both = computeClaim('selbststaendig', [day, night], 20, defaults);
    assert.deepEqual(
      both.lines.map((l) => [l.hours, l.capped]),
      [
        [7, true],
        [5, false],
      ],
    );
    // Without the split (everything on the start day) nothing would be capped.
    const sameDay = computeClaim(
      'selbststaendig',
      [{ ...day, date: '2026-11-05' }, night],
      20,
      defaults,
    );
    assert.deepEqual(
      sameDay.lines.map((l) => l.hours),
      [9, 5],
    );
  });

  it('rounds amounts to cents', () => {
    const r = computeClaim(
      'arbeitgeber',
      [dep({ workHours: 1.25 }), dep({ workHours: 0.25 })],
      17.33,
      defaults,
    );
    assert.deepEqual(
      r.lines.map((l) => l.amount),
      [21.66, 4.33],
    );
    assert.equal(r.total, 25.99);
  });

  it('computed: the fixtures (employer 333,70 €, self-employed 292,50 €); a public employer gets none', () => {
    const ag = computedOf(fx.arbeitgeber(TODAY));
    assert.equal(ag.antragsart, 'arbeitgeber');
    assert.equal(ag.erstattungsbetrag, 333.7);
    assert.deepEqual(
      ag.einsaetze.map((l) => [l.nr, l.stunden, l.betrag]),
      [
        [1, 3.75, 106.5],
        [2, 8, 227.2],
      ],
    );
    const self = computedOf(fx.selbststaendig(TODAY));
    assert.equal(self.erstattungsbetrag, 292.5);
    assert.deepEqual(
      self.einsaetze.map((l) => [l.stunden, l.ueberMitternacht]),
      [
        [10, false],
        [3, true],
      ],
    );
    assert.deepEqual(computedOf({ ...fx.arbeitgeber(TODAY), isPublicEmployer: 'ja' }), {});
    // Answers of the other branch never count.
    const switched = computedOf({ ...fx.arbeitgeber(TODAY), hourlyLoss: 99 });
    assert.equal(switched.stundensatz, 28.4);
  });
});

describe('feuerwehr-verdienstausfall: rules', () => {
  it('a public employer is told it gets nothing back and cannot continue', () => {
    const answers = { applicantType: 'arbeitgeber', isPublicEmployer: 'ja' };
    const issues = validateAll(def, input(answers));
    assert.deepEqual(
      issues.filter((i) => i.step === 'antrag').map((i) => [i.path, i.code, i.severity]),
      [['isPublicEmployer', 'public_employer', 'error']],
    );
    // Only the declarations remain: no claim can be made.
    assert.deepEqual([...new Set(issues.map((i) => i.step))], ['antrag', 'erklaerungen']);
    const tr = createTranslator('de', [messages, uiMessages]);
    assert.match(issueText(tr, issues[0]!), /nicht erstattet.*nicht absenden/);
  });

  it('the deadline is checked per deployment and names it (default 6 months)', () => {
    const ag = fx.arbeitgeber(TODAY);
    const [a, b] = ag.deployments as object[];
    const answers = { ...ag, deployments: [a, { ...b, date: '2026-03-12' }] };
    const issues = validateAll(def, input(answers));
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.params]),
      [
        [
          'deployments.1.date',
          'too_late',
          { n: 2, deploymentDate: '2026-03-12', months: 6, deadlineDate: '2026-09-12' },
        ],
      ],
    );
    const de = createTranslator('de', [messages, uiMessages]);
    assert.equal(
      issueText(de, issues[0]!),
      'Dienst 2 (12.03.2026) liegt mehr als 6 Monate zurück. Die Frist für den Antrag endete am 12.09.2026. Entfernen Sie diesen Dienst aus dem Antrag.',
    );
    const en = createTranslator('en', [messages, uiMessages]);
    assert.match(
      issueText(en, issues[0]!),
      /^Service 2 \(12 March 2026\) was more than 6 months ago/,
    );
  });

  it('the deadline is a parameter: exactly on the last day it passes, a day later it fails', () => {
    const one = (date: string, today: string, params: FeuerwehrParams = fx.dresdenParams) =>
      issuesOf(
        {
          ...fx.arbeitgeber(today),
          deployments: [{ ...(fx.arbeitgeber(today).deployments as object[])[0], date }],
        },
        params,
        today,
      );
    assert.deepEqual(one('2026-05-29', '2026-11-29'), []);
    assert.deepEqual(one('2026-05-28', '2026-11-29'), ['deployments.0.date too_late error']);
    const three = { ...fx.dresdenParams, claimDeadline: { months: 3 } };
    assert.deepEqual(one('2026-08-28', '2026-11-29', three), ['deployments.0.date too_late error']);
    assert.deepEqual(one('2026-08-29', '2026-11-29', three), []);
    const meissen = { ...fx.dresdenParams, claimDeadline: { months: 2, endOfMonth: true } };
    assert.deepEqual(one('2026-09-01', '2026-11-29', meissen), []);
    assert.deepEqual(one('2026-08-31', '2026-11-29', meissen), [
      'deployments.0.date too_late error',
    ]);
    // Without the parameter the default is 6 months.
    const { claimDeadline: _, ...noDeadline } = fx.dresdenParams;
    assert.deepEqual(one('2026-05-28', '2026-11-29', noDeadline), [
      'deployments.0.date too_late error',
    ]);
  });

  it('a night deployment ending after midnight gets one day more', () => {
    const today = '2026-11-29';
    const night = {
      kind: 'einsatz',
      date: '2026-05-28',
      startTime: '23:00',
      endTime: '01:30',
      workHours: 1,
    };
    assert.deepEqual(issuesOf({ ...fx.arbeitgeber(today), deployments: [night] }), []);
    assert.deepEqual(
      issuesOf({
        ...fx.arbeitgeber(today),
        deployments: [{ ...night, endTime: '23:45', workHours: 0.5 }],
      }),
      ['deployments.0.date too_late error'],
    );
  });

  it('where the town accepts late claims, a late deployment only warns', () => {
    const ag = fx.arbeitgeber(TODAY);
    const late = {
      ...ag,
      deployments: [{ ...(ag.deployments as object[])[0], date: '2026-03-12' }],
    };
    assert.deepEqual(issuesOf(late, { ...fx.dresdenParams, lateClaimsAccepted: true }), [
      'deployments.0.date late warning',
    ]);
  });

  it('a deployment may not lie in the future, end at its start, or claim more hours than it lasted', () => {
    const ag = fx.arbeitgeber(TODAY);
    const d = (patch: object) => ({
      ...ag,
      deployments: [{ ...(ag.deployments as object[])[0], ...patch }],
    });
    assert.deepEqual(issuesOf(d({ date: '2026-11-30' })), ['deployments.0.date in_future error']);
    assert.deepEqual(issuesOf(d({ startTime: '10:00', endTime: '10:00' })), [
      'deployments.0.endTime same_time error',
    ]);
    assert.deepEqual(issuesOf(d({ startTime: '22:00', endTime: '01:00', workHours: 3 })), []);
    assert.deepEqual(issuesOf(d({ startTime: '22:00', endTime: '01:00', workHours: 3.25 })), [
      'deployments.0.workHours more_than_duration error',
    ]);
    assert.deepEqual(issuesOf(d({ workHours: 0 })), ['deployments.0.workHours too_small error']);
    assert.deepEqual(issuesOf(d({ workHours: undefined })), [
      'deployments.0.workHours required error',
    ]);
  });

  it('the Einsatz number is asked for call-outs and fire safety watches only', () => {
    const ag = fx.arbeitgeber(TODAY);
    const [a, b] = ag.deployments as Record<string, unknown>[];
    const data = pruneAnswers(
      def,
      input({ ...ag, deployments: [a, { ...b, incidentNumber: 'X-1' }] }),
    ) as { deployments: Record<string, unknown>[] };
    assert.equal(data.deployments[0]!.incidentNumber, '2026-0815');
    assert.equal(data.deployments[1]!.incidentNumber, undefined);
  });

  it('a self-employed rate above the cap warns and is capped; the flat rate only where allowed', () => {
    const self = fx.selbststaendig(TODAY);
    assert.deepEqual(issuesOf({ ...self, hourlyLoss: 30 }), ['hourlyLoss above_cap warning']);
    assert.equal(computedOf({ ...self, hourlyLoss: 30 }).stundensatz, 24);
    const flat = { ...self, evidenceType: 'pauschal', evidenceSentSeparately: undefined };
    assert.deepEqual(issuesOf(flat), ['evidenceType invalid_value error']);
    assert.deepEqual(issuesOf(flat, { ...fx.dresdenParams, flatRateAllowed: true }), []);
  });

  it('the self-employed upload their proof, or say they send it separately', () => {
    const self = fx.selbststaendig(TODAY);
    const proof = {
      uploadId: '0b7c6a52-3d1e-4f5a-9c2b-7e8d9f0a1b2c',
      filename: 'Einkommensteuerbescheid 2025.pdf',
      mediaType: 'application/pdf',
      size: 48213,
      sha256: 'a'.repeat(64),
    };
    const uploaded = { ...self, evidenceSentSeparately: false, evidenceFile: [proof] };
    assert.deepEqual(issuesOf({ ...self, evidenceSentSeparately: false }), [
      'evidenceFile required error',
    ]);
    assert.deepEqual(issuesOf(uploaded), []);
    assert.deepEqual(issuesOf({ ...uploaded, evidenceFile: Array(6).fill(proof) }), [
      'evidenceFile too_many error',
    ]);
    const data = pruneAnswers(def, input(uploaded));
    assert.deepEqual(data.evidenceFile, [proof]);
    assert.equal(payloadSchemaOf(def).safeParse(data).success, true);
    // The flat amount needs no proof: neither the upload nor the checkbox is asked.
    const flat = { ...uploaded, evidenceType: 'pauschal' };
    const params = { ...fx.dresdenParams, flatRateAllowed: true };
    const sent = pruneAnswers(def, input(flat, params));
    assert.equal(sent.evidenceFile, undefined);
    assert.equal(sent.evidenceSentSeparately, undefined);
  });

  it('units come from the town’s list, or are typed without one', () => {
    const ag = fx.arbeitgeber(TODAY);
    const { fireBrigadeUnits: _, ...noList } = fx.dresdenParams;
    const typed = { ...ag, employee: { ...(ag.employee as object), unit: 'FF Musterdorf' } };
    assert.deepEqual(issuesOf(typed), ['employee.unit invalid_value error']);
    assert.deepEqual(issuesOf(typed, noList), []);
  });

  it('hidden answers are not sent: the other branch, the public-employer question for the self-employed', () => {
    const answers = {
      ...fx.selbststaendig(TODAY),
      isPublicEmployer: 'nein',
      hourlyRate: 30,
      employer: { name: 'X' },
    };
    const data = pruneAnswers(def, input(answers));
    assert.equal(data.isPublicEmployer, undefined);
    assert.equal(data.hourlyRate, undefined);
    assert.equal(data.employer, undefined);
    assert.equal(data.hourlyLoss, 22.5);
  });
});

describe('feuerwehr-verdienstausfall: fixtures', () => {
  for (const today of [TODAY, todayIso(), '2027-01-01', '2028-02-29'])
    for (const [name, answers] of Object.entries(fx.validAnswers(today)))
      it(`valid ${name} (${today}): no issues, the payload passes the contract`, () => {
        assert.deepEqual(validateAll(def, input(answers, fx.dresdenParams, today)), []);
        const data = pruneAnswers(def, input(answers, fx.dresdenParams, today));
        const r = payloadSchemaOf(def).safeParse(data);
        assert.equal(r.success, true, JSON.stringify(r.error?.issues));
      });

  it('every step has an invalid fixture', () => {
    assert.deepEqual(
      Object.keys(fx.invalidByStep(TODAY)).sort(),
      def.steps.map((s) => s.id).sort(),
    );
  });

  for (const today of [TODAY, todayIso()])
    for (const [step, f] of Object.entries(fx.invalidByStep(today)))
      it(`invalid ${step} (${today}): exactly the expected issues, all on that step`, () => {
        const issues = validateAll(def, input(f.answers, fx.dresdenParams, today));
        const got = issues.map((i) => `${i.path} ${i.code} ${i.severity}`).sort();
        const want = f.issues.map((i) => `${i.path} ${i.code} ${i.severity ?? 'error'}`).sort();
        assert.deepEqual(got, want);
        assert.ok(issues.every((i) => i.step === step));
      });
});

describe('feuerwehr-verdienstausfall: example configurations', () => {
  for (const city of ['dresden', 'leipzig', 'chemnitz'])
    it(`${city}.json: the section passes parseConfig and names the fire brigade office`, () => {
      const r = parseConfig(rawConfig(city), def);
      assert.equal(r.ok, true, JSON.stringify(!r.ok && r.problems));
      assert.ok(r.ok && /Brand|Feuerwehr/.test(r.config.office.name));
    });

  it('dresden.json carries exactly the fixture parameters', () => {
    assert.deepEqual(
      rawConfig('dresden').assistants['feuerwehr-verdienstausfall'],
      fx.dresdenParams,
    );
  });

  it('refuses bad values with the path of the bad key', () => {
    const bad = (section: unknown) => {
      const raw = rawConfig('leipzig');
      raw.assistants['feuerwehr-verdienstausfall'] = section;
      const r = parseConfig(raw, def);
      return r.ok ? [] : r.problems.map((p) => p.path);
    };
    assert.deepEqual(bad({ maxHourlyRate: -1 }), [
      'assistants.feuerwehr-verdienstausfall.maxHourlyRate',
    ]);
    assert.deepEqual(bad({ claimDeadline: { months: 0 } }), [
      'assistants.feuerwehr-verdienstausfall.claimDeadline.months',
    ]);
    assert.deepEqual(bad({ fireBrigadeUnits: [] }), [
      'assistants.feuerwehr-verdienstausfall.fireBrigadeUnits',
    ]);
    assert.deepEqual(bad({ maxHoursPerDays: 10 }), ['assistants.feuerwehr-verdienstausfall']);
    assert.equal(feuerwehrParamsSchema.safeParse({}).success, true);
  });
});

describe('feuerwehr-verdienstausfall: texts', () => {
  const has = (lang: Lang, key: string) => {
    const text = messages[lang][key] ?? (uiMessages[lang] as Messages)[key];
    return typeof text === 'string' && text.trim() !== '';
  };
  const contexts: EvalContext<FeuerwehrParams>[] = [
    { answers: {}, params: fx.dresdenParams, today: TODAY },
    { answers: {}, params: { ...fx.dresdenParams, flatRateAllowed: true }, today: TODAY },
  ];
  const missing: string[] = [];
  const need = (what: string, keys: (string | undefined)[]) => {
    for (const lang of ['de', 'en'] as const)
      if (!keys.some((k) => k && has(lang, k))) missing.push(`${lang}: ${what}`);
  };
  const walk = (fields: FieldDef<FeuerwehrParams>[], prefix: string) => {
    for (const f of fields) {
      const key = prefix ? `${prefix}.${f.path}` : f.path;
      if (f.type === 'info') {
        need(key, [f.text ?? `${key}.text`]);
        continue;
      }
      need(key, [f.label, `${key}.label`, `fields.${f.path}.label`]);
      if (f.hint) need(`${key} hint`, [f.hint]);
      if (f.type === 'group') {
        if (f.repeat)
          for (const k of ['item', 'add', 'remove']) need(`${key} ${k}`, [`${key}.${k}`]);
        walk(f.fields, f.repeat ? `${key}[]` : key);
      }
      if (f.required === true && f.type !== 'group')
        need(`${key} required`, [`${key}.required`, `fields.${f.path}.required`]);
      if (f.type === 'select' || f.type === 'radio') {
        const lists =
          typeof f.options === 'function'
            ? contexts.map((c) => (f.options as (c: EvalContext<FeuerwehrParams>) => Option[])(c))
            : [f.options];
        for (const o of lists.flat())
          if (!o.text) need(`${key} option ${o.value}`, [`${key}.options.${o.value}`]);
      }
    }
  };

  it('every step, field, option and info has a German and an English text', () => {
    missing.length = 0;
    need('title', ['title']);
    for (const step of def.steps) {
      need(`step ${step.id}`, [`steps.${step.id}.title`]);
      walk(step.fields, '');
    }
    assert.deepEqual(missing, []);
  });

  it('every rule and every expected issue has a citizen text in both languages', () => {
    missing.length = 0;
    for (const r of def.rules ?? []) need(`rule ${r.path} ${r.code}`, [`${r.path}.${r.code}`]);
    const norm = (p: string) => p.replace(/\.\d+(?=\.|$)/g, '[]');
    const leaf = (k: string) => k.slice(k.lastIndexOf('.') + 1);
    for (const f of Object.values(fx.invalidByStep(TODAY)))
      for (const i of f.issues)
        need(`${i.path} ${i.code}`, [
          `${norm(i.path)}.${i.code}`,
          `fields.${leaf(norm(i.path))}.${i.code}`,
          `ui.error.${i.code}`,
        ]);
    assert.deepEqual(missing, []);
  });

  it('German and English have the same keys and placeholders (the configured hint aside)', () => {
    assert.deepEqual(Object.keys(messages.en).sort(), Object.keys(messages.de).sort());
    const vars = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(messages.de))
      if (k !== 'hourlyRate.hintConfigured')
        assert.deepEqual(vars(messages.en[k]!), vars(messages.de[k]!), k);
  });

  it('the configured hint shows each language’s own text, German where English is missing', () => {
    const field = def.steps
      .find((s) => s.id === 'lohn')!
      .fields.find((f) => f.hint === 'hourlyRate.hintConfigured')!;
    const vars = field.vars!(contexts[0]!);
    assert.equal(
      createTranslator('de', [messages]).t('hourlyRate.hintConfigured', vars),
      fx.dresdenParams.hourlyRateHint!.de,
    );
    assert.equal(
      createTranslator('en', [messages]).t('hourlyRate.hintConfigured', vars),
      fx.dresdenParams.hourlyRateHint!.en,
    );
    const deOnly = field.vars!({
      ...contexts[0]!,
      params: { hourlyRateHint: { de: 'Nur Lohn.' } },
    });
    assert.equal(
      createTranslator('en', [messages]).t('hourlyRate.hintConfigured', deOnly),
      'Nur Lohn.',
    );
  });

  it('summary lines resolve in both languages with every placeholder filled', () => {
    const seen = new Set<string>();
    const cases: [Answers, FeuerwehrParams][] = [
      [fx.arbeitgeber(TODAY), fx.dresdenParams],
      [fx.selbststaendig(TODAY), fx.dresdenParams],
      [
        { ...fx.selbststaendig(TODAY), hourlyLoss: 30 },
        { ...fx.dresdenParams, roundUpStartedHours: false },
      ],
      [
        {
          ...fx.selbststaendig(TODAY),
          deployments: [
            {
              kind: 'einsatz',
              date: '2026-11-20',
              startTime: '06:00',
              endTime: '20:00',
              workHours: 12,
            },
          ],
        },
        fx.dresdenParams,
      ],
    ];
    for (const [answers, params] of cases)
      for (const lang of ['de', 'en'] as const) {
        const ctx = { answers, params, today: TODAY };
        const tr = createTranslator(lang, [messages, uiMessages]);
        for (const l of def.summary!({ ctx, computed: def.computed!(ctx), lang })) {
          seen.add(l.key);
          assert.ok(has(lang, l.key), `${lang} ${l.key}`);
          assert.doesNotMatch(tr.t(l.key, l.vars), /\{\w+\}/, `${lang} ${l.key}`);
        }
      }
    assert.deepEqual([...seen].sort(), [
      'summary.line',
      'summary.lineCapped',
      'summary.notBinding',
      'summary.rateCapped',
      'summary.selfRules',
      'summary.selfRulesRounded',
      'summary.total',
    ]);
    const de = createTranslator('de', [messages, uiMessages]);
    const ctx = { answers: fx.arbeitgeber(TODAY), params: fx.dresdenParams, today: TODAY };
    const lines = def.summary!({ ctx, computed: def.computed!(ctx), lang: 'de' }).map((l) =>
      de.t(l.key, l.vars).replace(/\u00a0/g, ' '),
    );
    assert.equal(lines[0], 'Dienst 1 am 19.11.2026: 3,75 Stunden × 28,40 € = 106,50 €');
    assert.equal(lines[2], 'Beantragter Erstattungsbetrag: 333,70 €');
  });
});

describe('feuerwehr-verdienstausfall: English name texts', () => {
  it('errors name the fields as labelled ("Given name(s)", "Family name"), not "first name"/"surname"', () => {
    for (const [key, text] of Object.entries(messages.en))
      if (/\.(givenNames|familyName|birthName)\./.test(key))
        assert.doesNotMatch(text, /first name|surname|last name/i, key);
  });
});

describe('feuerwehr-verdienstausfall: list items', () => {
  // The error summary puts "Service 1: " before a problem of the first service unless the text
  // starts with it; "Service 1: By your answers, service 1 lasted …" said it twice (walk, en).
  it('a text about one service starts with its name, so the error summary does not repeat it', () => {
    for (const lang of ['de', 'en'] as const) {
      const item = messages[lang]['deployments.item']!;
      for (const [key, text] of Object.entries(messages[lang]))
        if (key.startsWith('deployments[].') && text.includes('{n}'))
          assert.ok(text.startsWith(item), `${lang} ${key}: "${text}"`);
    }
  });

  it('an item is a "Dienst" (an exercise or a course is no "Einsatz")', () => {
    assert.equal(messages.de['deployments.item'], 'Dienst {n}');
    assert.equal(messages.en['deployments.item'], 'Service {n}');
    for (const lang of ['de', 'en'] as const)
      for (const [key, text] of Object.entries(messages[lang]))
        if (text.includes('{n}')) assert.doesNotMatch(text, /Einsatz \{n\}|call-out \{n\}/i, key);
  });
});

// Stranger walk (320 px, English): the self-employed hours hint said "A started hour counts as a
// full hour", so 18:00 to 21:10 was entered as 4 hours and refused with "lasted 3.17 hours".
// The hint now asks for the exact time and says that the municipality rounds, and only where it
// does (`roundUpStartedHours`); the refusal shows the times it counted from.
describe('feuerwehr-verdienstausfall: the self-employed hours hint and the hours refusal', () => {
  const workHoursHints = (params: FeuerwehrParams, lang: Lang) => {
    const deployments = def.steps
      .find((s) => s.id === 'einsaetze')!
      .fields.find((f) => f.path === 'deployments') as { fields: FieldDef<FeuerwehrParams>[] };
    const ctx = {
      answers: fx.selbststaendig(TODAY),
      params,
      today: TODAY,
      item: {},
      index: 0,
    } as EvalContext<FeuerwehrParams>;
    const tr = createTranslator(lang, [messages, uiMessages]);
    return deployments.fields
      .filter((f) => f.path === 'workHours' && (f.visibleWhen?.(ctx) ?? true))
      .map((f) => tr.t(f.hint ?? 'deployments[].workHours.hint', f.vars?.(ctx) ?? {}));
  };

  for (const lang of ['de', 'en'] as const) {
    const rounds = lang === 'de' ? /angefangene Stunde/i : /started hour/i;
    const exact = lang === 'de' ? /3,25 für 3 Stunden und 15 Minuten/ : /3\.25 for 3 hours 15/;

    it(`${lang}: where started hours are rounded up, the hint asks for the exact time`, () => {
      const hints = workHoursHints(fx.dresdenParams, lang);
      assert.equal(hints.length, 1, hints.join(' | '));
      assert.match(hints[0]!, rounds);
      assert.match(hints[0]!, exact);
    });

    it(`${lang}: where they are not, the hint promises no rounding`, () => {
      const hints = workHoursHints({ ...fx.dresdenParams, roundUpStartedHours: false }, lang);
      assert.equal(hints.length, 1, hints.join(' | '));
      assert.doesNotMatch(hints[0]!, rounds);
      assert.match(hints[0]!, exact);
    });

    it(`${lang}: the refusal of too many hours names the start and end it counted from`, () => {
      const self = fx.selbststaendig(TODAY);
      const first = (self.deployments as Record<string, unknown>[])[0]!;
      const answers = {
        ...self,
        deployments: [{ ...first, startTime: '18:00', endTime: '21:10', workHours: 4 }],
      };
      const issue = validateAll(def, input(answers)).find((i) => i.code === 'more_than_duration');
      assert.ok(issue, 'more_than_duration');
      const text = issueText(createTranslator(lang, [messages, uiMessages]), {
        key: 'deployments[].workHours',
        code: issue.code,
        params: issue.params,
      });
      assert.match(text, lang === 'de' ? /3,17 Stunden/ : /3\.17 hours/);
      assert.match(text, /18:00/);
      assert.match(text, /21:10/);
    });
  }
});
