// What a stranger walk at 320 px (German and English, against the reference hub) found on the
// landlord's confirmation, read through the engine and the translator as the assistant shows it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import type { Answers } from '../../engine/types.js';
import { validateAll } from '../../engine/validate.js';
import { fieldAt } from '../../engine/walk.js';
import { assistants } from '../registry.js';
import { dresdenParams, einzugUntermiete } from './wohnungsgeberbestaetigung.fixtures.js';

const def = assistants.wohnungsgeberbestaetigung!;
const tr = (lang: 'de' | 'en') => createTranslator(lang, [def.messages, uiMessages]);
const today = '2026-12-02';

/** The texts of a step's errors, as the error summary lists them (without the fields' labels). */
const summary = (lang: 'de' | 'en', answers: Answers, step: string) =>
  validateAll(def, { answers, params: dresdenParams, today })
    .filter((i) => i.step === step && i.severity === 'error')
    .map((i) => [i.path, issueText(tr(lang), i, fieldAt(def, i.key)?.type)] as const);

const WHOSE = {
  de: { agent: 'beauftragte', landlord: 'Wohnungsgeber', owner: 'Eigentümer' },
  en: { agent: "agent's", landlord: "landlord's", owner: "owner's" },
};
for (const lang of ['de', 'en'] as const)
  it(`${lang}: a wrong postcode, e-mail or phone number on the landlord step says whose it is`, () => {
    // Three addresses on one step: the summary read "Geben Sie eine Postleitzahl mit 5 Ziffern
    // ein" for the landlord's postcode, not saying which of the three was meant.
    const answers = structuredClone(einzugUntermiete(today)) as Record<string, any>;
    answers.submitterRole = 'beauftragtePerson';
    answers.landlordIsOwner = 'nein';
    answers.agent = {
      name: 'Hausverwaltung Elbblick GmbH',
      address: { street: 'Antonstraße', houseNumber: '3', postalCode: '0109', city: 'Dresden' },
      email: 'info@',
      phone: 'abc',
    };
    answers.landlord.address.postalCode = '1O099';
    answers.landlord.email = 'vermietung@';
    answers.landlord.phone = 'abc';
    answers.owner.address.postalCode = '123';
    const texts = summary(lang, answers, 'wohnungsgeber');
    assert.deepEqual(texts.map(([path]) => path).sort(), [
      'agent.address.postalCode',
      'agent.email',
      'agent.phone',
      'landlord.address.postalCode',
      'landlord.email',
      'landlord.phone',
      'owner.address.postalCode',
    ]);
    for (const [path, text] of texts) {
      const who = path.split('.')[0] as keyof (typeof WHOSE)['de'];
      assert.ok(text.includes(WHOSE[lang][who]), `${path}: ${text}`);
      // Still says how to fix it.
      assert.match(text, lang === 'de' ? /zum Beispiel/ : /like/, text);
    }
  });

const MOVE = { de: /Personen tatsächlich umziehen/, en: /people named really move/ };
for (const lang of ['de', 'en'] as const)
  it(`${lang}: the unticked declaration says what to confirm`, () => {
    // "Setzen Sie das Häkchen, um Ihre Angaben zu bestätigen." stood in the summary beside two
    // other declarations: which box?
    const answers = { ...einzugUntermiete(today), declarationBmg: false };
    const texts = summary(lang, answers, 'erklaerungen');
    assert.equal(texts.length, 1);
    assert.match(texts[0]![1], MOVE[lang]);
  });

it('en: the role and the kind of confirmation read as sentences with their question', () => {
  // "I act as: Acting for the landlord …" and "I confirm a: Move-in" on the step and the review.
  const t = tr('en').t;
  const sentence = (label: string, option: string) => `${t(label)} ${t(option)}`;
  assert.equal(
    sentence('submitterRole.label', 'submitterRole.options.beauftragtePerson'),
    'I am acting for the landlord (for example a property management company)',
  );
  assert.equal(
    sentence('submitterRole.label', 'submitterRole.options.eigentuemer'),
    'I am the owner, and I let the flat',
  );
  assert.equal(
    sentence('confirmationType.label', 'confirmationType.options.einzug'),
    'I confirm a move-in',
  );
  for (const key of Object.keys(def.messages.en!).filter((k) => k.endsWith('.required')))
    assert.doesNotMatch(t(key), /\bof the (agent|landlord|owner)\.$/, key);
});

const LATE = {
  de: 'Der Umzug liegt mehr als 14 Tage zurück. Die Bestätigung muss innerhalb von 14 Tagen nach dem Umzug bei der Meldebehörde sein, sonst droht ein Bußgeld. Senden Sie sie trotzdem ab, am besten jetzt.',
  en: 'The move was more than 14 days ago. The registration office must get the confirmation within 14 days of the move, or you may be fined. Send it anyway, best right now.',
};
for (const lang of ['de', 'en'] as const)
  it(`${lang}: a late move names the move, not "the day", under "Bitte beachten Sie"`, () => {
    // The warning summary read "Der Tag liegt mehr als 14 Tage zurück. Sie müssen innerhalb von
    // zwei Wochen bestätigen …": which day, and 14 days or two weeks?
    const answers = { ...einzugUntermiete(today), moveDate: '2026-06-01' };
    const warnings = validateAll(def, { answers, params: dresdenParams, today }).filter(
      (i) => i.path === 'moveDate',
    );
    assert.deepEqual(
      warnings.map((i) => [i.severity, issueText(tr(lang), i, 'date')]),
      [['warning', LATE[lang]]],
    );
  });

const WAY_OUT = {
  de: /wenden Sie sich bitte an die Meldebehörde\.$/,
  en: /contact the registration office\.$/,
};
for (const lang of ['de', 'en'] as const)
  it(`${lang}: a street missing from the directory is not called non-existent and names a way out`, () => {
    // The demo's Dresden directory holds 20 streets: "Pfotenhauerstraße" (a real street) read
    // "Diese Straße gibt es in der Gemeinde nicht." and the step could not be left.
    const answers = {
      ...einzugUntermiete(today),
      flat: {
        street: 'Pfotenhauerstraße',
        houseNumber: '40',
        postalCode: '01307',
        city: 'Dresden',
      },
    };
    const texts = summary(lang, answers, 'wohnung');
    assert.equal(texts.length, 1);
    const [path, text] = texts[0]!;
    assert.equal(path, 'flat.street');
    assert.doesNotMatch(text, lang === 'de' ? /gibt es .* nicht/ : /does not exist/);
    assert.match(text, WAY_OUT[lang]);
  });
