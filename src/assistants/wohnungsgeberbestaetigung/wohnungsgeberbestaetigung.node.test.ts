import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { issueMessage } from '../../components/wizard/issue-text.js';
import { parseConfig } from '../../engine/config.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import { joinPath, normalizePath, setPath } from '../../engine/paths.js';
import { pruneAnswers } from '../../engine/prune.js';
import type { Answers, ChoiceField, FieldDef, Issue, Lang } from '../../engine/types.js';
import { errorsOnly, optionsOf, validateAll, validateStep } from '../../engine/validate.js';
import { flatten, todayIso, walkStep } from '../../engine/walk.js';
import { wohnungsgeberbestaetigung as def } from './wohnungsgeberbestaetigung.definition.js';
import {
  auszugAusland,
  dresdenParams,
  einzugSelbst,
  einzugUntermiete,
  einzugVermieter,
  invalidByStep,
  validWarnings,
  type ExpectedIssue,
} from './wohnungsgeberbestaetigung.fixtures.js';
import { messages } from './wohnungsgeberbestaetigung.messages.js';
import type { WohnungsgeberbestaetigungParams } from './wohnungsgeberbestaetigung.params.js';
import { addDays, isIsoDate, knownStreet, streetKey } from './wohnungsgeberbestaetigung.rules.js';
import { payloadSchemaOf } from '../../engine/payload-schema.js';

type P = WohnungsgeberbestaetigungParams;

/** The day the tests run, plus days that stress the calendar (leap day, year end). */
const TODAYS = [todayIso(), '2027-01-05', '2028-02-29', '2028-03-10', '2027-12-31'];
const TODAY = '2027-03-01';
/** Leipzig-like: no street directory, no postal code list. */
const noLists: P = { maxFutureDays: 14 };

const input = (answers: Answers, params: P = dresdenParams, today = TODAY) => ({
  answers,
  params,
  today,
});
const all = (answers: Answers, params?: P, today?: string) =>
  validateAll(def, input(answers, params, today));
const stepIssues = (id: string, answers: Answers, params?: P, today?: string) =>
  validateStep(
    def,
    def.steps.find((s) => s.id === id)!,
    input(answers, params, today),
  );
const brief = (issues: Issue[]) => issues.map((i) => `${i.path}:${i.code}:${i.severity}`).sort();
const expected = (list: ExpectedIssue[]) =>
  list.map((i) => `${i.path}:${i.code}:${i.severity ?? 'error'}`).sort();
const at = (issues: Issue[], path: string) =>
  issues.filter((i) => i.path === path).map((i) => `${i.code}:${i.severity}`);
const visible = (answers: Answers, params: P = dresdenParams) =>
  new Set(
    def.steps.flatMap((s) => flatten(walkStep(s, input(answers, params))).map((n) => n.path)),
  );
const sent = (answers: Answers, params: P = dresdenParams) =>
  pruneAnswers(def, input(answers, params));

const FIXTURES = { einzugVermieter, auszugAusland, einzugSelbst, einzugUntermiete };

describe('wohnungsgeberbestaetigung: valid examples', () => {
  for (const [name, make] of Object.entries(FIXTURES)) {
    it(`${name}: no errors, only the expected warnings, and the payload passes the contract (any day)`, () => {
      for (const today of TODAYS) {
        const answers = make(today);
        const issues = all(answers, dresdenParams, today);
        assert.deepEqual(brief(issues), expected(validWarnings[name]!), `${name} on ${today}`);
        const parsed = payloadSchemaOf(def).safeParse(sent(answers));
        assert.equal(parsed.success, true, JSON.stringify(!parsed.success && parsed.error.issues));
      }
    });
  }
});

describe('wohnungsgeberbestaetigung: invalid examples, step by step', () => {
  for (const today of [TODAY, todayIso()])
    for (const [id, c] of Object.entries(invalidByStep(today)))
      it(`${id} (${today}): exactly the expected issues, and only on that step`, () => {
        assert.deepEqual(
          brief(stepIssues(id, c.answers, dresdenParams, today)),
          expected(c.issues),
        );
        for (const other of def.steps.filter((s) => s.id !== id))
          assert.deepEqual(
            brief(errorsOnly(stepIssues(other.id, c.answers, dresdenParams, today))),
            [],
            other.id,
          );
      });
});

describe('wohnungsgeberbestaetigung: rules', () => {
  const base = () => einzugVermieter(TODAY);

  it('two-week rule (§ 17 Abs. 1 BMG): 14 days ago is fine, 15 days ago warns and never blocks', () => {
    assert.deepEqual(at(all({ ...base(), moveDate: addDays(TODAY, -14) }), 'moveDate'), []);
    const late = all({ ...base(), moveDate: addDays(TODAY, -15) });
    assert.deepEqual(at(late, 'moveDate'), ['late:warning']);
    assert.deepEqual(brief(errorsOnly(late)), []);
    assert.deepEqual(late.find((i) => i.code === 'late')!.params, { days: 14 });
    const years = all({ ...base(), moveDate: '2020-01-01' });
    assert.deepEqual(brief(errorsOnly(years)), [], 'even years late it can be sent');
  });

  it('a move may lie at most maxFutureDays ahead (today and the last day count)', () => {
    assert.deepEqual(at(all({ ...base(), moveDate: TODAY }), 'moveDate'), []);
    assert.deepEqual(at(all({ ...base(), moveDate: addDays(TODAY, 30) }), 'moveDate'), []);
    const ahead = all({ ...base(), moveDate: addDays(TODAY, 31) });
    assert.deepEqual(at(ahead, 'moveDate'), ['tooFarAhead:error']);
    assert.deepEqual(ahead.find((i) => i.code === 'tooFarAhead')!.params, {
      maxFutureDays: 30,
      latestDate: '2027-03-31',
    });
    assert.deepEqual(at(all({ ...base(), moveDate: addDays(TODAY, 15) }, noLists), 'moveDate'), [
      'tooFarAhead:error',
    ]);
  });

  it('Auszug: only abroad or for a secondary residence; any other case stops with an error', () => {
    const auszug = auszugAusland(TODAY);
    for (const ok of ['ausland', 'nebenwohnung'])
      assert.deepEqual(at(all({ ...auszug, auszugCase: ok }), 'auszugCase'), [], ok);
    const other = { ...auszug, auszugCase: 'andere' };
    assert.deepEqual(at(all(other), 'auszugCase'), ['notNeeded:error']);
    assert.deepEqual(at(stepIssues('art', other), 'auszugCase'), ['notNeeded:error']);
    assert.ok(visible(other).has('auszugInfo'), 'the plain info shows for a move-out');
    assert.deepEqual(at(all({ ...auszug, auszugCase: undefined }), 'auszugCase'), [
      'required:error',
    ]);
  });

  it('Einzug: the move-out question is neither asked nor checked nor sent', () => {
    const answers = { ...base(), auszugCase: 'andere' };
    assert.deepEqual(brief(all(answers)), []);
    assert.equal(visible(answers).has('auszugCase'), false);
    assert.equal(visible(answers).has('auszugInfo'), false);
    assert.equal('auszugCase' in sent(answers), false);
  });

  it('street directory: the street must be listed (case and spaces do not count, abbreviations do)', () => {
    const street = (s: string, params: P = dresdenParams) =>
      at(
        all({ ...base(), flat: { ...(base().flat as object), street: s } }, params),
        'flat.street',
      );
    assert.deepEqual(street('Louisenstraße'), []);
    assert.deepEqual(street('  louisenstraße '), []);
    assert.deepEqual(street('Königsbrücker   Straße'), []);
    assert.deepEqual(street('Louisenstr.'), ['unknownStreet:error']);
    assert.deepEqual(street('Atlantisweg'), ['unknownStreet:error']);
    // Without a directory the street is free text.
    assert.deepEqual(street('Atlantisweg', noLists), []);
    assert.equal(knownStreet(noLists, 'irgendwas'), true);
    assert.equal(streetKey(' Prager  STRASSE'), 'prager strasse');
  });

  it('postal codes: with a list the flat must be in the municipality; without one any 5 digits', () => {
    const plz = (v: string, params: P = dresdenParams) =>
      at(
        all({ ...base(), flat: { ...(base().flat as object), postalCode: v } }, params),
        'flat.postalCode',
      );
    assert.deepEqual(plz('01069'), []);
    assert.deepEqual(plz('04109'), ['notInMunicipality:error']);
    assert.deepEqual(plz('04109', noLists), []);
    assert.deepEqual(plz('4109', noLists), ['invalid_format:error']);
  });

  it('persons: at least one, names required, birth date optional but not in the future', () => {
    assert.deepEqual(at(all({ ...base(), persons: [] }), 'persons'), ['required:error']);
    const noBirth = { ...base(), persons: [{ givenNames: 'A', familyName: 'B' }] };
    assert.deepEqual(brief(all(noBirth)), []);
    const future = {
      ...base(),
      persons: [{ givenNames: 'A', familyName: 'B', birthDate: addDays(TODAY, 1) }],
    };
    assert.deepEqual(at(all(future), 'persons.0.birthDate'), ['inFuture:error']);
    const born = { ...base(), persons: [{ givenNames: 'A', familyName: 'B', birthDate: TODAY }] };
    assert.deepEqual(brief(all(born)), []);
  });

  it('the owner is asked when the Wohnungsgeber is not the owner, the agent only for a Hausverwaltung', () => {
    assert.equal(visible(base()).has('owner'), false);
    assert.equal(visible(base()).has('agent'), false);
    assert.equal(visible(base()).has('landlordIsOwner'), false);
    const sub = einzugUntermiete(TODAY);
    assert.ok(visible(sub).has('owner.name'));
    assert.deepEqual(at(all({ ...sub, owner: {} }), 'owner.name'), ['required:error']);
    assert.deepEqual(brief(all({ ...sub, owner: { name: 'X' } })), [], 'owner address optional');
    const hv = auszugAusland(TODAY);
    assert.ok(visible(hv).has('agent.name'));
    assert.ok(visible(hv).has('owner.name'));
    assert.equal(visible({ ...hv, landlordIsOwner: 'ja' }).has('owner'), false);
    assert.equal('owner' in sent({ ...hv, landlordIsOwner: 'ja' }), false);
    assert.deepEqual(at(all({ ...hv, agent: undefined }), 'agent.name'), ['required:error']);
  });

  it('a person or an organisation as Wohnungsgeber; only the chosen names are sent', () => {
    const org = auszugAusland(TODAY);
    assert.ok(visible(org).has('landlord.organisationName'));
    assert.equal(visible(org).has('landlord.familyName'), false);
    const mixed = {
      ...org,
      landlord: { ...(org.landlord as object), givenNames: 'X', familyName: 'Y' },
    };
    assert.equal('familyName' in (sent(mixed).landlord as object), false);
  });

  it('an owner moving in herself declares it', () => {
    const self = einzugSelbst(TODAY);
    assert.deepEqual(at(all({ ...self, selfDeclarationOwner: false }), 'selfDeclarationOwner'), [
      'required:error',
    ]);
    assert.equal(visible(base()).has('selfDeclarationOwner'), false);
  });

  it('the § 19 Abs. 6 declaration is required; the fines note shows on the last step', () => {
    assert.deepEqual(at(all({ ...base(), declarationBmg: undefined }), 'declarationBmg'), [
      'required:error',
    ]);
    assert.ok(visible(base()).has('bmgInfo'));
    assert.match(messages.de['bmgInfo.text']!, /§ 19 Abs\. 6.*50\.000 Euro.*1\.000 Euro.*§ 54/s);
  });

  it('the contract refuses unknown keys and values', () => {
    const data = sent(base());
    assert.equal(payloadSchemaOf(def).safeParse({ ...data, extra: 1 }).success, false);
    assert.equal(
      payloadSchemaOf(def).safeParse({ ...data, confirmationType: 'umzug' }).success,
      false,
    );
  });

  it('dates: calendar checks and day arithmetic in UTC', () => {
    assert.equal(isIsoDate('2028-02-29'), true);
    assert.equal(isIsoDate('2027-02-29'), false);
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2027-01-05', -14), '2026-12-22');
  });
});

describe('wohnungsgeberbestaetigung: texts', () => {
  const langs: Lang[] = ['de', 'en'];
  const resolve = (lang: Lang, keys: string[]) => {
    for (const k of keys) {
      const v = messages[lang][k] ?? uiMessages[lang][k];
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const nonEmpty = (v: string | undefined, what: string) =>
    assert.ok(v && v.trim().length > 0, `missing text: ${what}`);
  const everyField = () => {
    const out: { field: FieldDef<P>; key: string }[] = [];
    const rec = (fields: FieldDef<P>[], prefix: string) => {
      for (const field of fields) {
        const key = normalizePath(joinPath(prefix, field.path));
        out.push({ field, key });
        if (field.type === 'group') rec(field.fields, key);
      }
    };
    for (const s of def.steps) rec(s.fields, '');
    return out;
  };

  it('German and English have the same keys, none empty, no placeholder left open', () => {
    assert.deepEqual(Object.keys(messages.de).sort(), Object.keys(messages.en).sort());
    for (const lang of langs)
      for (const [k, v] of Object.entries(messages[lang])) nonEmpty(v, `${lang} ${k}`);
  });

  it('every step has a question heading; every field a label (info: a text); every option a label', () => {
    const ctx = { answers: {}, params: dresdenParams, today: TODAY };
    for (const lang of langs) {
      nonEmpty(messages[lang].title, `${lang} title`);
      for (const s of def.steps) nonEmpty(messages[lang][`steps.${s.id}.title`], s.id);
      for (const { field, key } of everyField()) {
        if (field.type === 'info') {
          nonEmpty(resolve(lang, [field.text ?? `${key}.text`]), `${lang} ${key}.text`);
          continue;
        }
        nonEmpty(
          resolve(lang, [field.label ?? '', `${key}.label`, `fields.${field.path}.label`]),
          `${lang} ${key}.label`,
        );
        if (field.type === 'radio' || field.type === 'select')
          for (const o of optionsOf(field as ChoiceField<P>, ctx))
            nonEmpty(resolve(lang, [`${key}.options.${o.value}`]), `${lang} ${key} ${o.value}`);
      }
    }
  });

  it('every required field and every rule has a specific error text in both languages', () => {
    const codes: [string, string][] = [];
    for (const { field, key } of everyField())
      if (field.required && field.type !== 'group') codes.push([key, 'required']);
    for (const r of def.rules ?? []) codes.push([r.path, r.code]);
    for (const c of Object.values(invalidByStep(TODAY)))
      for (const i of c.issues) codes.push([normalizePath(i.path), i.code]);
    for (const lang of langs)
      for (const [key, code] of codes) {
        const leaf = key.slice(key.lastIndexOf('.') + 1);
        nonEmpty(
          resolve(lang, [`${key}.${code}`, `fields.${leaf}.${code}`, `ui.error.${code}`]),
          `${lang} ${key}.${code}`,
        );
      }
  });

  it('rule messages are complete in both languages, and the hub says the same', () => {
    const a = einzugVermieter(TODAY);
    const issues = [
      all(invalidByStep(TODAY).art!.answers),
      all(invalidByStep(TODAY).wohnung!.answers),
      all({ ...a, moveDate: addDays(TODAY, -20) }),
      all({ ...a, moveDate: addDays(TODAY, 40) }),
      all(invalidByStep(TODAY).personen!.answers),
    ]
      .flat()
      .filter((i) => def.rules!.some((r) => r.code === i.code));
    const covered = new Set(issues.map((i) => `${i.key}.${i.code}`));
    for (const r of def.rules ?? [])
      assert.ok(covered.has(`${r.path}.${r.code}`), `${r.path}.${r.code}`);
    for (const lang of langs) {
      const tr = createTranslator(lang, [messages, uiMessages]);
      for (const issue of issues) {
        const t = issueMessage(tr, issue, def);
        assert.doesNotMatch(t, /\{\w+\}|\d{4}-\d{2}-\d{2}/, `${lang} ${issue.key}: ${t}`);
        assert.equal(issueText(createTranslator(lang, [messages]), issue), t, 'hub detail');
      }
    }
    const tooFar = issues.find((i) => i.code === 'tooFarAhead')!;
    assert.match(
      issueMessage(createTranslator('de', [messages, uiMessages]), tooFar, def),
      /bis zum 31\.03\.2027\.$/,
    );
  });

  it('the confirmation names the code with the sentence for the people who move, in or out', () => {
    assert.equal(
      messages.de['ui.confirmation.assignmentCodeText'],
      'Geben Sie diesen Code den Personen, die umziehen. Sie brauchen ihn, wenn sie sich bei der Meldebehörde an- oder abmelden.',
    );
  });
});

describe('wohnungsgeberbestaetigung: example configurations', () => {
  const load = (name: string): unknown =>
    JSON.parse(
      readFileSync(new URL(`../../../examples/config/${name}.json`, import.meta.url), 'utf8'),
    );

  for (const name of ['dresden', 'leipzig', 'chemnitz'])
    it(`${name}.json: the section passes parseConfig and the Dresden example fits its rules`, () => {
      const r = parseConfig(load(name), def);
      assert.equal(r.ok, true, JSON.stringify(!r.ok && r.problems));
      if (!r.ok) return;
      // Chemnitz lists its own postal codes: a Dresden flat is refused there.
      const flat = brief(errorsOnly(all(einzugVermieter(TODAY), r.params)));
      assert.deepEqual(
        flat,
        name === 'chemnitz' ? ['flat.postalCode:notInMunicipality:error'] : [],
      );
    });

  it('dresden.json carries exactly the fixture parameters', () => {
    const r = parseConfig(load('dresden'), def);
    assert.ok(r.ok);
    assert.deepEqual(r.params, dresdenParams);
  });

  it('a bad section is refused with the path of the bad key', () => {
    const raw = load('dresden') as Answers;
    const bad = (path: string, value: unknown) => {
      const r = parseConfig(
        setPath(raw, `assistants.wohnungsgeberbestaetigung.${path}`, value),
        def,
      );
      assert.equal(r.ok, false, path);
      return r.ok ? [] : r.problems.map((p) => p.path);
    };
    const root = 'assistants.wohnungsgeberbestaetigung';
    assert.deepEqual(bad('maxFutureDays', -1), [`${root}.maxFutureDays`]);
    assert.deepEqual(bad('streets', []), [`${root}.streets`]);
    assert.deepEqual(bad('postalCodes', ['1067']), [`${root}.postalCodes.0`]);
    assert.deepEqual(bad('streetList', ['x']), [root], 'a typo is an unknown key');
  });
});

describe('wohnungsgeberbestaetigung: English name texts', () => {
  it('errors name the fields as labelled ("Given name(s)", "Family name"), not "first name"/"surname"', () => {
    for (const [key, text] of Object.entries(messages.en))
      if (/\.(givenNames|familyName|birthName)\./.test(key))
        assert.doesNotMatch(text, /first name|surname|last name/i, key);
  });
});

describe('wohnungsgeberbestaetigung: errors on the landlord step', () => {
  it('with an agent, each missing address field says whose address it is (no two alike)', () => {
    const answers = {
      ...einzugVermieter(TODAY),
      submitterRole: 'beauftragtePerson',
      agent: {},
      landlord: { kind: 'natuerlichePerson', givenNames: 'A', familyName: 'B' },
      landlordIsOwner: 'nein',
      owner: { name: 'C', address: { street: 'Bergstraße' } },
    };
    for (const lang of ['de', 'en'] as const) {
      const tr = createTranslator(lang, [messages, uiMessages]);
      const texts = errorsOnly(stepIssues('wohnungsgeber', answers))
        .filter((i) => i.path.includes('address'))
        .map((i) => issueMessage(tr, i, def));
      assert.equal(texts.length, 8, `${lang}: agent and landlord, 4 each`);
      assert.equal(new Set(texts).size, texts.length, `${lang}: ${texts.join(' | ')}`);
    }
  });
});
