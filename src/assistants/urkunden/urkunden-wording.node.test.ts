// Wording of the certificate request that a stranger walk found odd, read through the registry
// and the translator like the assistant shows it, German and English.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import type { Answers } from '../../engine/types.js';
import { validateAll } from '../../engine/validate.js';
import { assistants } from '../registry.js';
import { dresdenParams, eheRente, lebenspartnerschaftSelbst } from './urkunden.fixtures.js';

const def = assistants.urkunden!;
const tr = (lang: 'de' | 'en') => createTranslator(lang, [def.messages, uiMessages]);
const RELATION = { de: /^In welcher Beziehung stehen Sie\b/, en: /^How are you related\b/ };
const I_AM = { de: 'Ich bin', en: 'I am' };

for (const lang of ['de', 'en'] as const)
  it(`${lang}: the entitlement question asks how the reader is related, as its "${I_AM[lang]} …" answers say`, () => {
    // "Für wen ist die Urkunde?" was answered with "Ich bin: die Person selbst …".
    const step = def.steps.find((s) => s.id === 'berechtigung')!;
    const t = tr(lang).t;
    const field = step.fields.find((f) => f.path === 'relationship')!;
    assert.equal(t(field.label ?? 'relationship.label'), I_AM[lang]);
    assert.match(t(step.title ?? 'steps.berechtigung.title'), RELATION[lang]);
  });

// The error summary shows a missing date or place without its label: "Geben Sie das Datum ein."
// did not say which date. One text serves all kinds (a required issue has no parameters), so it
// names every kind of entry the step can ask about.
const EVENT = {
  de: ['Geburt', 'Eheschließung', 'Lebenspartnerschaft', 'Todes'],
  en: ['birth', 'marriage', 'civil partnership', 'death'],
};
for (const lang of ['de', 'en'] as const)
  it(`${lang}: a missing date or place of the entry says which date or place`, () => {
    const step = def.steps.find((s) => s.id === 'eintrag')!;
    const paths = new Set(
      step.fields.filter((f) => f.type === 'date' || f.path === 'eventPlace').map((f) => f.path),
    );
    assert.deepEqual([...paths], ['eventDate', 'eventPlace']);
    for (const path of paths) {
      const text = tr(lang).t(`${path}.required`);
      for (const word of EVENT[lang]) assert.ok(text.includes(word), `${path}: ${text}`);
    }
  });

// The confirmation said nothing about how the fee is paid without a payment link, nor how the
// certificate comes; the review says "sonst auf Rechnung des Standesamts" / "invoice".
const PAID_BY = { de: 'Rechnung', en: 'invoice' };
const COMES = {
  de: /per Post\b.*\bSie holen sie im Standesamt ab\b/,
  en: /by post\b.*\bcollect\b/,
};
for (const lang of ['de', 'en'] as const)
  it(`${lang}: the confirmation says how the fee is paid and how the certificate comes`, () => {
    const t = tr(lang).t;
    assert.ok(t('summary.payment').includes(PAID_BY[lang]));
    const office = 'Standesamt Dresden';
    const next = t('ui.confirmation.nextText', { office });
    assert.ok(next.includes(office), next);
    assert.ok(next.includes(PAID_BY[lang]), next);
    assert.match(next, COMES[lang]);
    assert.doesNotMatch(next, lang === 'de' ? /Anmeldung/ : /application/);
  });

// A date of the entry that cannot be right said only "Prüfen Sie das Datum." / "Check the date.":
// the texts now say what to enter. Read as the step and the error summary show them (the summary
// without the field's label), German and English.
const DATE_TEXTS = {
  de: {
    inFuture:
      'Das Datum liegt nach dem heutigen Tag (01.03.2027). Geben Sie das Datum der Geburt, der Eheschließung, der Lebenspartnerschaft oder des Todes ein. Prüfen Sie vor allem das Jahr.',
    noPartnership:
      'Eine Lebenspartnerschaft konnte nur vom 1. August 2001 bis 30. September 2017 begründet werden. Geben Sie ein Datum in dieser Zeit ein. Geht es um eine Ehe, wählen Sie im ersten Schritt die Eheurkunde oder das Eheregister.',
  },
  en: {
    inFuture:
      'The date is after today (1 March 2027). Enter the date of the birth, marriage, civil partnership or death. Check the year in particular.',
    noPartnership:
      'A civil partnership could only be registered from 1 August 2001 to 30 September 2017. Enter a date in this period. If it is about a marriage, choose the marriage certificate or the register of marriages in the first step.',
  },
};
for (const lang of ['de', 'en'] as const)
  it(`${lang}: an impossible date of the entry says what to enter`, () => {
    const today = '2027-03-01';
    const textOf = (answers: Answers, code: string) => {
      const issue = validateAll(def, { answers, params: dresdenParams, today }).find(
        (i) => i.path === 'eventDate' && i.code === code,
      )!;
      assert.ok(issue, code);
      return issueText(tr(lang), issue, 'date');
    };
    assert.equal(
      textOf({ ...eheRente, eventDate: '2072-03-01' }, 'inFuture'),
      DATE_TEXTS[lang].inFuture,
    );
    assert.equal(
      textOf({ ...lebenspartnerschaftSelbst, eventDate: '2018-06-01' }, 'noPartnership'),
      DATE_TEXTS[lang].noPartnership,
    );
    // The options the text names are the ones of the first step.
    const t = tr(lang).t;
    const [marriage, register] =
      lang === 'de'
        ? ['Eheurkunde', 'Eheregister']
        : ['marriage certificate', 'register of marriages'];
    assert.match(t('certificateType.options.eheurkunde'), new RegExp(marriage, 'i'));
    assert.match(t('registerKind.options.eheregister'), new RegExp(register, 'i'));
    assert.equal(def.steps[0]!.id, 'urkunde');
  });
