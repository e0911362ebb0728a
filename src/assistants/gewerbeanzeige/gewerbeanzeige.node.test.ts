import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { parseConfig } from '../../engine/config.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import { payloadSchemaOf } from '../../engine/payload-schema.js';
import { pruneAnswers } from '../../engine/prune.js';
import type { Answers, ChoiceField, Issue, Lang } from '../../engine/types.js';
import { errorsOnly, optionsOf, validateAll, validateStep } from '../../engine/validate.js';
import { todayIso, visibleSteps, walkStep, type FieldNode } from '../../engine/walk.js';
import { z } from '../../engine/zod.js';
import {
  documentsOf,
  feeOf,
  formsOf,
  recipientsOf,
  type Fee,
  type GewaForm,
  type Recipient,
} from './gewerbeanzeige.computed.js';
import { gewerbeanzeige as def } from './gewerbeanzeige.definition.js';
import * as fx from './gewerbeanzeige.fixtures.js';
import { messages } from './gewerbeanzeige.messages.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';

type P = GewerbeanzeigeParams;
const TODAY = '2027-03-01';
const TODAYS = [todayIso(), '2027-01-05', '2028-02-29', '2027-12-31'];
const params = fx.dresdenParams;

const input = (answers: Answers, p: P = params, today = TODAY) => ({ answers, params: p, today });
const sent = (answers: Answers, p: P = params, today = TODAY) =>
  pruneAnswers(def, input(answers, p, today));
const computedOf = (answers: Answers, p: P = params, today = TODAY) =>
  def.computed!({ ...input(answers, p, today), answers: sent(answers, p, today) });
const brief = (issues: Issue[]) => issues.map((i) => `${i.path}:${i.code}:${i.severity}`).sort();
const rulesOf = (answers: Answers, p: P = params) =>
  Object.fromEntries(recipientsOf(sent(answers, p), p).map((r) => [r.id, r.rule]));
const ids = (answers: Answers, p: P = params) => recipientsOf(sent(answers, p), p).map((r) => r.id);
const valid = fx.validAnswers(TODAY);
const sole = valid.einzelunternehmenAnmeldung!;
const gbr = valid.gbrZweiGesellschafter!;
const gmbh = valid.gmbhGaststaette!;

describe('gewerbeanzeige: fixtures', () => {
  for (const today of TODAYS)
    it(`every valid example is valid and fits the payload schema (today ${today})`, () => {
      for (const [name, answers] of Object.entries(fx.validAnswers(today))) {
        const issues = errorsOnly(validateAll(def, input(answers, params, today)));
        assert.deepEqual(brief(issues), [], name);
        const r = payloadSchemaOf(def).safeParse(sent(answers, params, today));
        assert.equal(r.success, true, `${name}: ${JSON.stringify(r.error?.issues)}`);
      }
    });

  for (const today of TODAYS)
    it(`every invalid example fails exactly on its step with exactly its issues (today ${today})`, () => {
      const cases = fx.invalidByStep(today);
      assert.deepEqual(
        Object.keys(cases).sort(),
        def.steps.map((s) => s.id).sort(),
        'one case per step',
      );
      for (const [id, c] of Object.entries(cases)) {
        const step = def.steps.find((s) => s.id === id)!;
        const got = brief(validateStep(def, step, input(c.answers, params, today)));
        const want = c.issues.map((i) => `${i.path}:${i.code}:${i.severity ?? 'error'}`).sort();
        assert.deepEqual(got, want, id);
      }
    });

  it('every valid example sends the whole computed part: forms, recipients, fee, documents (and numberOfManagers for a company)', () => {
    for (const [name, answers] of Object.entries(valid)) {
      const company = !['180', '170'].includes((answers.company as Answers).legalForm as string);
      assert.deepEqual(
        Object.keys(computedOf(answers)).sort(),
        [
          'documents',
          'fee',
          'forms',
          'recipients',
          ...(company ? ['numberOfManagers'] : []),
        ].sort(),
        name,
      );
    }
  });

  it('the example configs carry valid parameters; Dresden equals the fixture', () => {
    for (const name of ['dresden', 'leipzig', 'chemnitz']) {
      const raw = JSON.parse(readFileSync(`examples/config/${name}.json`, 'utf8'));
      const r = parseConfig(raw, def);
      assert.equal(r.ok, true, `${name}: ${JSON.stringify(!r.ok && r.problems)}`);
      if (name === 'dresden' && r.ok) assert.deepEqual(r.params, params);
    }
  });

  it('a config without a default tax office is refused', () => {
    const r = def.params.safeParse({
      ...params,
      finanzaemter: [{ name: 'Finanzamt Dresden-Nord', postalCodes: ['01099'] }],
    });
    assert.equal(r.success, false);
  });
});

describe('gewerbeanzeige: steps by notice type', () => {
  const stepIds = (answers: Answers) => visibleSteps(def, input(answers)).map((s) => s.id);
  it('GewA 1 asks permits, not the change or cessation', () => {
    assert.deepEqual(stepIds(sole), [
      'anzeige',
      'unternehmen',
      'personen',
      'betrieb',
      'taetigkeit',
      'erlaubnisse',
      'nachweise',
      'erklaerungen',
    ]);
  });
  it('GewA 2 adds the change; GewA 3 the cessation and drops permits', () => {
    assert.ok(stepIds(valid.ummeldungVerlegung!).includes('ummeldung'));
    assert.ok(!stepIds(valid.ummeldungVerlegung!).includes('abmeldung'));
    const abm = stepIds(valid.abmeldungAufgabe!);
    assert.ok(
      abm.includes('abmeldung') && !abm.includes('erlaubnisse') && !abm.includes('ummeldung'),
    );
  });
  it('the start date and reason are sent only with an Anmeldung', () => {
    const data = sent({
      ...valid.abmeldungAufgabe!,
      startDate: '2027-03-05',
      reason: 'neuerrichtung',
    });
    assert.equal(data.startDate, undefined);
    assert.equal(data.reason, undefined);
  });
  it('the legal form must fit the role; options follow the role', () => {
    const issues = validateAll(def, input({ ...sole, company: { legalForm: '350' } }));
    assert.ok(issues.some((i) => i.path === 'company.legalForm' && i.code === 'invalid_value'));
    const asRep = { ...gmbh, filerRole: 'einzelunternehmer' };
    assert.ok(
      validateAll(def, input(asRep)).some((i) => i.path === 'company.legalForm'),
      'a GmbH filed by a "sole trader" is refused',
    );
  });
  it('a GmbH is registered or in formation', () => {
    const company = { ...(gmbh.company as object), isRegistered: 'nein' };
    const issues = validateAll(def, input({ ...gmbh, company }));
    assert.ok(issues.some((i) => i.code === 'mustBeRegistered'));
    const inFormation = { ...company, inFormation: true };
    assert.ok(
      !validateAll(def, input({ ...gmbh, company: inFormation })).some(
        (i) => i.code === 'mustBeRegistered',
      ),
    );
  });
  it('register number: format and prefix', () => {
    const check = (registerNumber: string) =>
      validateAll(def, input({ ...gmbh, company: { ...(gmbh.company as object), registerNumber } }))
        .filter((i) => i.path === 'company.registerNumber')
        .map((i) => i.code);
    assert.deepEqual(check('HRB 23456'), []);
    assert.deepEqual(check('23456'), []);
    assert.deepEqual(check('HRB 23456 B'), []);
    assert.deepEqual(check('HRA 23456'), ['prefixMismatch']);
    assert.deepEqual(check('HR 12'), ['invalid_format']);
    assert.deepEqual(check('1234567'), ['invalid_format']);
  });
  it('a GbR has at least two partners, a sole trader exactly one', () => {
    const one = validateAll(def, input({ ...gbr, persons: [(gbr.persons as Answers[])[0]!] }));
    assert.ok(one.some((i) => i.path === 'persons' && i.code === 'twoPartners'));
    const two = validateAll(def, input({ ...sole, persons: [...(gbr.persons as Answers[])] }));
    assert.ok(two.some((i) => i.path === 'persons' && i.code === 'onePerson'));
  });
  it('a non-EU national is asked for the residence title; "no self-employment" only warns', () => {
    const nonEu = valid.drittstaatAnmeldung!;
    const person = (nonEu.persons as Answers[])[0]!;
    const data = sent(nonEu);
    assert.ok((data.persons as Answers[])[0]!.residence);
    const noTitle = { ...nonEu, persons: [{ ...person, residence: undefined }] };
    assert.ok(
      validateAll(def, input(noTitle)).some((i) => i.path === 'persons.0.residence.issuedBy'),
    );
    const notAllowed = {
      ...nonEu,
      persons: [
        {
          ...person,
          residence: { ...(person.residence as object), selfEmploymentAllowed: 'nein' },
        },
      ],
    };
    const issues = validateAll(def, input(notAllowed)).filter((i) => i.code === 'notAllowed');
    assert.deepEqual(brief(issues), [
      'persons.0.residence.selfEmploymentAllowed:notAllowed:warning',
    ]);
    const expired = {
      ...nonEu,
      persons: [
        { ...person, residence: { ...(person.residence as object), validUntil: '2027-02-01' } },
      ],
    };
    assert.ok(validateAll(def, input(expired)).some((i) => i.code === 'expired'));
    // An EU national is not asked.
    assert.equal(
      (
        sent({ ...nonEu, persons: [{ ...person, nationalityGroup: 'euEwrCh' }] })
          .persons as Answers[]
      )[0]!.residence,
      undefined,
    );
  });
  it('cessation not more than four weeks back (FIM help), start not too far ahead', () => {
    const abm = valid.abmeldungAufgabe!;
    const at = (cessationDate: string) =>
      validateAll(def, input({ ...abm, cessationDate })).filter((i) => i.path === 'cessationDate');
    assert.deepEqual(brief(at('2027-02-01')), []); // 28 days back
    assert.deepEqual(brief(at('2027-01-31')), ['cessationDate:tooLongAgo:error']);
    assert.deepEqual(at('2027-01-31')[0]!.params, { days: 28, earliestDate: '2027-02-01' });
    const start = (startDate: string) =>
      brief(validateAll(def, input({ ...sole, startDate })).filter((i) => i.path === 'startDate'));
    assert.deepEqual(start('2027-03-29'), []);
    assert.deepEqual(start('2027-03-30'), ['startDate:tooFarAhead:error']);
    assert.deepEqual(start('2027-02-01'), ['startDate:late:warning']);
  });
  it('Ummeldung: old address must differ from the new one', () => {
    const umm = valid.ummeldungVerlegung!;
    const same = {
      ...umm,
      previous: { ...(umm.previous as object), address: (umm.establishment as Answers).address },
    };
    assert.ok(validateAll(def, input(same)).some((i) => i.code === 'sameAddress'));
  });
});

describe('gewerbeanzeige: computed.forms (§ 14 GewO: each managing partner files)', () => {
  it('a GbR with two partners: two GewA 1 records, each naming the other partner', () => {
    const forms = computedOf(gbr).forms as GewaForm[];
    assert.deepEqual(forms, [
      {
        form: 'GewA1',
        number: 1,
        registeredName: 'Krause & Yilmaz GbR',
        legalForm: '270',
        notifier: { kind: 'natuerlich', givenNames: 'Jonas', familyName: 'Krause' },
        otherPartners: [{ kind: 'natuerlich', givenNames: 'Elif', familyName: 'Yilmaz' }],
      },
      {
        form: 'GewA1',
        number: 2,
        registeredName: 'Krause & Yilmaz GbR',
        legalForm: '270',
        notifier: { kind: 'natuerlich', givenNames: 'Elif', familyName: 'Yilmaz' },
        otherPartners: [{ kind: 'natuerlich', givenNames: 'Jonas', familyName: 'Krause' }],
      },
    ]);
    assert.equal(computedOf(gbr).numberOfManagers, 2);
  });
  it('a sole trader one record; a GmbH one record with its representatives; GewA 2 and 3 by type', () => {
    assert.deepEqual(formsOf(sent(sole)), [
      {
        form: 'GewA1',
        number: 1,
        legalForm: '180',
        notifier: { kind: 'natuerlich', givenNames: 'Lena', familyName: 'Hoffmann' },
      },
    ]);
    const g = formsOf(sent(gmbh));
    assert.equal(g.length, 1);
    assert.deepEqual(g[0]!.representatives, [
      { kind: 'natuerlich', givenNames: 'Marco', familyName: 'Bianchi' },
    ]);
    assert.equal(g[0]!.notifier, undefined);
    assert.equal(formsOf(sent(valid.ummeldungVerlegung!))[0]!.form, 'GewA2');
    assert.equal(formsOf(sent(valid.abmeldungAufgabe!))[0]!.form, 'GewA3');
  });
  it('a GmbH & Co. KG: the GmbH as general partner files as a company', () => {
    const kg = {
      ...gbr,
      company: {
        ...(gbr.company as object),
        legalForm: '230',
        isRegistered: 'ja',
        registerType: 'HRA',
        registerCourt: 'Amtsgericht Leipzig',
        registerNumber: 'HRA 999',
        registeredName: 'Muster GmbH & Co. KG',
      },
      persons: [
        { kind: 'juristisch', organisationName: 'Muster Verwaltungs GmbH', phone: '0341 123456' },
      ],
    };
    assert.deepEqual(
      brief(
        errorsOnly(
          validateAll(def, input({ ...kg, filerRole: 'gesellschafterPersonengesellschaft' })),
        ),
      ),
      [],
    );
    assert.deepEqual(formsOf(sent(kg))[0]!.notifier, {
      kind: 'juristisch',
      organisationName: 'Muster Verwaltungs GmbH',
    });
  });
});

describe('gewerbeanzeige: computed.recipients (domain §2.4, one test per rule)', () => {
  it('IHK for a non-craft trade', () => {
    assert.equal(rulesOf(sole).ihk, 'ihkMember');
    assert.equal(rulesOf(sole).hwk, undefined);
  });
  it('HWK for a craft entered with the chamber; no IHK for a pure craft business', () => {
    const craft = valid.handwerkAnmeldung!;
    assert.equal(rulesOf(craft).hwk, 'craftTrade');
    assert.equal(rulesOf(craft).ihk, undefined);
  });
  it('a mixed business (craft and trade) goes to both chambers', () => {
    const mixed = { ...valid.handwerkAnmeldung!, businessTypes: ['handwerk', 'handel'] };
    assert.deepEqual([rulesOf(mixed).hwk, rulesOf(mixed).ihk], ['craftTrade', 'ihkMember']);
  });
  it('a craft business without an entry stays with the IHK', () => {
    const none = { ...valid.handwerkAnmeldung!, crafts: { entry: 'keine' } };
    assert.equal(rulesOf(none).ihk, 'ihkMember');
    assert.equal(rulesOf(none).hwk, undefined);
  });
  it('Finanzamt always: by the establishment’s postal code, else the default', () => {
    const nord = recipientsOf(sent(sole), params).find((r) => r.id === 'finanzamt')!;
    assert.deepEqual(nord, {
      id: 'finanzamt',
      name: 'Finanzamt Dresden-Nord',
      rule: 'taxOfficeByPostalCode',
      matched: '01099',
    });
    const sued = recipientsOf(sent(gmbh), params).find((r) => r.id === 'finanzamt')!;
    assert.deepEqual(sued, {
      id: 'finanzamt',
      name: 'Finanzamt Dresden-Süd',
      rule: 'taxOfficeDefault',
    });
    for (const a of Object.values(valid)) assert.ok(ids(a).includes('finanzamt'));
  });
  it('Statistisches Landesamt for Anmeldung and Abmeldung, not for an Ummeldung', () => {
    assert.equal(rulesOf(sole).statistik, 'statisticsAnmeldungAbmeldung');
    assert.equal(rulesOf(valid.abmeldungAufgabe!).statistik, 'statisticsAnmeldungAbmeldung');
    assert.equal(rulesOf(valid.ummeldungVerlegung!).statistik, undefined);
  });
  it('DGUV, Zoll and the own trade register always', () => {
    for (const a of Object.values(valid)) {
      const r = rulesOf(a);
      assert.equal(r.dguv, 'accidentInsuranceAlways');
      assert.equal(r.zoll, 'customsAlways');
      assert.equal(r.gewerberegister, 'tradeRegisterAlways');
    }
  });
  it('Bundesagentur für Arbeit when there are employees', () => {
    assert.equal(rulesOf(gbr).bundesagentur, 'employmentAgencyEmployees');
    assert.equal(rulesOf(valid.abmeldungAufgabe!).bundesagentur, undefined);
  });
  it('the register court for a registered company; none for an unregistered or foreign one', () => {
    const r = recipientsOf(sent(gmbh), params).find((x) => x.id === 'registergericht')!;
    assert.deepEqual(r, {
      id: 'registergericht',
      name: 'Amtsgericht Dresden',
      rule: 'registerCourtRegistered',
    });
    assert.equal(rulesOf(gbr).registergericht, undefined);
    const other = {
      ...gmbh,
      company: {
        ...(gmbh.company as object),
        registerCourt: 'Amtsgericht Charlottenburg',
      },
    };
    assert.equal(
      recipientsOf(sent(other), params).find((x) => x.id === 'registergericht')!.name,
      'Amtsgericht Charlottenburg',
    );
  });
  it('trade recipients by WZ code (Lebensmittelüberwachung for a restaurant, Arbeitsschutz for construction)', () => {
    const food = recipientsOf(sent(gmbh), params).find((x) => x.id === 'lebensmittelueberwachung')!;
    assert.deepEqual([food.rule, food.matched], ['tradeByWzCode', '56.10.1']);
    assert.equal(rulesOf(valid.handwerkAnmeldung!).arbeitsschutz, 'tradeByWzCode');
    assert.equal(rulesOf(sole).lebensmittelueberwachung, undefined);
    assert.equal(
      rulesOf(gmbh, { ...params, tradeRecipients: undefined }).lebensmittelueberwachung,
      undefined,
    );
  });
  it('the previous Gewerbeamt on a move from elsewhere; the next one on a move away', () => {
    const moved = valid.anmeldungNachVerlegung!;
    const r = recipientsOf(sent(moved), params).find((x) => x.id === 'vorherigesGewerbeamt')!;
    assert.deepEqual(r, {
      id: 'vorherigesGewerbeamt',
      name: 'Gewerbeamt Radebeul',
      rule: 'previousTradeOfficeRelocation',
    });
    const away = {
      ...valid.abmeldungAufgabe!,
      deregistrationReason: 'verlegungAndererMeldebezirk',
      futureAddress: {
        street: 'Hauptstraße',
        houseNumber: '1',
        postalCode: '01445',
        city: 'Radebeul',
      },
    };
    assert.equal(rulesOf(away).kuenftigesGewerbeamt, 'nextTradeOfficeRelocation');
    assert.equal(rulesOf(sole).vorherigesGewerbeamt, undefined);
  });
  it('is pure: the same input gives the same list, each recipient once, in a fixed order', () => {
    const a = recipientsOf(sent(gmbh), params);
    assert.deepEqual(recipientsOf(sent(gmbh), params), a);
    assert.equal(new Set(a.map((r: Recipient) => r.id)).size, a.length);
    assert.deepEqual(
      a.map((r) => r.id),
      [
        'ihk',
        'finanzamt',
        'statistik',
        'dguv',
        'bundesagentur',
        'zoll',
        'registergericht',
        'lebensmittelueberwachung',
        'gewerberegister',
      ],
    );
  });
});

describe('gewerbeanzeige: computed.fee (domain §2.3, config fee table)', () => {
  it('every example costs what the Dresden table says', () => {
    for (const [name, answers] of Object.entries(valid))
      assert.equal((computedOf(answers).fee as Fee).total, fx.expectedFees[name], name);
  });
  it('by notice type and person type', () => {
    assert.deepEqual(feeOf(sent(sole), params), {
      currency: 'EUR',
      noticeType: 'anmeldung',
      personType: 'natuerlichePerson',
      lines: [{ kind: 'notice', quantity: 1, unit: 26, amount: 26 }],
      total: 26,
    });
    assert.equal(feeOf(sent(gmbh), params)!.personType, 'juristischePersonOderGesellschaft');
    assert.equal(feeOf(sent(gmbh), params)!.total, 40);
  });
  it('a partnership pays per form when the municipality says so, else once', () => {
    assert.deepEqual(feeOf(sent(gbr), params)!.lines, [
      { kind: 'notice', quantity: 2, unit: 40, amount: 80 },
    ]);
    assert.equal(feeOf(sent(gbr), { ...params, feePerForm: false })!.total, 40);
  });
  it('surcharges by legal form', () => {
    const kg = { ...gbr, company: { ...(gbr.company as object), legalForm: '230' } };
    const fee = feeOf(sent(kg), params)!;
    assert.deepEqual(fee.lines[1], {
      kind: 'surcharge',
      quantity: 1,
      unit: 10,
      amount: 10,
      label: { de: 'GmbH & Co. KG', en: 'GmbH & Co. KG' },
    });
    assert.equal(fee.total, 90);
  });
  it('the review shows the fee with the non-binding note and the recipients, in both languages', () => {
    for (const lang of ['de', 'en'] as Lang[]) {
      const computed = computedOf(gbr);
      const lines = def.summary!({ ctx: input(gbr), computed, lang });
      const keys = lines.map((l) => l.key);
      assert.deepEqual(keys, [
        'summary.forms',
        'summary.feePerForm',
        'summary.total',
        'summary.notBinding',
        'summary.recipients',
      ]);
      const tr = createTranslator(lang, [messages, uiMessages]);
      for (const l of lines) assert.ok(!/\{\w+\}/.test(tr.t(l.key, l.vars)), `${lang} ${l.key}`);
    }
    const de = createTranslator('de', [messages, uiMessages]);
    const total = def.summary!({ ctx: input(gbr), computed: computedOf(gbr), lang: 'de' }).find(
      (l) => l.key === 'summary.total',
    )!;
    assert.match(de.t(total.key, total.vars), /^Gebühr insgesamt: 80,00\s€$/);
  });
});

describe('gewerbeanzeige: documents, texts, schema', () => {
  it('lists the documents the answers call for', () => {
    assert.deepEqual(documentsOf(sent(sole)), ['identityDocument']);
    assert.deepEqual(documentsOf(sent(gmbh)), [
      'identityDocument',
      'registerExtract',
      'permitCopy',
    ]);
    assert.deepEqual(documentsOf(sent(gbr)), ['identityDocument', 'partnershipAgreement']);
    assert.ok(documentsOf(sent(valid.drittstaatAnmeldung!)).includes('residenceTitle'));
    assert.ok(documentsOf(sent(valid.handwerkAnmeldung!)).includes('craftsCard'));
    assert.deepEqual(documentsOf(sent(valid.abmeldungAufgabe!)), [
      'identityDocument',
      'previousNotice',
    ]);
  });
  it('uploading now makes every document the answers call for required; another way does not', () => {
    const step = def.steps.find((s) => s.id === 'nachweise')!;
    const issues = (answers: Answers) =>
      brief(validateStep(def, step, input(answers))).filter((i) => i.endsWith(':required:error'));
    assert.deepEqual(issues({ ...gmbh, documentDelivery: 'upload' }), [
      'identityFiles:required:error',
      'permitFiles:required:error',
      'registerExtractFiles:required:error',
    ]);
    assert.deepEqual(issues({ ...gmbh, documentDelivery: 'post' }), []);
    const file = {
      uploadId: 'u1',
      filename: 'ausweis.jpg',
      mediaType: 'image/jpeg',
      size: 1234,
      sha256: 'a'.repeat(64),
    };
    const withFile = { ...sole, documentDelivery: 'upload', identityFiles: [file] };
    assert.deepEqual(brief(errorsOnly(validateAll(def, input(withFile)))), []);
    assert.equal(payloadSchemaOf(def).safeParse(sent(withFile)).success, true);
  });
  it('every issue of the invalid examples has a German and an English text of its own', () => {
    for (const lang of ['de', 'en'] as Lang[]) {
      const tr = createTranslator(lang, [messages, uiMessages]);
      for (const c of Object.values(fx.invalidByStep(TODAY)))
        for (const i of validateAll(def, input(c.answers))) {
          const text = issueText(tr, i);
          assert.ok(
            !/\{\w+\}/.test(text) && text !== `${i.key}.${i.code}`,
            `${lang} ${i.key}.${i.code}: ${text}`,
          );
        }
    }
  });
  it('English has every German key', () => {
    const missing = Object.keys(messages.de).filter((k) => !(k in messages.en));
    assert.deepEqual(missing, []);
  });
  it('the JSON Schema carries the FIM ids of domain §2 and §7 as x-fim-id', () => {
    const json = z.toJSONSchema(payloadSchemaOf(def), { unrepresentable: 'any' }) as {
      properties: Record<string, any>;
    };
    const p = json.properties;
    assert.equal(p.establishmentKind['x-fim-id'], 'F05000017445');
    assert.equal(p.company.properties.legalForm['x-fim-id'], 'F05000017511');
    assert.equal(p.company.properties.registerType['x-fim-id'], 'F05000017720');
    assert.equal(p.company.properties.registerCourt['x-fim-id'], 'F05000017721');
    assert.equal(p.company.properties.registerNumber['x-fim-id'], 'F05000017514');
    assert.equal(p.company.properties.registeredName['x-fim-id'], 'F60000000319');
    assert.equal(p.company.properties.publicSectorParticipation['x-fim-id'], 'F05000017462');
    const person = p.persons.items.properties;
    assert.equal(person.familyName['x-fim-id'], 'F60000000227');
    assert.equal(person.givenNames['x-fim-id'], 'F60000000228');
    assert.equal(person.nationality['x-fim-id'], 'F60000000236');
    assert.equal(person.address.properties.street['x-fim-id'], 'F60000000243');
    assert.equal(p.sideBusiness['x-fim-id'], 'F05000017450');
    assert.equal(p.deregistrationReason['x-fim-id'], 'F05000017437');
    assert.equal(p.cessationCauses['x-fim-id'], 'F05000017438');
    assert.equal(p.cessationDate['x-fim-id'], 'F05000017451');
    assert.equal(p.futureAddress['x-fim-id'], 'G05000011607');
    assert.equal(p.registerExtractFiles['x-fim-id'], 'F05000017521');
    assert.equal(p.previousNoticeFiles['x-fim-id'], 'F05000017464');
    assert.deepEqual(p.company.properties.legalForm.enum.length, 15);
  });
});

describe('gewerbeanzeige: foundations, non-managing GbR partners, street suggestions', () => {
  const foundation: Answers = {
    ...gmbh,
    company: {
      legalForm: '611',
      isRegistered: 'ja',
      registerType: 'S',
      foundationState: 'SN',
      foundationNumber: '14/2019',
      registeredName: 'Bürgerstiftung Neustadt',
      publicSectorParticipation: 'nein',
    },
  };
  /** Paths of the visible fields of a step, groups flattened (`company.registerCourt`). */
  const shown = (stepId: string, answers: Answers, p: P = params): string[] => {
    const flat = (nodes: FieldNode<P>[]): string[] =>
      nodes.flatMap((n) => [n.path, ...flat((n.children ?? []) as FieldNode<P>[])]);
    return flat(
      walkStep(
        def.steps.find((s) => s.id === stepId)!,
        input(answers, p),
      ),
    );
  };

  it('a foundation is entered in a Land’s Stiftungsverzeichnis: state and number, no court', () => {
    const step = def.steps.find((s) => s.id === 'unternehmen')!;
    const company = walkStep(step, input(foundation))[0]!;
    const type = (company.children as FieldNode<P>[]).find(
      (n) => n.key === 'company.registerType',
    )!;
    assert.deepEqual(
      optionsOf(type.field as ChoiceField<P>, type.ctx).map((o) => o.value),
      ['S', 'auslaendisch'],
    );
    const paths = shown('unternehmen', foundation);
    assert.ok(
      paths.includes('company.foundationState') && paths.includes('company.foundationNumber'),
    );
    assert.ok(
      !paths.includes('company.registerCourt') && !paths.includes('company.registerNumber'),
    );
    assert.deepEqual(brief(errorsOnly(validateAll(def, input(foundation)))), []);
    assert.equal(payloadSchemaOf(def).safeParse(sent(foundation)).success, true);
    assert.equal(rulesOf(foundation).registergericht, undefined, 'no register court for it');
    // A GmbH is not offered the Stiftungsverzeichnis, and its state and number are not asked.
    assert.ok(!shown('unternehmen', gmbh).includes('company.foundationState'));
    const missing = {
      ...foundation,
      company: { ...(foundation.company as object), foundationNumber: '' },
    };
    assert.ok(
      validateAll(def, input(missing)).some(
        (i) => i.path === 'company.foundationNumber' && i.code === 'required',
      ),
    );
  });

  it('a GbR names its non-managing partners: they count for the two partners and stand on every form', () => {
    const managing = [(gbr.persons as Answers[])[0]!];
    const one = { ...gbr, persons: managing };
    assert.ok(validateAll(def, input(one)).some((i) => i.code === 'twoPartners'));
    const named = { ...one, otherPartners: 'Elif Yilmaz\n\n' };
    assert.ok(!validateAll(def, input(named)).some((i) => i.code === 'twoPartners'));
    assert.deepEqual(brief(errorsOnly(validateAll(def, input(named)))), []);
    const forms = computedOf(named).forms as GewaForm[];
    assert.equal(forms.length, 1, 'only the managing partner files');
    assert.deepEqual(forms[0]!.nonManagingPartners, ['Elif Yilmaz']);
    assert.ok(shown('personen', gbr).includes('otherPartners'));
    assert.ok(!shown('personen', sole).includes('otherPartners'), 'only a GbR is asked');
    assert.equal(sent({ ...sole, otherPartners: 'X' }).otherPartners, undefined);
  });

  it('the establishment’s street is suggested by the strassen lookup where the municipality has its streets', () => {
    const street = (p: P) => {
      const step = def.steps.find((s) => s.id === 'betrieb')!;
      const flat = (nodes: FieldNode<P>[]): FieldNode<P>[] =>
        nodes.flatMap((n) => [n, ...flat((n.children ?? []) as FieldNode<P>[])]);
      const nodes = flat(walkStep(step, input(sole, p))).filter(
        (n) => n.path === 'establishment.address.street',
      );
      assert.equal(nodes.length, 1, 'one street field shown');
      return (nodes[0]!.field as { lookup?: { name: string } }).lookup?.name;
    };
    assert.equal(street({ ...params, streetLookup: true }), 'strassen');
    assert.equal(street({ ...params, streetLookup: false }), undefined);
    assert.equal(street({ ...params, streetLookup: undefined }), undefined);
    // Chemnitz's example gives the hub its streets and turns the suggestions on.
    const chemnitz = JSON.parse(readFileSync('examples/config/chemnitz.json', 'utf8')) as {
      assistants: Record<string, { streetLookup?: boolean; streets?: string[] }>;
    };
    assert.equal(chemnitz.assistants.gewerbeanzeige!.streetLookup, true);
    assert.ok(chemnitz.assistants.gewerbeanzeige!.streets!.includes('Straße der Nationen'));
  });
});

describe('gewerbeanzeige: more persons than the form holds (Beiblatt), GbR recipients, previous address', () => {
  /** `n` managing persons, each with a name of their own. */
  const many = (n: number): Answers[] => {
    const [first] = gbr.persons as Answers[];
    return Array.from({ length: n }, (_, i) => ({
      ...first!,
      givenNames: `Vorname${i + 1}`,
      familyName: `Familie${i + 1}`,
    }));
  };
  const gbr12 = { ...gbr, persons: many(12) };
  const gmbh12 = { ...gmbh, persons: many(12) };

  it('a GbR with 12 managing partners: valid, 12 GewA 1 records each naming the 11 others, 12 fees', () => {
    assert.deepEqual(brief(errorsOnly(validateAll(def, input(gbr12)))), []);
    const c = computedOf(gbr12);
    const forms = c.forms as GewaForm[];
    assert.equal(forms.length, 12);
    assert.deepEqual(
      forms.map((f) => [
        f.number,
        f.notifier && 'familyName' in f.notifier && f.notifier.familyName,
      ]),
      Array.from({ length: 12 }, (_, i) => [i + 1, `Familie${i + 1}`]),
    );
    for (const f of forms) assert.equal(f.otherPartners!.length, 11);
    assert.equal(c.numberOfManagers, 12);
    assert.deepEqual((c.fee as Fee).lines[0], {
      kind: 'notice',
      quantity: 12,
      unit: 40,
      amount: 480,
    });
  });

  it('a GmbH with 12 representatives: one record, the first on the form, the 11 others on the Beiblatt', () => {
    assert.deepEqual(brief(errorsOnly(validateAll(def, input(gmbh12)))), []);
    const c = computedOf(gmbh12);
    const [form, ...none] = c.forms as GewaForm[];
    assert.equal(none.length, 0);
    assert.equal(form!.representatives!.length, 12);
    assert.deepEqual(
      form!.beiblatt!.map((n) => n.kind === 'natuerlich' && n.familyName),
      Array.from({ length: 11 }, (_, i) => `Familie${i + 2}`),
    );
    // One representative: nothing for a Beiblatt.
    assert.equal(formsOf(sent(gmbh))[0]!.beiblatt, undefined);
    // The review (and the office's PDF, which prints the summary) names all of them.
    for (const lang of ['de', 'en'] as Lang[]) {
      const tr = createTranslator(lang, [messages, uiMessages]);
      const line = def.summary!({ ctx: input(gmbh12), computed: c, lang }).find(
        (l) => l.key === 'summary.beiblatt',
      )!;
      const text = tr.t(line.key, line.vars);
      assert.match(text, lang === 'de' ? /Beiblatt \(11\)/ : /additional sheet \(11\)/);
      for (let i = 2; i <= 12; i++) assert.ok(text.includes(`Vorname${i} Familie${i}`), text);
    }
  });

  it('the payload carries every person: up to 50 accepted, the 51st refused with a message', () => {
    const schema = payloadSchemaOf(def);
    assert.ok(z.safeParse(schema, sent({ ...gbr, persons: many(50) })).success);
    const over = validateAll(def, input({ ...gbr, persons: many(51) }));
    assert.deepEqual(brief(over.filter((i) => i.path === 'persons')), ['persons:too_many:error']);
    const tr = createTranslator('de', [messages, uiMessages]);
    assert.equal(
      issueText(
        tr,
        over.find((i) => i.code === 'too_many')!,
      ),
      'Sie können höchstens 50 Personen angeben.',
    );
  });

  it('a GbR not in a register is asked the name it goes by (optional), not its name "as in the register"', () => {
    const nameNode = (answers: Answers) =>
      visibleSteps(def, input(answers))
        .flatMap((s) => walkStep(s, input(answers)) as FieldNode<unknown>[])
        .flatMap((n) => n.children ?? [])
        .find((n) => n.path === 'company.registeredName')!;
    const tr = createTranslator('de', [messages, uiMessages]);
    const g = nameNode(gbr);
    assert.equal(tr.t(g.field.label!), 'Name der Gesellschaft');
    assert.match(tr.t(g.field.hint!), /Wenn die Gesellschaft einen Namen führt/);
    assert.equal(g.field.required, undefined);
    const noName = { ...gbr, company: { ...(gbr.company as object), registeredName: undefined } };
    assert.deepEqual(brief(errorsOnly(validateAll(def, input(noName)))), []);
    // Registered (the UG): the register's name, required.
    const u = nameNode(gmbh);
    assert.equal(u.field.label, undefined);
    assert.equal(u.field.required, true);
    // The review names whose notices a partnership files.
    const line = def.summary!({ ctx: input(gbr), computed: computedOf(gbr), lang: 'de' }).find(
      (l) => l.key === 'summary.forms',
    )!;
    assert.equal(
      tr.t(line.key, line.vars),
      'Anzeigen: 2 (je eine für jede geschäftsführende Person: Jonas Krause, Elif Yilmaz)',
    );
  });

  it('a GbR (domain §2.4): every recipient that applies, each with the rule that selected it', () => {
    assert.deepEqual(
      recipientsOf(sent(gbr), params).map((r) => `${r.id}:${r.rule}`),
      [
        'ihk:ihkMember',
        'finanzamt:taxOfficeDefault',
        'statistik:statisticsAnmeldungAbmeldung',
        'dguv:accidentInsuranceAlways',
        'bundesagentur:employmentAgencyEmployees',
        'zoll:customsAlways',
        'gewerberegister:tradeRegisterAlways',
      ],
    );
  });

  it('Anmeldung after a move from another municipality: the previous establishment address (street, number, postcode, town) is asked, required and sent', () => {
    const moved = valid.anmeldungNachVerlegung!;
    const nodes = (answers: Answers) =>
      visibleSteps(def, input(answers))
        .flatMap((s) => walkStep(s, input(answers)) as FieldNode<unknown>[])
        .flatMap(function flat(n): FieldNode<unknown>[] {
          return [n, ...(n.children ?? []).flatMap(flat)];
        });
    const fields = (answers: Answers) => nodes(answers).map((n) => n.path);
    for (const k of ['street', 'houseNumber', 'postalCode', 'city'])
      assert.ok(fields(moved).includes(`previousAddress.${k}`), k);
    // On the step that asks the reason; not for any other reason, nor on a GewA 2 or 3.
    const step = visibleSteps(def, input(moved)).find((s) =>
      (walkStep(s, input(moved)) as FieldNode<unknown>[]).some((n) => n.path === 'previousAddress'),
    )!;
    assert.equal(step.id, 'taetigkeit');
    assert.ok(!fields(sole).includes('previousAddress'));
    assert.ok(
      !fields({ ...valid.ummeldungVerlegung!, reason: moved.reason }).includes('previousAddress'),
    );
    // Labelled as the GewA 2 labels its previous address, de and en.
    const group = nodes(moved).find((n) => n.path === 'previousAddress')!;
    for (const [lang, label] of [
      ['de', 'Bisherige Anschrift der Betriebsstätte'],
      ['en', 'Previous address of the establishment'],
    ] as const)
      assert.equal(createTranslator(lang, [messages, uiMessages]).t(`${group.key}.label`), label);
    // Required: all four parts.
    const missing = validateAll(def, input({ ...moved, previousAddress: undefined }));
    assert.deepEqual(brief(missing.filter((i) => i.path.startsWith('previous'))), [
      'previousAddress.city:required:error',
      'previousAddress.houseNumber:required:error',
      'previousAddress.postalCode:required:error',
      'previousAddress.street:required:error',
    ]);
    // Not the new address again.
    const same = { ...moved, previousAddress: (moved.establishment as Answers).address };
    assert.deepEqual(
      brief(validateAll(def, input(same)).filter((i) => i.path.startsWith('previous'))),
      ['previousAddress.street:sameAddress:error'],
    );
    // Sent, valid against the contract; the old town's Gewerbeamt is told.
    const data = sent(moved);
    assert.deepEqual(data.previousAddress, {
      street: 'Meißner Straße',
      houseNumber: '82',
      postalCode: '01445',
      city: 'Radebeul',
    });
    assert.ok(z.safeParse(payloadSchemaOf(def), data).success);
    assert.equal(sent({ ...moved, reason: 'neuerrichtung' }).previousAddress, undefined);
    assert.equal(
      recipientsOf(data, params).find((r) => r.id === 'vorherigesGewerbeamt')?.name,
      'Gewerbeamt Radebeul',
    );
  });

  it('Ummeldung with a move: the previous establishment address is asked, required and sent', () => {
    const umm = valid.ummeldungVerlegung!;
    const fields = (answers: Answers) =>
      visibleSteps(def, input(answers))
        .flatMap((s) => walkStep(s, input(answers)) as FieldNode<unknown>[])
        .flatMap(function flat(n): FieldNode<unknown>[] {
          return [n, ...(n.children ?? []).flatMap(flat)];
        })
        .map((n) => n.path);
    assert.ok(fields(umm).includes('previous.address.street'));
    assert.ok(fields(umm).includes('newValuesHint'), 'step 4 says it asks the new values');
    // Not asked without a move, nor on a GewA 1.
    const noMove = { ...umm, changeReasons: ['ausdehnungTaetigkeit'] };
    assert.ok(!fields(noMove).includes('previous.address.street'));
    assert.ok(!fields(sole).includes('newValuesHint'));
    // Required: street, house number, postal code and town of the old address.
    const missing = validateAll(def, input({ ...umm, previous: { activities: 'x' } }));
    assert.deepEqual(brief(missing.filter((i) => i.path.startsWith('previous.address'))), [
      'previous.address.city:required:error',
      'previous.address.houseNumber:required:error',
      'previous.address.postalCode:required:error',
      'previous.address.street:required:error',
    ]);
    // In the payload beside the new one, and valid against the contract.
    const data = sent(umm);
    assert.deepEqual((data.previous as Answers).address, {
      street: 'Louisenstraße',
      houseNumber: '17',
      postalCode: '01099',
      city: 'Dresden',
    });
    assert.equal(((data.establishment as Answers).address as Answers).street, 'Alaunstraße');
    assert.ok(z.safeParse(payloadSchemaOf(def), data).success);
    assert.equal(sent(noMove).previous && (sent(noMove).previous as Answers).address, undefined);
  });
});
