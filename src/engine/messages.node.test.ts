import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uiMessages } from '../components/messages.js';
import { assistants } from '../assistants/registry.js';
import { TEXT_NAMESPACES } from './define-assistant.js';
import { createTranslator, issueText, resolveLang } from './messages.js';

const shared = {
  de: {
    'ui.nav.next': 'Weiter',
    'ui.error.required': 'Füllen Sie dieses Feld aus.',
    'ui.error.invalid': 'Prüfen Sie Ihre Eingabe.',
    only: 'nur shared de',
  },
  en: { 'ui.nav.next': 'Continue', 'ui.error.required': 'Fill in this field.' },
};
const assistant = {
  de: {
    'steps.anliegen.title': 'Was möchten Sie tun?',
    'ui.nav.next': 'Weiter zum nächsten Schritt',
    onlyDe: 'nur Deutsch',
  },
  en: { 'steps.anliegen.title': 'What would you like to do?' },
};
const override = {
  de: {
    'steps.anliegen.title': 'Ihr Anliegen',
    greeting: 'Guten Tag, {name}! Sie haben {n} Hunde.',
  },
};

describe('messages', () => {
  it('a municipality override wins over the assistant, the assistant over shared texts', () => {
    const de = createTranslator('de', [override, assistant, shared]);
    assert.equal(de.t('steps.anliegen.title'), 'Ihr Anliegen');
    assert.equal(de.t('ui.nav.next'), 'Weiter zum nächsten Schritt');
    assert.equal(de.t('only'), 'nur shared de');
    assert.equal(de.lang, 'de');
  });

  it('the requested language comes first, German is the fallback', () => {
    const en = createTranslator('en', [override, assistant, shared]);
    assert.equal(en.lang, 'en');
    // An English reader gets the assistant's English before a German-only override.
    assert.equal(en.t('steps.anliegen.title'), 'What would you like to do?');
    assert.equal(en.t('ui.nav.next'), 'Continue');
    assert.equal(en.t('onlyDe'), 'nur Deutsch');
    assert.equal(en.t('only'), 'nur shared de');
    const enOverride = createTranslator('en', [
      { en: { 'ui.nav.next': 'Next' } },
      assistant,
      shared,
    ]);
    assert.equal(enOverride.t('ui.nav.next'), 'Next');
  });

  it('an unknown key comes back as the key; has() tells', () => {
    const de = createTranslator('de', [shared]);
    assert.equal(de.t('no.such.key'), 'no.such.key');
    assert.equal(de.has('no.such.key'), false);
    assert.equal(de.has('ui.nav.next'), true);
    assert.equal(createTranslator('en', [shared]).has('only'), true, 'German fallback counts');
  });

  it('never finds inherited keys', () => {
    const de = createTranslator('de', [shared]);
    assert.equal(de.has('constructor'), false);
    assert.equal(de.t('toString'), 'toString');
  });

  it('fills placeholders, leaving unknown ones visible', () => {
    const de = createTranslator('de', [override]);
    assert.equal(
      de.t('greeting', { name: 'Frau Müller', n: 2 }),
      'Guten Tag, Frau Müller! Sie haben 2 Hunde.',
    );
    assert.equal(
      de.t('greeting', { name: 'Frau Müller' }),
      'Guten Tag, Frau Müller! Sie haben {n} Hunde.',
    );
    assert.equal(de.t('greeting', { n: 0, name: '' }), 'Guten Tag, ! Sie haben 0 Hunde.');
    assert.equal(de.t('greeting'), 'Guten Tag, {name}! Sie haben {n} Hunde.');
  });

  it('placeholders never read inherited properties of the vars', () => {
    const de = createTranslator('de', [{ de: { x: 'Wert: {constructor} {toString}' } }]);
    assert.equal(de.t('x', {}), 'Wert: {constructor} {toString}');
  });

  it('resolves the language of a tag', () => {
    assert.equal(resolveLang('en-GB'), 'en');
    assert.equal(resolveLang('en'), 'en');
    assert.equal(resolveLang('EN-us'), 'en');
    assert.equal(resolveLang('de-DE'), 'de');
    assert.equal(resolveLang('fr'), 'de');
    assert.equal(resolveLang('eng'), 'de');
    assert.equal(resolveLang(''), 'de');
    assert.equal(resolveLang(null), 'de');
    assert.equal(resolveLang(undefined), 'de');
  });

  it('issueText: field-specific text, then the code, then the generic text', () => {
    const tr = createTranslator('de', [
      {
        de: {
          'halter.plz.invalid_format': 'Geben Sie eine Postleitzahl mit 5 Ziffern ein.',
          'ui.error.too_small': 'Mindestens {minimum}.',
        },
      },
      shared,
    ]);
    assert.equal(
      issueText(tr, { key: 'halter.plz', code: 'invalid_format' }),
      'Geben Sie eine Postleitzahl mit 5 Ziffern ein.',
    );
    assert.equal(
      issueText(tr, { key: 'halter.name', code: 'required' }),
      'Füllen Sie dieses Feld aus.',
    );
    assert.equal(
      issueText(tr, { key: 'hunde', code: 'too_small', params: { minimum: 1 } }),
      'Mindestens 1.',
    );
    assert.equal(issueText(tr, { key: 'x', code: 'unheard_of' }), 'Prüfen Sie Ihre Eingabe.');
    assert.equal(
      issueText(createTranslator('en', [shared]), { key: 'x', code: 'required' }),
      'Fill in this field.',
    );
  });

  it('issueText formats values for the reader: numbers by locale, ISO dates under a …Date key', () => {
    const texts = {
      de: {
        'date.tooSoon':
          'Wählen Sie ein Datum ab dem {earliestDate}. Frist: {noticeDays} Tage, höchstens {max} m, Code {code}.',
      },
      en: {
        'date.tooSoon':
          'Choose a date on or after {earliestDate}. Notice: {noticeDays} days, at most {max} m, code {code}.',
      },
    };
    const issue = {
      key: 'date',
      code: 'tooSoon',
      params: { earliestDate: '2026-12-13', noticeDays: 14, max: 2.5, code: '2026-12-13' },
    };
    assert.equal(
      issueText(createTranslator('de', [texts, shared]), issue),
      'Wählen Sie ein Datum ab dem 13.12.2026. Frist: 14 Tage, höchstens 2,5 m, Code 2026-12-13.',
    );
    assert.equal(
      issueText(createTranslator('en', [texts, shared]), issue),
      'Choose a date on or after 13 December 2026. Notice: 14 days, at most 2.5 m, code 2026-12-13.',
    );
  });

  it('keeps field texts and shared UI texts apart (a field `date` has its own `date.hint`)', () => {
    // Every shared text sits in a namespace no top-level field path can have.
    for (const lang of ['de', 'en'] as const)
      for (const key of Object.keys(uiMessages[lang]))
        assert.ok(TEXT_NAMESPACES.has(key.slice(0, key.indexOf('.'))), `${lang}: ${key}`);
    const fire = assistants.brauchtumsfeuer!;
    const tr = createTranslator('de', [{}, fire.messages, uiMessages]);
    assert.equal(tr.t('ui.date.hint', { example: '13 1 2027' }), 'Zum Beispiel 13 1 2027.');
    assert.match(tr.t('date.hint', { noticeDays: 14 }), /mindestens 14 Tage vorher/);
    // An assistant or a municipality still overrides a shared text, by its full key.
    const town = { de: { 'ui.date.hint': 'Etwa 1 5 2027.' } };
    const trTown = createTranslator('de', [town, fire.messages, uiMessages]);
    assert.equal(trTown.t('ui.date.hint'), 'Etwa 1 5 2027.');
    assert.match(trTown.t('date.hint', { noticeDays: 14 }), /mindestens 14 Tage vorher/);
  });

  it('a hub issue: its detail for a code without a text of ours, our text for one we know', () => {
    const tr = createTranslator('de', [
      { de: { 'name.known': 'Unser Text.', 'name.needsMin': 'Mindestens {min}.' } },
      shared,
    ]);
    const hub = (code: string, detail?: string) => ({
      key: 'name',
      code,
      ...(detail === undefined ? {} : { params: { detail } }),
    });
    const detail = 'Der Name ist im Register nicht bekannt.';
    assert.equal(issueText(tr, hub('notInRegister', detail)), detail);
    assert.equal(issueText(tr, hub('invalid', detail)), detail); // the hub named no code
    assert.equal(issueText(tr, hub('known', detail)), 'Unser Text.');
    assert.equal(issueText(tr, hub('required', detail)), 'Füllen Sie dieses Feld aus.');
    // Our text needs a value the hub does not send: the hub's words say more than "{min}".
    assert.equal(issueText(tr, hub('needsMin', detail)), detail);
    // Without a detail (or a blank one) the generic text stays.
    assert.equal(issueText(tr, hub('notInRegister')), 'Prüfen Sie Ihre Eingabe.');
    assert.equal(issueText(tr, hub('notInRegister', '  ')), 'Prüfen Sie Ihre Eingabe.');
  });
});
