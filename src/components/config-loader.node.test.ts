import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assistants } from '../assistants/registry.js';
import { outdatedTextKeys } from './config-loader.js';

describe('outdatedTextKeys', () => {
  it('names overrides of shared UI texts by their keys before the ui. prefix', () => {
    const texts = {
      de: { 'nav.submit': 'Absenden', 'ui.nav.back': 'Zurück', 'steps.anlass.title': 'Anlass' },
      en: { 'review.title': 'Check' },
    };
    assert.deepEqual(outdatedTextKeys(texts, assistants.hundesteuer!), [
      'texts.de.nav.submit',
      'texts.en.review.title',
    ]);
  });

  it('leaves a key that is a text of the assistant itself (the bonfire field `date`)', () => {
    assert.deepEqual(
      outdatedTextKeys(
        { de: { 'date.hint': 'Frist: {noticeDays} Tage.' } },
        assistants.brauchtumsfeuer!,
      ),
      [],
    );
    assert.deepEqual(
      outdatedTextKeys({ de: { 'date.hint': 'Etwa 1 5 2027.' } }, assistants.hundesteuer!),
      ['texts.de.date.hint'],
    );
    assert.deepEqual(outdatedTextKeys(undefined, assistants.hundesteuer!), []);
  });
});
