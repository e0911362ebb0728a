import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { parseConfig } from '../../engine/config.js';
import { issueMessage } from '../../components/wizard/issue-text.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import { joinPath, normalizePath, setPath } from '../../engine/paths.js';
import { pruneAnswers } from '../../engine/prune.js';
import type {
  Answers,
  ChoiceField,
  EvalContext,
  FieldDef,
  Issue,
  Lang,
} from '../../engine/types.js';
import { errorsOnly, optionsOf, validateAll, validateStep } from '../../engine/validate.js';
import { flatten, todayIso, walkStep } from '../../engine/walk.js';
import { addDays, ageOn, daysBetween } from './brauchtumsfeuer.dates.js';
import { brauchtumsfeuer } from './brauchtumsfeuer.definition.js';
import {
  dresdenParams,
  eventDate,
  flurstueckVariante,
  hexenfeuerPrivatperson,
  invalidByStep,
  nextWalpurgis,
  osterfeuerVerein,
  validWarnings,
  yearsBefore,
  type ExpectedIssue,
} from './brauchtumsfeuer.fixtures.js';
import { messages } from './brauchtumsfeuer.messages.js';
import { MATERIALS, type BrauchtumsfeuerParams } from './brauchtumsfeuer.params.js';
import { pileVolume } from './brauchtumsfeuer.rules.js';
import { payloadSchemaOf } from '../../engine/payload-schema.js';

type P = BrauchtumsfeuerParams;

/** The day the tests run, plus days that stress the calendar (leap day, year end). */
const TODAYS = [todayIso(), '2027-12-31', '2028-02-14', '2028-02-28', '2028-04-20', '2029-03-01'];
const TODAY = '2027-03-01';

const input = (answers: Answers, params: P = dresdenParams, today = TODAY) => ({
  answers,
  params,
  today,
});
const all = (answers: Answers, params?: P, today?: string) =>
  validateAll(brauchtumsfeuer, input(answers, params, today));
const step = (id: string) => brauchtumsfeuer.steps.find((s) => s.id === id)!;
const stepIssues = (id: string, answers: Answers, params?: P, today?: string) =>
  validateStep(brauchtumsfeuer, step(id), input(answers, params, today));

const brief = (issues: Issue[]) => issues.map((i) => `${i.path}:${i.code}:${i.severity}`).sort();
const expected = (list: ExpectedIssue[]) =>
  list.map((i) => `${i.path}:${i.code}:${i.severity ?? 'error'}`).sort();
const at = (issues: Issue[], path: string) =>
  issues.filter((i) => i.path === path).map((i) => `${i.code}:${i.severity}`);
const visiblePaths = (answers: Answers, params: P = dresdenParams, today = TODAY) =>
  new Set(
    brauchtumsfeuer.steps.flatMap((s) =>
      flatten(walkStep(s, input(answers, params, today))).map((n) => n.path),
    ),
  );

/** A Leipzig-like town: notification, no optional distances, no Gemarkung list, one supervisor. */
const simpleTown: P = {
  ...dresdenParams,
  procedureType: 'anzeige',
  noticeDays: 7,
  earliestStart: '16:00',
  minDistances: { buildings: 20, combustibles: 10, forest: 30 },
  allowedMaterials: ['unbehandeltesHolz', 'baumStrauchschnittTrocken', 'reisig'],
  twoSupervisorsRequired: false,
  fee: 0,
  gemarkungen: undefined,
};

const FIXTURES = { osterfeuerVerein, hexenfeuerPrivatperson, flurstueckVariante };

describe('brauchtumsfeuer: valid examples', () => {
  for (const [name, make] of Object.entries(FIXTURES)) {
    it(`${name}: no errors, only the expected warnings, and the payload passes the contract (any day)`, () => {
      for (const today of TODAYS) {
        const answers = make(today);
        const issues = all(answers, dresdenParams, today);
        assert.deepEqual(brief(errorsOnly(issues)), [], `${name} on ${today}`);
        assert.deepEqual(brief(issues), expected(validWarnings[name]!), `${name} on ${today}`);
        const data = pruneAnswers(brauchtumsfeuer, input(answers, dresdenParams, today));
        const parsed = payloadSchemaOf(brauchtumsfeuer).safeParse(data);
        assert.equal(
          parsed.success,
          true,
          `${name} on ${today}: ${JSON.stringify(!parsed.success && parsed.error.issues)}`,
        );
      }
    });
  }

  it('the Walpurgis fire is on the next 30 April that keeps the notice period', () => {
    assert.equal(nextWalpurgis('2027-03-01'), '2027-04-30');
    assert.equal(nextWalpurgis('2027-04-16'), '2027-04-30');
    assert.equal(nextWalpurgis('2027-04-17'), '2028-04-30');
    assert.equal(hexenfeuerPrivatperson('2027-05-01').date, '2028-04-30');
  });

  it('the Easter fire also passes in a simpler town once its own answers fit', () => {
    const {
      secondSupervisor: _drop,
      distanceResidential: _drop2,
      ...answers
    } = osterfeuerVerein(TODAY);
    assert.deepEqual(brief(all(answers, simpleTown)), []);
  });
});

describe('brauchtumsfeuer: invalid examples, step by step', () => {
  for (const today of [TODAY, todayIso()]) {
    const cases = invalidByStep(today);
    it(`covers every step (${today})`, () => {
      assert.deepEqual(Object.keys(cases).sort(), brauchtumsfeuer.steps.map((s) => s.id).sort());
    });
    for (const [id, c] of Object.entries(cases)) {
      it(`${id}: exactly the expected issues, all on that step (${today})`, () => {
        assert.equal(c.step, id);
        assert.deepEqual(
          brief(stepIssues(id, c.answers, dresdenParams, today)),
          expected(c.issues),
        );
        const everywhere = all(c.answers, dresdenParams, today);
        assert.deepEqual(brief(everywhere), expected(c.issues), 'the other steps stay valid');
        assert.ok(everywhere.every((i) => i.step === id));
      });
    }
  }
});

describe('brauchtumsfeuer: rules', () => {
  const base = () => osterfeuerVerein(TODAY);

  it('the date keeps the notice period, counted from ctx.today', () => {
    const first = addDays(TODAY, dresdenParams.noticeDays);
    const alt = (a: Answers) => ({ ...a, alternativeDate: undefined });
    assert.deepEqual(at(all(alt({ ...base(), date: first, stackingDate: first })), 'date'), []);
    assert.deepEqual(
      at(
        all(alt({ ...base(), date: addDays(first, -1), stackingDate: addDays(first, -1) })),
        'date',
      ),
      ['tooSoon:error'],
    );
    // Another town, another period: the same date is fine with a 7-day notice.
    assert.deepEqual(
      at(
        all(alt({ ...base(), date: addDays(TODAY, 7), stackingDate: addDays(TODAY, 7) }), {
          ...dresdenParams,
          noticeDays: 7,
        }),
        'date',
      ),
      [],
    );
  });

  it('the alternative date keeps the notice period too and must differ from the date', () => {
    const a = base();
    assert.deepEqual(at(all({ ...a, alternativeDate: a.date }), 'alternativeDate'), [
      'sameAsDate:error',
    ]);
    assert.deepEqual(at(all({ ...a, alternativeDate: TODAY }), 'alternativeDate'), [
      'tooSoon:error',
    ]);
    assert.deepEqual(at(all({ ...a, alternativeDate: undefined }), 'alternativeDate'), []);
  });

  it('the fire starts no earlier than the configured time', () => {
    assert.deepEqual(at(all({ ...base(), startTime: '18:00' }), 'startTime'), []);
    assert.deepEqual(at(all({ ...base(), startTime: '17:59' }), 'startTime'), ['tooEarly:error']);
    assert.deepEqual(
      at(
        all({ ...base(), startTime: '17:59' }, { ...dresdenParams, earliestStart: '16:00' }),
        'startTime',
      ),
      [],
    );
    // The end may pass midnight.
    assert.deepEqual(at(all({ ...base(), endTime: '01:30' }), 'endTime'), []);
  });

  it('the responsible person and the second supervisor are at least 18 on the day of the fire', () => {
    for (const today of TODAYS) {
      const a = osterfeuerVerein(today);
      const date = a.date as string;
      const turns18 = yearsBefore(date, 18);
      assert.equal(ageOn(turns18, date), 18);
      const withBirth = (who: string, birth: string) => setPath(a, `${who}.birthDate`, birth);
      for (const who of ['responsiblePerson', 'secondSupervisor']) {
        assert.deepEqual(
          brief(all(withBirth(who, turns18), dresdenParams, today)),
          [],
          `${who} turns 18 that day (${today})`,
        );
        assert.deepEqual(
          brief(all(withBirth(who, addDays(turns18, 1)), dresdenParams, today)),
          [`${who}.birthDate:underage:error`],
          `${who} turns 18 a day later (${today})`,
        );
      }
    }
  });

  it('until the date is known, the age check waits; the review then sends the citizen back to it', () => {
    const a: Answers = {
      ...base(),
      responsiblePerson: { ...(base().responsiblePerson as object), birthDate: '2015-06-01' },
    };
    const { date: _unknown, ...withoutDate } = a;
    assert.deepEqual(
      at(stepIssues('verantwortlich', withoutDate), 'responsiblePerson.birthDate'),
      [],
    );
    const review = all(a).filter((i) => i.path === 'responsiblePerson.birthDate');
    assert.deepEqual(
      review.map((i) => [i.code, i.step]),
      [['underage', 'verantwortlich']],
    );
  });

  it('the second supervisor is asked (and sent) only where two are required', () => {
    assert.ok(visiblePaths(base()).has('secondSupervisor.familyName'));
    const { secondSupervisor: _gone, ...one } = base();
    assert.deepEqual(at(all(one), 'secondSupervisor.familyName'), ['required:error']);
    const relaxed = { ...dresdenParams, twoSupervisorsRequired: false };
    assert.deepEqual(brief(all(one, relaxed)), []);
    const data = pruneAnswers(brauchtumsfeuer, input(base(), relaxed));
    assert.equal(data.secondSupervisor, undefined);
  });

  it('stacking more than the allowed days ahead asks to confirm re-stacking; stacking after the fire is refused', () => {
    const a = base();
    const date = a.date as string;
    const max = dresdenParams.maxStackingDaysBefore;
    const onTime = { ...a, stackingDate: addDays(date, -max) };
    assert.equal(daysBetween(onTime.stackingDate, date), max);
    assert.ok(!visiblePaths(onTime).has('restackConfirmed'));
    assert.deepEqual(
      brief(all({ ...onTime, restackConfirmed: false })),
      [],
      'a hidden checkbox is not checked',
    );
    assert.equal(
      pruneAnswers(brauchtumsfeuer, input({ ...onTime, restackConfirmed: true })).restackConfirmed,
      undefined,
    );

    const early = { ...a, stackingDate: addDays(date, -(max + 1)) };
    assert.deepEqual(brief(all(early)), ['restackConfirmed:required:error']);
    assert.deepEqual(brief(all({ ...early, restackConfirmed: true })), []);
    assert.equal(
      pruneAnswers(brauchtumsfeuer, input({ ...early, restackConfirmed: true })).restackConfirmed,
      true,
    );

    assert.deepEqual(brief(all({ ...a, stackingDate: date })), []);
    assert.deepEqual(brief(all({ ...a, stackingDate: addDays(date, 1) })), [
      'stackingDate:afterDate:error',
    ]);
  });

  it('every minimum distance is checked against the town, at the boundary', () => {
    const d = dresdenParams.minDistances;
    const cases: [string, number][] = [
      ['distanceBuildings', d.buildings],
      ['distanceResidential', d.residential!],
      ['distanceCombustibles', d.combustibles],
    ];
    for (const [path, min] of cases) {
      assert.deepEqual(at(all({ ...base(), [path]: min }), path), [], `${path} = ${min}`);
      assert.deepEqual(
        at(all({ ...base(), [path]: min - 0.5 }), path),
        ['tooClose:error'],
        `${path} < ${min}`,
      );
      assert.deepEqual(
        at(all({ ...base(), [path]: -1 }), path),
        ['too_small:error'],
        `${path} negative`,
      );
    }
  });

  it('optional distances are asked only where the town sets them', () => {
    const { distanceResidential: _r, ...a } = base();
    assert.ok(!visiblePaths(a, simpleTown).has('distanceResidential'));
    assert.ok(!visiblePaths(a, simpleTown).has('distanceRoads'));
    assert.equal(
      pruneAnswers(brauchtumsfeuer, input({ ...a, distanceResidential: 5 }, simpleTown))
        .distanceResidential,
      undefined,
    );
    const roads = { ...simpleTown, minDistances: { ...simpleTown.minDistances, roads: 50 } };
    assert.ok(visiblePaths(a, roads).has('distanceRoads'));
    assert.deepEqual(at(all(a, roads), 'distanceRoads'), ['required:error']);
    assert.deepEqual(at(all({ ...a, distanceRoads: 49 }, roads), 'distanceRoads'), [
      'tooClose:error',
    ]);
    assert.deepEqual(at(all({ ...a, distanceRoads: 50 }, roads), 'distanceRoads'), []);
  });

  it('closer than 100 m to the forest warns (§ 15 SächsWaldG) without blocking; below the town minimum it is an error', () => {
    const near = all({ ...base(), distanceForest: 99 });
    assert.deepEqual(brief(near), ['distanceForest:forestApproval:warning']);
    assert.deepEqual(errorsOnly(near), []);
    assert.deepEqual(brief(all({ ...base(), distanceForest: 100 })), []);
    assert.deepEqual(
      brief(all({ ...base(), distanceForest: 49 })),
      ['distanceForest:tooClose:error'],
      'the error alone',
    );
    assert.deepEqual(brief(all({ ...base(), distanceForest: 50 })), [
      'distanceForest:forestApproval:warning',
    ]);
  });

  it('a pile above the configured maxima warns without blocking', () => {
    const big = all({ ...base(), pileHeightM: 3.5, pileDiameterM: 5.5 });
    assert.deepEqual(brief(big), [
      'pileDiameterM:aboveMax:warning',
      'pileHeightM:aboveMax:warning',
    ]);
    assert.deepEqual(errorsOnly(big), []);
    assert.deepEqual(
      brief(all({ ...base(), pileHeightM: 3, pileDiameterM: 5 })),
      [],
      'the maxima themselves are fine',
    );
    assert.deepEqual(
      brief(all({ ...base(), pileHeightM: 3.5 }, { ...dresdenParams, maxPileHeight: 4 })),
      [],
    );
  });

  it('pile sizes must be positive numbers', () => {
    assert.deepEqual(at(all({ ...base(), pileHeightM: 0 }), 'pileHeightM'), ['too_small:error']);
    assert.deepEqual(at(all({ ...base(), pileDiameterM: -2 }), 'pileDiameterM'), [
      'too_small:error',
    ]);
    assert.deepEqual(at(all({ ...base(), pileHeightM: '2,5' }), 'pileHeightM'), [
      'invalid_type:error',
    ]);
  });

  it('only materials the town allows, at least one; the confirmations are required', () => {
    assert.deepEqual(at(all({ ...base(), materials: ['reisig'] }), 'materials'), [
      'invalid_value:error',
    ]);
    assert.deepEqual(at(all({ ...base(), materials: ['reisig'] }, simpleTown), 'materials'), []);
    assert.deepEqual(at(all({ ...base(), materials: ['altreifen'] }, simpleTown), 'materials'), [
      'invalid_value:error',
    ]);
    assert.deepEqual(at(all({ ...base(), materials: [] }), 'materials'), ['required:error']);
    assert.deepEqual(
      at(all({ ...base(), noAccelerantsConfirmed: false }), 'noAccelerantsConfirmed'),
      ['required:error'],
    );
    assert.deepEqual(
      at(all({ ...base(), extinguishingMeans: ['wasserwerfer'] }), 'extinguishingMeans'),
      ['invalid_value:error'],
    );
  });

  it('a fire not open to the public is refused, unless the town allows private fires', () => {
    const priv = { ...base(), publicEvent: 'nein' };
    assert.deepEqual(brief(all(priv)), ['publicEvent:notPublic:error']);
    assert.ok(visiblePaths(priv).has('notPublicInfo'));
    const allowing = { ...dresdenParams, allowPrivate: true };
    assert.deepEqual(brief(all(priv, allowing)), []);
    assert.ok(!visiblePaths(priv, allowing).has('notPublicInfo'));
    assert.ok(
      !visiblePaths(priv, allowing).has('expectedVisitors'),
      'visitors are asked only for public fires',
    );
  });

  it('a private organiser gives a name instead of an organisation', () => {
    const a = hexenfeuerPrivatperson(TODAY);
    const seen = visiblePaths(a);
    assert.ok(seen.has('organizer.givenNames') && seen.has('organizer.familyName'));
    assert.ok(!seen.has('organizer.name') && !seen.has('organizer.registerNumber'));
    const org = setPath(a, 'organizer.type', 'unternehmen');
    assert.deepEqual(brief(all(org)), ['organizer.name:required:error']);
    assert.equal(
      (
        pruneAnswers(brauchtumsfeuer, input(setPath(org, 'organizer.name', 'Holz GmbH')))
          .organizer as Answers
      ).givenNames,
      undefined,
    );
  });

  it('the Gemarkung is a choice from the town list, or free text without a list', () => {
    const a = flurstueckVariante(TODAY);
    assert.deepEqual(at(all(setPath(a, 'site.gemarkung', 'Neuland')), 'site.gemarkung'), [
      'invalid_value:error',
    ]);
    assert.deepEqual(
      at(all(setPath(a, 'site.gemarkung', 'Neuland'), simpleTown), 'site.gemarkung'),
      [],
    );
    const gem = brauchtumsfeuer.steps
      .flatMap((s) => flatten(walkStep(s, input(a, simpleTown))))
      .find((n) => n.path === 'site.gemarkung');
    assert.equal(gem?.field.type, 'text');
    const gemList = brauchtumsfeuer.steps
      .flatMap((s) => flatten(walkStep(s, input(a))))
      .find((n) => n.path === 'site.gemarkung');
    assert.equal(gemList?.field.type, 'select');
  });

  it('the Flurstück is a number with an optional denominator', () => {
    const a = flurstueckVariante(TODAY);
    for (const ok of ['1', '123/4', ' 77/12 '])
      assert.deepEqual(at(all(setPath(a, 'site.flurstueck', ok)), 'site.flurstueck'), [], ok);
    for (const bad of ['12a', '/4', '1/2/3', '1 / 2', 'Flur 3'])
      assert.deepEqual(
        at(all(setPath(a, 'site.flurstueck', bad)), 'site.flurstueck'),
        ['invalid_format:error'],
        bad,
      );
  });

  it('only the chosen way of giving the place is validated and sent', () => {
    const byParcel = flurstueckVariante(TODAY);
    const withOldAddress = setPath(byParcel, 'site.address', { street: '' });
    assert.deepEqual(brief(errorsOnly(all(withOldAddress))), []);
    const site = pruneAnswers(brauchtumsfeuer, input(withOldAddress)).site as Answers;
    assert.deepEqual(Object.keys(site).sort(), [
      'description',
      'flurstueck',
      'gemarkung',
      'organizerIsOwner',
    ]);
    const byAddress = pruneAnswers(
      brauchtumsfeuer,
      input({
        ...osterfeuerVerein(TODAY),
        site: { ...(osterfeuerVerein(TODAY).site as object), gemarkung: 'Loschwitz' },
      }),
    );
    assert.equal((byAddress.site as Answers).gemarkung, undefined);
  });

  it('hidden answers never reach the payload; the contract refuses unknown keys and values', () => {
    const a = { ...osterfeuerVerein(TODAY), occasionText: 'left over', registerNumberTypo: 'x' };
    const data = pruneAnswers(brauchtumsfeuer, input(a));
    assert.equal(data.occasionText, undefined);
    assert.equal(data.registerNumberTypo, undefined);
    const schema = payloadSchemaOf(brauchtumsfeuer);
    assert.equal(schema.safeParse(data).success, true);
    assert.equal(schema.safeParse({ ...data, extra: 1 }).success, false);
    assert.equal(schema.safeParse({ ...data, occasion: 'silvesterfeuer' }).success, false);
    assert.equal(schema.safeParse({ ...data, materials: ['altreifen'] }).success, false);
    const { date: _d, ...noDate } = data;
    assert.equal(schema.safeParse(noDate).success, false, 'the date is always required');
  });
});

describe('brauchtumsfeuer: computed values and summary', () => {
  it('pile volume is a cone, rounded to two decimals', () => {
    assert.equal(pileVolume(2.5, 4), 10.47);
    assert.equal(pileVolume(3, 2), 3.14);
    assert.equal(pileVolume(1, 1), 0.26);
  });

  it('computed carries the volume (when both sizes are valid) and the fee', () => {
    const ctx = (answers: Answers, params: P = dresdenParams): EvalContext<P> => ({
      answers,
      params,
      today: TODAY,
    });
    assert.deepEqual(brauchtumsfeuer.computed!(ctx(osterfeuerVerein(TODAY))), {
      fee: 30,
      pileVolumeM3: 10.47,
    });
    assert.deepEqual(brauchtumsfeuer.computed!(ctx({ pileHeightM: 2 })), { fee: 30 });
    assert.deepEqual(brauchtumsfeuer.computed!(ctx({ pileHeightM: 0, pileDiameterM: 3 })), {
      fee: 30,
    });
    assert.deepEqual(brauchtumsfeuer.computed!(ctx({}, simpleTown)), { fee: 0 });
  });

  it('summary lines format the volume and the fee for the reader', () => {
    const ctx = { answers: osterfeuerVerein(TODAY), params: dresdenParams, today: TODAY };
    const computed = brauchtumsfeuer.computed!(ctx);
    const de = createTranslator('de', [messages, uiMessages]);
    const en = createTranslator('en', [messages, uiMessages]);
    const text = (lang: Lang) =>
      brauchtumsfeuer.summary!({ ctx, computed, lang }).map((l) =>
        (lang === 'de' ? de : en).t(l.key, l.vars),
      );
    assert.deepEqual(text('de').slice(0, 1), ['Menge des Brennguts: etwa 10,47 m³']);
    assert.match(text('de')[2]!, /^Gebühr: 30,00\s€$/);
    assert.deepEqual(text('en').slice(0, 1), ['Amount of wood: about 10.47 m³']);
    assert.equal(text('en')[2], 'Fee: €30.00');
    const free = brauchtumsfeuer.summary!({
      ctx: { ...ctx, params: simpleTown },
      computed: { fee: 0 },
      lang: 'de',
    });
    assert.deepEqual(
      free.map((l) => l.key),
      ['summary.feeNone'],
    );
  });
});

describe('brauchtumsfeuer: texts', () => {
  const langs: Lang[] = ['de', 'en'];
  const own = (lang: Lang, key: string) => messages[lang][key];
  const shared = (lang: Lang, key: string) => uiMessages[lang][key];
  /** The element's lookup: the assistant's key, then the shared block key `fields.<leaf>.*`. */
  const resolve = (lang: Lang, keys: string[]) => {
    for (const k of keys) {
      const v = own(lang, k) ?? shared(lang, k);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const nonEmpty = (v: string | undefined, what: string) =>
    assert.ok(v && v.trim().length > 0, `missing text: ${what}`);

  /** Every field of the definition with its normalised key (visibility ignored). */
  const everyField = (): { field: FieldDef<P>; key: string }[] => {
    const out: { field: FieldDef<P>; key: string }[] = [];
    const rec = (fields: FieldDef<P>[], prefix: string) => {
      for (const field of fields) {
        const key = normalizePath(joinPath(prefix, field.path));
        out.push({ field, key });
        if (field.type === 'group') rec(field.fields, key);
      }
    };
    for (const s of brauchtumsfeuer.steps) rec(s.fields, '');
    return out;
  };
  const ctxs: EvalContext<P>[] = [dresdenParams, simpleTown].map((params) => ({
    answers: {},
    params,
    today: TODAY,
  }));
  const fill = (text: string, vars: Record<string, unknown>) =>
    text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

  it('German and English have the same keys, none empty', () => {
    assert.deepEqual(Object.keys(messages.de).sort(), Object.keys(messages.en).sort());
    for (const lang of langs)
      for (const [k, v] of Object.entries(messages[lang])) nonEmpty(v, `${lang} ${k}`);
  });

  it('every step has a question heading in both languages', () => {
    for (const lang of langs) {
      nonEmpty(own(lang, 'title'), `${lang} title`);
      for (const s of brauchtumsfeuer.steps)
        nonEmpty(own(lang, `steps.${s.id}.title`), `${lang} steps.${s.id}.title`);
    }
  });

  it('every field has a label (info: a text) and every option a label, in both languages', () => {
    for (const lang of langs) {
      for (const { field, key } of everyField()) {
        if (field.type === 'info') {
          nonEmpty(resolve(lang, [field.text ?? `${key}.text`]), `${lang} ${key}.text`);
          continue;
        }
        nonEmpty(
          resolve(lang, [field.label ?? '', `${key}.label`, `fields.${field.path}.label`]),
          `${lang} ${key}.label`,
        );
        if (field.hint) nonEmpty(resolve(lang, [field.hint]), `${lang} ${field.hint}`);
        if (field.type === 'select' || field.type === 'radio' || field.type === 'checkboxes')
          for (const c of ctxs)
            for (const o of optionsOf(field as ChoiceField<P>, c)) {
              if (o.text) nonEmpty(o.text[lang], `${lang} ${key} literal option ${o.value}`);
              else
                nonEmpty(
                  resolve(lang, [`${key}.options.${o.value}`]),
                  `${lang} ${key}.options.${o.value}`,
                );
            }
      }
      for (const m of MATERIALS)
        nonEmpty(own(lang, `materials.options.${m}`), `${lang} materials.options.${m}`);
    }
  });

  it('every placeholder in a label, hint or text is filled by the field', () => {
    for (const lang of langs)
      for (const { field, key } of everyField())
        for (const suffix of ['label', 'hint', 'text']) {
          const text =
            own(lang, `${key}.${suffix}`) ??
            (field.hint && suffix === 'hint' ? own(lang, field.hint) : undefined);
          if (!text) continue;
          for (const c of ctxs) {
            const filled = fill(text, field.vars?.(c) ?? {});
            assert.ok(!/\{\w+\}/.test(filled), `${lang} ${key}.${suffix}: ${filled}`);
          }
        }
  });

  it('every required field and every rule has a specific error text in both languages', () => {
    const codes: [string, string][] = [];
    for (const { field, key } of everyField())
      if (field.required && field.type !== 'group') codes.push([key, 'required']);
    for (const r of brauchtumsfeuer.rules ?? []) codes.push([r.path, r.code]);
    for (const c of Object.values(invalidByStep(TODAY)))
      for (const i of c.issues) codes.push([normalizePath(i.path), i.code]);
    for (const lang of langs)
      for (const [key, code] of codes) {
        const leaf = key.slice(key.lastIndexOf('.') + 1);
        nonEmpty(
          resolve(lang, [`${key}.${code}`, `fields.${leaf}.${code}`]),
          `${lang} ${key}.${code}`,
        );
      }
  });
});

describe('brauchtumsfeuer: rule errors name the concrete value', () => {
  const base = () => osterfeuerVerein(TODAY);
  const tr = (lang: Lang) => createTranslator(lang, [messages, uiMessages]);
  /** The browser's text of the issue at `path` (the hub's `detail` is checked to agree below). */
  const text = (lang: Lang, issues: Issue[], path: string) => {
    const issue = issues.find((i) => i.path === path);
    assert.ok(issue, `no issue at ${path}`);
    return issueMessage(tr(lang), issue, brauchtumsfeuer);
  };

  it('the notice period names the first allowed day, formatted for the reader', () => {
    // 2027-03-01 + 14 days (Dresden) = 2027-03-15.
    const issues = all({
      ...base(),
      date: '2027-03-10',
      stackingDate: '2027-03-09',
      alternativeDate: '2027-03-14',
    });
    assert.equal(
      text('de', issues, 'date'),
      'Sie müssen das Feuer mindestens 14 Tage vorher anmelden. Wählen Sie ein Datum ab dem 15.03.2027.',
    );
    assert.equal(
      text('en', issues, 'date'),
      'You must register the fire at least 14 days in advance. Choose a date on or after 15 March 2027.',
    );
    assert.match(
      text('de', issues, 'alternativeDate'),
      /Frist von 14 Tagen\. Wählen Sie ein Datum ab dem 15\.03\.2027 /,
    );
    const leipzig = all(
      { ...base(), date: '2027-03-05', stackingDate: '2027-03-04', alternativeDate: undefined },
      simpleTown,
    );
    assert.match(text('de', leipzig, 'date'), /mindestens 7 Tage vorher .* ab dem 08\.03\.2027\.$/);
  });

  it('distances, pile sizes, start time and age name the configured limit', () => {
    const issues = all(
      {
        ...base(),
        distanceBuildings: 10,
        distanceForest: 49,
        startTime: '17:00',
        pileHeightM: 3,
        responsiblePerson: { ...(base().responsiblePerson as object), birthDate: '2009-04-15' },
      },
      { ...dresdenParams, maxPileHeight: 2.5 },
    );
    assert.match(text('de', issues, 'distanceBuildings'), /mindestens 50 Meter von jedem Gebäude/);
    assert.match(text('en', issues, 'distanceForest'), /at least 50 metres from the forest/);
    assert.match(text('de', issues, 'startTime'), /frühestens um 18:00 Uhr/);
    assert.match(text('de', issues, 'pileHeightM'), /höchstens 2,5 Metern Höhe/);
    assert.match(text('en', issues, 'pileHeightM'), /at most 2\.5 metres in height/);
    // The fire is on 2027-04-14: whoever is 18 that day was born on 2009-04-14 or earlier.
    assert.equal(
      text('de', issues, 'responsiblePerson.birthDate'),
      'Die verantwortliche Person muss am Tag des Feuers (14.04.2027) mindestens 18 Jahre alt sein. Geben Sie eine Person an, die am 14.04.2009 oder früher geboren ist.',
    );
    assert.match(
      text('en', issues, 'responsiblePerson.birthDate'),
      /born on or before 14 April 2009\.$/,
    );
  });

  it('every rule message is complete in both languages, and the hub says the same', () => {
    const a = base();
    const date = a.date as string;
    const roads: P = {
      ...dresdenParams,
      minDistances: { ...dresdenParams.minDistances, roads: 50 },
    };
    const young = (who: string) =>
      setPath(a, `${who}.birthDate`, addDays(yearsBefore(date, 18), 1));
    const issues = [
      all({ ...a, publicEvent: 'nein' }),
      all(young('responsiblePerson')),
      all(young('secondSupervisor')),
      all({ ...a, date: '2027-03-10', stackingDate: '2027-03-09', alternativeDate: '2027-03-11' }),
      all({ ...a, alternativeDate: date }),
      all({ ...a, startTime: '17:00' }),
      all({ ...a, stackingDate: addDays(date, 1) }),
      all({ ...a, pileHeightM: 3.5, pileDiameterM: 5.5 }),
      all({
        ...a,
        distanceBuildings: 1,
        distanceResidential: 1,
        distanceCombustibles: 1,
        distanceForest: 1,
      }),
      all({ ...a, distanceForest: 60 }),
      all({ ...a, distanceRoads: 10 }, roads),
    ].flat();
    const covered = new Set(issues.map((i) => `${i.key}.${i.code}`));
    for (const r of brauchtumsfeuer.rules ?? [])
      assert.ok(covered.has(`${r.path}.${r.code}`), `${r.path}.${r.code}`);
    for (const lang of ['de', 'en'] as const)
      for (const issue of issues) {
        const t = issueMessage(tr(lang), issue, brauchtumsfeuer);
        assert.doesNotMatch(
          t,
          /\{\w+\}|\d{4}-\d{2}-\d{2}/,
          `${lang} ${issue.key}.${issue.code}: ${t}`,
        );
        assert.equal(issueText(createTranslator(lang, [messages]), issue), t, 'hub detail');
      }
  });
});

describe('brauchtumsfeuer: example configurations', () => {
  const load = (name: string): unknown =>
    JSON.parse(
      readFileSync(new URL(`../../../examples/config/${name}.json`, import.meta.url), 'utf8'),
    );

  for (const name of ['dresden', 'leipzig', 'chemnitz']) {
    it(`${name}.json: the brauchtumsfeuer section passes parseConfig`, () => {
      const r = parseConfig(load(name), brauchtumsfeuer);
      assert.equal(r.ok, true, JSON.stringify(!r.ok && r.problems));
    });
  }

  it('dresden.json carries exactly the fixture parameters', () => {
    const r = parseConfig(load('dresden'), brauchtumsfeuer);
    assert.ok(r.ok);
    assert.deepEqual(r.params, dresdenParams);
  });

  it('the Easter fire measured against Leipzig and Chemnitz: only their own rules differ', () => {
    const against = (name: string) => {
      const r = parseConfig(load(name), brauchtumsfeuer);
      assert.ok(r.ok);
      return brief(all(osterfeuerVerein(TODAY), r.params));
    };
    // Leipzig: a smaller pile allowed (warnings only), one supervisor, no residential distance.
    assert.deepEqual(against('leipzig'), [
      'pileDiameterM:aboveMax:warning',
      'pileHeightM:aboveMax:warning',
    ]);
    // Chemnitz: 100 m to buildings and a distance to roads.
    assert.deepEqual(against('chemnitz'), [
      'distanceBuildings:tooClose:error',
      'distanceRoads:required:error',
    ]);
  });

  it('a bad section is refused with the path of the bad key', () => {
    const raw = load('dresden') as Answers;
    const bad = (path: string, value: unknown) => {
      const r = parseConfig(
        setPath(raw, `assistants.brauchtumsfeuer.${path}`, value),
        brauchtumsfeuer,
      );
      assert.equal(r.ok, false, path);
      return r.ok ? [] : r.problems.map((p) => p.path);
    };
    assert.deepEqual(bad('earliestStart', '25:00'), ['assistants.brauchtumsfeuer.earliestStart']);
    assert.deepEqual(bad('procedureType', 'erlaubnis'), [
      'assistants.brauchtumsfeuer.procedureType',
    ]);
    assert.deepEqual(bad('minDistances.forest', undefined), [
      'assistants.brauchtumsfeuer.minDistances.forest',
    ]);
    assert.deepEqual(bad('allowedMaterials', []), ['assistants.brauchtumsfeuer.allowedMaterials']);
    assert.deepEqual(bad('allowedMaterials', ['altreifen']), [
      'assistants.brauchtumsfeuer.allowedMaterials.0',
    ]);
    assert.deepEqual(bad('forestFireBanLevel', 6), [
      'assistants.brauchtumsfeuer.forestFireBanLevel',
    ]);
    assert.deepEqual(
      bad('noticeDay', 14),
      ['assistants.brauchtumsfeuer'],
      'a typo is an unknown key',
    );
    assert.deepEqual(bad('ordinanceUrl', 'javascript:alert(1)'), [
      'assistants.brauchtumsfeuer.ordinanceUrl',
    ]);
  });
});

describe('brauchtumsfeuer: dates', () => {
  it('adds days across month, year and leap day', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2027-02-28', 1), '2027-03-01');
    assert.equal(addDays('2027-12-31', 1), '2028-01-01');
    assert.equal(addDays('2027-03-28', -30), '2027-02-26');
    assert.equal(daysBetween('2027-03-26', '2027-04-02'), 7, 'across the switch to summer time');
    assert.throws(() => addDays('2027-02-30', 1), RangeError);
  });

  it('counts completed years, the birthday included', () => {
    assert.equal(ageOn('2009-04-30', '2027-04-30'), 18);
    assert.equal(ageOn('2009-05-01', '2027-04-30'), 17);
    assert.equal(ageOn('2008-02-29', '2026-02-28'), 17);
    assert.equal(ageOn('2008-02-29', '2026-03-01'), 18);
    assert.equal(yearsBefore('2028-02-29', 18), '2010-02-28');
    assert.equal(eventDate('2027-03-01'), '2027-04-14');
  });
});
