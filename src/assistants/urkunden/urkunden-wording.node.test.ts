// Wording of the certificate request that a stranger walk found odd, read through the registry
// and the translator like the assistant shows it, German and English.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { createTranslator } from '../../engine/messages.js';
import { assistants } from '../registry.js';

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
