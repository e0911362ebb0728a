// What a stranger walk at 320 px (German and English, against the reference hub) found on the
// certificate request, read through the engine and the translator as the assistant shows it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { BIRTH_EXAMPLE, dateExample } from '../../engine/date-example.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import type { Answers, ScalarField } from '../../engine/types.js';
import { validateAll } from '../../engine/validate.js';
import { flatten, walkStep } from '../../engine/walk.js';
import { assistants } from '../registry.js';
import { urkundenComputed, urkundenSummary } from './urkunden.fee.js';
import { dresdenParams, sterbeKind } from './urkunden.fixtures.js';

const def = assistants.urkunden!;
const tr = (lang: 'de' | 'en') => createTranslator(lang, [def.messages, uiMessages]);
const today = '2026-12-02';

/** The date field of the entry as the step shows it for these answers. */
const entryDate = (answers: Answers) => {
  const step = def.steps.find((s) => s.id === 'eintrag')!;
  const nodes = flatten(walkStep(step, { answers, params: dresdenParams, today }));
  const node = nodes.find((n) => n.path === 'eventDate')!;
  assert.ok(node, 'eventDate shown');
  return node.field as ScalarField;
};

it("a parent's date of birth in the entry shows a birth date's example, not this month's", () => {
  // A child asking for their mother's birth certificate read "Geburtsdatum – Zum Beispiel
  // 20 11 2026.": a birth twelve days ago.
  const mother: Answers = {
    ...sterbeKind,
    certificateType: 'geburtsurkunde',
    relationship: 'abkoemmling',
  };
  assert.equal(dateExample(entryDate(mother), today), BIRTH_EXAMPLE);
  // A date of death stays a recent one.
  assert.notEqual(dateExample(entryDate(sterbeKind), today), BIRTH_EXAMPLE);
});

const FEE_LINES = {
  de: [
    'Erste Urkunde: gebührenfrei',
    'Weitere Exemplare: 1, gebührenfrei',
    'Gebühr insgesamt: 0,00\u00a0€',
  ],
  en: [
    'First certificate: free of charge',
    'Further copies: 1, free of charge',
    'Total fee: €0.00',
  ],
};
const CHARGED = {
  de: ['Erste Urkunde: 15,00\u00a0€', 'Weitere Exemplare: 1 × 7,00\u00a0€ = 7,00\u00a0€'],
  en: ['First certificate: €15.00', 'Further copies: 1 × €7.00 = €7.00'],
};
for (const lang of ['de', 'en'] as const)
  it(`${lang}: a purpose free of charge shows no sum that does not add up on the review`, () => {
    // "Weitere Exemplare: 1 × 7,00 € = 0,00 €" for two birth certificates for the pension fund.
    const lines = (answers: Answers) => {
      const ctx = { answers, params: dresdenParams, today };
      const computed = urkundenComputed(ctx);
      return urkundenSummary({ ctx, computed, lang }).map((l) => tr(lang).t(l.key, l.vars));
    };
    const exempt = lines({ ...sterbeKind, purpose: 'rente', deliveryMethod: 'abholung' });
    assert.deepEqual(exempt.slice(0, 3), FEE_LINES[lang]);
    for (const line of exempt) assert.doesNotMatch(line, /×/, line);
    const charged = lines({ ...sterbeKind, purpose: 'familienforschung' });
    assert.deepEqual(charged.slice(0, 2), CHARGED[lang]);
  });

const RECIPIENT = { de: 'Empfänger', en: 'recipient' };
for (const lang of ['de', 'en'] as const)
  it(`${lang}: a missing recipient's name says whose name`, () => {
    // The error summary read "Geben Sie den Namen ein." / "Enter the name." without the label.
    assert.ok(tr(lang).t('deliveryAddress.name.required').includes(RECIPIENT[lang]));
  });

const TOO_MANY = {
  de: 'Geben Sie höchstens 10 ein. Mehr Urkunden können Sie nicht auf einmal beantragen.',
  en: 'Enter at most 10. You cannot request more certificates at once.',
};
for (const lang of ['de', 'en'] as const)
  it(`${lang}: too many copies says what to enter`, () => {
    // "Sie können höchstens 10 Urkunden auf einmal beantragen." named the limit but not what to do.
    const issues = validateAll(def, {
      answers: { ...sterbeKind, quantity: 11 },
      params: dresdenParams,
      today,
    }).filter((i) => i.path === 'quantity');
    assert.deepEqual(
      issues.map((i) => issueText(tr(lang), i, 'integer')),
      [TOO_MANY[lang]],
    );
  });

for (const [lang, heading] of [
  ['de', 'Gebühr'],
  ['en', 'Fee'],
] as const)
  it(`${lang}: the review's box above the answers is headed as the fee it shows`, () => {
    // "Berechnung" / "Calculation" stood over "Erste Urkunde: gebührenfrei".
    assert.equal(tr(lang).t('ui.review.summary'), heading);
  });

it('en: sending and the confirmation call it a request, as the title and "What happens next" do', () => {
  // "Request a civil status certificate" … "Submit application" … "Your application has been
  // sent" … "Handling your request".
  const t = tr('en').t;
  assert.match(t('title'), /^Request\b/);
  assert.match(t('ui.confirmation.nextText', { office: 'Standesamt' }), /\brequest\b/);
  const keys = Object.keys(uiMessages.en!).filter((k) =>
    /^ui\.(nav\.submit|confirmation\.|submit\.|config\.)/.test(k),
  );
  for (const key of keys)
    assert.doesNotMatch(t(key, { office: 'Standesamt', n: 1, max: 5 }), /\bapplication\b/i, key);
  assert.equal(t('ui.nav.submit'), 'Submit request');
  assert.equal(t('ui.confirmation.title'), 'Your request has been sent');
});
