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
import { urkunden as def } from './urkunden.definition.js';
import { computeFee, type Fee } from './urkunden.fee.js';
import {
  dresdenParams,
  eheRente,
  expectedFees,
  geburtSelbst,
  invalidByStep,
  registerausdruckErbe,
  sterbeKind,
  validAnswers,
  type ExpectedIssue,
} from './urkunden.fixtures.js';
import { messages } from './urkunden.messages.js';
import type { UrkundenParams } from './urkunden.params.js';
import { payloadSchemaOf } from '../../engine/payload-schema.js';

type P = UrkundenParams;

const TODAYS = [todayIso(), '2027-01-05', '2028-02-29', '2027-12-31'];
const TODAY = '2027-03-01';
/** A son asks for his father's birth certificate: the entry's names and date are asked. */
const geburtVater: Answers = {
  ...geburtSelbst,
  relationship: 'abkoemmling',
  person: { givenNames: 'Thomas', familyName: 'Schulze' },
  eventDate: '1960-05-01',
};

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
/** `computed` exactly as the element and the hub make it: from the pruned answers. */
const feeOf = (answers: Answers, params: P = dresdenParams): Fee =>
  def.computed!({ ...input(answers, params), answers: sent(answers, params) }).fee as Fee;

describe('urkunden: fee (domain catalogue §6.2)', () => {
  it('three certificates of one entry: 15 + 2 × 7 = 29 €, with a line each', () => {
    const fee = computeFee(dresdenParams, { quantity: 3, purpose: 'pass', deliveryMethod: 'post' });
    assert.deepEqual(fee, {
      currency: 'EUR',
      exempt: false,
      lines: [
        { kind: 'first', quantity: 1, unit: 15, amount: 15 },
        { kind: 'further', quantity: 2, unit: 7, amount: 14 },
      ],
      total: 29,
    });
    assert.equal(feeOf(geburtSelbst).total, 29);
  });

  it('one certificate: 15 €, no line for further copies', () => {
    const fee = computeFee(dresdenParams, { quantity: 1 });
    assert.deepEqual(
      fee.lines.map((l) => l.kind),
      ['first'],
    );
    assert.equal(fee.total, 15);
  });

  it('exempt purpose (pension insurance, § 64 Abs. 2 SGB X): 0 €, every copy, marked exempt', () => {
    const fee = computeFee(dresdenParams, { quantity: 3, purpose: 'rente' });
    assert.equal(fee.total, 0);
    assert.equal(fee.exempt, true);
    assert.deepEqual(
      fee.lines.map((l) => [l.kind, l.quantity, l.unit, l.amount]),
      [
        ['first', 1, 15, 0],
        ['further', 2, 7, 0],
      ],
    );
    assert.equal(feeOf(eheRente).total, 0);
    // Only the configured purposes are exempt.
    assert.equal(
      computeFee({ ...dresdenParams, feeExemptPurposes: [] }, { quantity: 1, purpose: 'rente' })
        .total,
      15,
    );
    assert.equal(
      computeFee(dresdenParams, { quantity: 1, purpose: 'sonstigeSozialleistung' }).total,
      15,
    );
  });

  it('postage by post only, not for pickup; it stays with an exemption (Auslagen)', () => {
    const params = { ...dresdenParams, postage: 1.6 };
    const post = computeFee(params, { quantity: 2, deliveryMethod: 'post' });
    assert.deepEqual(post.lines.at(-1), { kind: 'postage', quantity: 1, unit: 1.6, amount: 1.6 });
    assert.equal(post.total, 23.6);
    assert.equal(computeFee(params, { quantity: 2, deliveryMethod: 'abholung' }).total, 22);
    assert.equal(
      computeFee(params, { quantity: 2, purpose: 'rente', deliveryMethod: 'post' }).total,
      1.6,
    );
    assert.equal(
      computeFee(dresdenParams, { quantity: 1, deliveryMethod: 'post' }).lines.length,
      1,
      'no 0 € line',
    );
  });

  it('cents add up without float tails (older Saxon rates 10 € / 5 €, odd amounts)', () => {
    assert.equal(
      computeFee({ ...dresdenParams, feeFirst: 10, feeFurther: 5 }, { quantity: 4 }).total,
      25,
    );
    const odd = { ...dresdenParams, feeFirst: 0.1, feeFurther: 0.2, postage: 0.7 };
    assert.equal(computeFee(odd, { quantity: 2, deliveryMethod: 'post' }).total, 1);
  });

  it('every valid example costs what its comment says; the fee is sent in computed', () => {
    for (const [name, answers] of Object.entries(validAnswers))
      assert.equal(feeOf(answers).total, expectedFees[name], name);
  });

  it('the review shows each fee line, the total and the notes, formatted per language', () => {
    const lines = (answers: Answers, lang: Lang) => {
      const tr = createTranslator(lang, [messages, uiMessages]);
      const ctx = input(answers);
      const computed = def.computed!({ ...ctx, answers: sent(answers) });
      // Intl puts a no-break space before the euro sign.
      return def.summary!({ ctx, computed, lang }).map((l) =>
        tr.t(l.key, l.vars).replace(/\u00a0/g, ' '),
      );
    };
    const de = lines(geburtSelbst, 'de');
    assert.deepEqual(de.slice(0, 3), [
      'Erste Urkunde: 15,00 €',
      'Weitere Exemplare: 2 × 7,00 € = 14,00 €',
      'Gebühr insgesamt: 29,00 €',
    ]);
    assert.ok(de.some((t) => t.startsWith('Sie bezahlen die Gebühr nach dem Absenden')));
    assert.deepEqual(lines(geburtSelbst, 'en').slice(0, 3), [
      'First certificate: €15.00',
      'Further copies: 2 × €7.00 = €14.00',
      'Total fee: €29.00',
    ]);
    const exempt = lines(eheRente, 'de');
    assert.ok(exempt.includes('Gebühr insgesamt: 0,00 €'));
    assert.ok(exempt.some((t) => t.startsWith('Gebührenfrei')));
    assert.ok(!exempt.some((t) => t.startsWith('Sie bezahlen')), 'nothing to pay, no payment note');
  });
});

describe('urkunden: valid examples', () => {
  for (const [name, answers] of Object.entries(validAnswers))
    it(`${name}: no issues and the payload passes the contract (any day)`, () => {
      for (const today of TODAYS) {
        assert.deepEqual(brief(all(answers, dresdenParams, today)), [], `${name} on ${today}`);
        const parsed = payloadSchemaOf(def).safeParse(sent(answers));
        assert.equal(parsed.success, true, JSON.stringify(!parsed.success && parsed.error.issues));
      }
    });
});

describe('urkunden: invalid examples, step by step', () => {
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

describe('urkunden: branches and rules', () => {
  it('the entry step asks for one person (birth, death) or two (marriage, partnership), labelled per kind', () => {
    const geburt = visible(geburtVater);
    assert.ok(geburt.has('person.givenNames') && geburt.has('parents'));
    assert.ok(!geburt.has('partner1'));
    const ehe = visible(eheRente);
    assert.ok(ehe.has('partner1.familyName') && ehe.has('partner2.birthName'));
    assert.ok(!ehe.has('person') && !ehe.has('parents'));
    assert.ok(!visible(sterbeKind).has('parents'));
    assert.ok(!('person' in sent({ ...eheRente, person: { givenNames: 'X', familyName: 'Y' } })));
    const labels = (answers: Answers) =>
      def.steps
        .find((st) => st.id === 'eintrag')!
        .fields.filter((f) => f.path === 'eventDate' && f.visibleWhen!(input(answers)))
        .map((f) => f.label);
    assert.deepEqual(labels(sterbeKind), ['eventDate.label.sterbe']);
    assert.deepEqual(
      labels({ ...geburtSelbst, certificateType: 'registerausdruck', registerKind: 'eheregister' }),
      ['eventDate.label.ehe'],
    );
  });

  it('one’s own birth: name and date of birth asked once (applicant), not again for the entry', () => {
    const ids = def.steps.map((st) => st.id);
    assert.ok(
      ids.indexOf('berechtigung') < ids.indexOf('eintrag'),
      'relation asked before the entry',
    );
    assert.ok(ids.indexOf('antragsteller') < ids.indexOf('eintrag'), 'applicant before the entry');
    const own = visible(geburtSelbst);
    for (const p of ['applicant.givenNames', 'applicant.familyName', 'applicant.birthDate'])
      assert.ok(own.has(p), p);
    for (const p of ['person.givenNames', 'person.familyName', 'eventDate'])
      assert.ok(!own.has(p), p);
    assert.ok(own.has('ownBirthInfo') && own.has('eventPlace') && own.has('person.birthName'));
    const data = sent({ ...geburtSelbst, person: { givenNames: 'A', familyName: 'S' } });
    assert.ok(!('person' in data) && !('eventDate' in data));
    // Someone else's birth, or one's own marriage: the entry's names are asked.
    assert.ok(visible(geburtVater).has('person.givenNames'));
    assert.ok(!visible(geburtVater).has('ownBirthInfo'));
    assert.ok(visible(validAnswers.lebenspartnerschaftSelbst!).has('partner1.givenNames'));
  });

  it('Registerausdruck asks for the register; other certificates do not send it', () => {
    assert.ok(visible({ certificateType: 'registerausdruck' }).has('registerKind'));
    assert.ok(!visible(geburtSelbst).has('registerKind'));
    assert.ok(!('registerKind' in sent({ ...geburtSelbst, registerKind: 'eheregister' })));
  });

  it('formats and delivery come from the parameters; quantity up to maxQuantity', () => {
    const chemnitz: P = {
      ...dresdenParams,
      formats: ['a4', 'mehrsprachig'],
      deliveryMethods: ['post'],
      maxQuantity: 5,
    };
    assert.deepEqual(at(all({ ...geburtSelbst, format: 'a5' }, chemnitz), 'format'), [
      'invalid_value:error',
    ]);
    assert.deepEqual(at(all({ ...eheRente }, chemnitz), 'deliveryMethod'), ['invalid_value:error']);
    assert.deepEqual(at(all({ ...geburtSelbst, quantity: 5 }, chemnitz), 'quantity'), []);
    assert.deepEqual(at(all({ ...geburtSelbst, quantity: 6 }, chemnitz), 'quantity'), [
      'tooMany:error',
    ]);
    assert.deepEqual(at(all({ ...geburtSelbst, quantity: 0 }), 'quantity'), ['too_small:error']);
    assert.deepEqual(at(all({ ...geburtSelbst, quantity: 1.5 }), 'quantity'), [
      'invalid_type:error',
    ]);
  });

  it('retention (§ 5 Abs. 5 PStG): older entries warn and never block', () => {
    const old = (answers: Answers, date: string) => all({ ...answers, eventDate: date });
    assert.deepEqual(at(old(geburtVater, '1917-03-01'), 'eventDate'), []);
    assert.deepEqual(at(old(geburtVater, '1917-02-28'), 'eventDate'), ['archived:warning']);
    assert.deepEqual(at(old(eheRente, '1947-02-28'), 'eventDate'), ['archived:warning']);
    assert.deepEqual(at(old(sterbeKind, '1997-03-01'), 'eventDate'), []);
    const death = old(sterbeKind, '1990-01-01');
    assert.deepEqual(at(death, 'eventDate'), ['archived:warning']);
    assert.deepEqual(death.find((i) => i.code === 'archived')!.params, { years: 30 });
    assert.deepEqual(brief(errorsOnly(death)), []);
  });

  it('life partnerships only from 2001-08-01 to 2017-09-30; dates never in the future', () => {
    const lp = validAnswers.lebenspartnerschaftSelbst!;
    for (const ok of ['2001-08-01', '2017-09-30'])
      assert.deepEqual(at(all({ ...lp, eventDate: ok }), 'eventDate'), [], ok);
    for (const bad of ['2001-07-31', '2017-10-01'])
      assert.deepEqual(
        at(all({ ...lp, eventDate: bad }), 'eventDate'),
        ['noPartnership:error'],
        bad,
      );
    assert.deepEqual(at(all({ ...geburtVater, eventDate: TODAY }), 'eventDate'), []);
    assert.deepEqual(at(all({ ...geburtVater, eventDate: '2027-03-02' }), 'eventDate'), [
      'inFuture:error',
    ]);
  });

  it('§ 62 PStG: applicant at least 16; not oneself for a death; siblings for birth and death only', () => {
    const born = (d: string) =>
      at(
        all({
          ...geburtSelbst,
          applicant: { ...(geburtSelbst.applicant as object), birthDate: d },
        }),
        'applicant.birthDate',
      );
    assert.deepEqual(born('2011-03-01'), []);
    assert.deepEqual(born('2011-03-02'), ['tooYoung:error']);
    assert.deepEqual(at(all({ ...sterbeKind, relationship: 'selbst' }), 'relationship'), [
      'notForDeath:error',
    ]);
    const sibling = { relationship: 'geschwister', interestStatement: 'Erbfall unserer Mutter' };
    assert.deepEqual(at(all({ ...sterbeKind, ...sibling }), 'relationship'), []);
    assert.deepEqual(at(all({ ...geburtSelbst, ...sibling }), 'relationship'), []);
    assert.deepEqual(at(all({ ...eheRente, ...sibling }), 'relationship'), [
      'siblingsBirthDeathOnly:error',
    ]);
  });

  it('siblings and others state their interest; siblings see the proof note, others upload the proof', () => {
    for (const r of ['geschwister', 'sonstige']) {
      const v = visible({ ...sterbeKind, relationship: r });
      assert.ok(v.has('interestStatement'), r);
      assert.equal(v.has('proofInfo'), r === 'geschwister', r);
      assert.equal(v.has('interestFile') && v.has('interestProofLater'), r === 'sonstige', r);
    }
    for (const r of ['selbst', 'ehegatte', 'vorfahre', 'abkoemmling']) {
      assert.ok(!visible({ ...geburtSelbst, relationship: r }).has('interestStatement'), r);
      assert.ok(
        !(
          'interestStatement' in sent({ ...geburtSelbst, relationship: r, interestStatement: 'x' })
        ),
      );
    }
  });

  it('a legal interest needs its proof uploaded, or the promise to send it later', () => {
    const proof = {
      uploadId: '5d0f1e2a-8b3c-4d4e-9f60-718293a4b5c6',
      filename: 'Schreiben Nachlassgericht.pdf',
      mediaType: 'application/pdf',
      size: 20480,
      sha256: 'b'.repeat(64),
    };
    const { interestProofLater: _, ...noProof } = registerausdruckErbe;
    assert.deepEqual(at(all(noProof), 'interestFile'), ['required:error']);
    const uploaded = { ...noProof, interestFile: [proof] };
    assert.deepEqual(at(all(uploaded), 'interestFile'), []);
    assert.deepEqual(sent(uploaded).interestFile, [proof]);
    assert.equal(payloadSchemaOf(def).safeParse(sent(uploaded)).success, true);
    // Another relationship: the upload is not asked and not sent.
    assert.ok(!('interestFile' in sent({ ...uploaded, relationship: 'geschwister' })));
  });

  it('purpose: the exemption note for exempt purposes, the apostille note for abroad', () => {
    assert.ok(visible(eheRente).has('exemptInfo'));
    assert.ok(!visible(geburtSelbst).has('exemptInfo'));
    assert.ok(visible(sterbeKind).has('auslandInfo'));
  });

  it('delivery: another address only by post and only when asked for', () => {
    assert.ok(visible(geburtSelbst).has('otherAddress'));
    assert.ok(!visible(geburtSelbst).has('deliveryAddress'));
    assert.ok(visible(sterbeKind).has('deliveryAddress.name'));
    const pickup = { ...sterbeKind, deliveryMethod: 'abholung' };
    assert.ok(!visible(pickup).has('otherAddress'));
    const s = sent(pickup);
    assert.ok(!('deliveryAddress' in s) && !('otherAddress' in s));
  });

  it('the contract refuses unknown keys and values', () => {
    assert.equal(payloadSchemaOf(def).safeParse({ ...sent(geburtSelbst), foo: 1 }).success, false);
    assert.equal(
      payloadSchemaOf(def).safeParse({ ...sent(geburtSelbst), certificateType: 'x' }).success,
      false,
    );
  });
});

describe('urkunden: texts', () => {
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

  it('German and English have the same keys, none empty', () => {
    assert.deepEqual(Object.keys(messages.de).sort(), Object.keys(messages.en).sort());
    for (const lang of langs)
      for (const [k, v] of Object.entries(messages[lang])) nonEmpty(v, `${lang} ${k}`);
  });

  it('every step has a question heading; every field a label (info: a text); every option a label', () => {
    const ctx = input({});
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
    for (const lang of langs)
      for (const [key, code] of codes) {
        const leaf = key.slice(key.lastIndexOf('.') + 1);
        nonEmpty(
          resolve(lang, [`${key}.${code}`, `fields.${leaf}.${code}`, `ui.error.${code}`]),
          `${lang} ${key}.${code}`,
        );
      }
  });

  it('rule messages have no open placeholder, and the hub says the same', () => {
    const issues = [
      ...Object.values(invalidByStep(TODAY)).flatMap((c) => all(c.answers)),
      ...all({ ...sterbeKind, eventDate: '1990-01-01', relationship: 'selbst' }),
      ...all({ ...validAnswers.lebenspartnerschaftSelbst!, eventDate: '2018-01-01' }),
    ].filter((i) => def.rules!.some((r) => r.code === i.code));
    const covered = new Set(issues.map((i) => `${i.key}.${i.code}`));
    for (const r of def.rules ?? [])
      assert.ok(covered.has(`${r.path}.${r.code}`), `${r.path}.${r.code}`);
    for (const lang of langs) {
      const tr = createTranslator(lang, [messages, uiMessages]);
      for (const issue of issues) {
        const t = issueMessage(tr, issue, def);
        assert.doesNotMatch(t, /\{\w+\}/, `${lang} ${issue.key}: ${t}`);
        assert.equal(issueText(createTranslator(lang, [messages]), issue), t, 'hub detail');
      }
    }
  });

  it('the confirmation offers the payment with "Gebühr jetzt bezahlen"', () => {
    assert.equal(messages.de['ui.confirmation.payNow'], 'Gebühr jetzt bezahlen');
  });
});

describe('urkunden: example configurations', () => {
  const load = (name: string): unknown =>
    JSON.parse(
      readFileSync(new URL(`../../../examples/config/${name}.json`, import.meta.url), 'utf8'),
    );

  for (const name of ['dresden', 'leipzig', 'chemnitz'])
    it(`${name}.json: the section passes parseConfig; the fees are Saxony's 15 € / 7 €`, () => {
      const r = parseConfig(load(name), def);
      assert.equal(r.ok, true, JSON.stringify(!r.ok && r.problems));
      if (!r.ok) return;
      assert.equal(computeFee(r.params, { quantity: 3 }).total, 29);
    });

  it('dresden.json carries exactly the fixture parameters', () => {
    const r = parseConfig(load('dresden'), def);
    assert.ok(r.ok);
    assert.deepEqual(r.params, dresdenParams);
  });

  it('a bad section is refused with the path of the bad key', () => {
    const raw = load('dresden') as Answers;
    const root = 'assistants.urkunden';
    const bad = (path: string, value: unknown) => {
      const r = parseConfig(setPath(raw, `${root}.${path}`, value), def);
      assert.equal(r.ok, false, path);
      return r.ok ? [] : r.problems.map((p) => p.path);
    };
    assert.deepEqual(bad('feeFirst', -1), [`${root}.feeFirst`]);
    assert.deepEqual(bad('feeFurther', 7.001), [`${root}.feeFurther`]);
    assert.deepEqual(bad('formats', []), [`${root}.formats`]);
    assert.deepEqual(bad('feeExemptPurposes', ['urlaub']), [`${root}.feeExemptPurposes.0`]);
    assert.deepEqual(bad('maxQuantity', 0), [`${root}.maxQuantity`]);
    assert.deepEqual(bad('fee', 15), [root], 'a typo is an unknown key');
  });
});

describe('urkunden: English name texts', () => {
  it('errors name the fields as labelled ("Given name(s)", "Family name"), not "first name"/"surname"', () => {
    for (const [key, text] of Object.entries(messages.en))
      if (/\.(givenNames|familyName|birthName)\./.test(key))
        assert.doesNotMatch(text, /first name|surname|last name/i, key);
  });
});

describe('urkunden: the age rule says what to do', () => {
  it('too young: check the date of birth, or a parent applies', () => {
    assert.match(
      messages.de['applicant.birthDate.tooYoung']!,
      /Prüfen Sie Ihr Geburtsdatum.*Elternteil/,
    );
    assert.match(messages.en['applicant.birthDate.tooYoung']!, /Check your date of birth.*parent/);
  });
});
