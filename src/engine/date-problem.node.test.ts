import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uiMessages } from '../components/messages.js';
import { defineAssistant } from './define-assistant.js';
import { createTranslator, issueText } from './messages.js';
import type { Issue, Lang, Messages } from './types.js';
import { probeDefinition } from './test-fixtures.js';
import { validateAll } from './validate.js';

const def = defineAssistant(probeDefinition([{ id: 's', fields: [{ type: 'date', path: 'd' }] }]));

/** The issue of a date typed as the three boxes join it (fields/date-field.ts `joinDate`). */
const issueOf = (typed: string): Issue => {
  const issues = validateAll(def, { answers: { d: typed }, params: {}, today: '2026-12-02' });
  assert.equal(issues.length, 1, typed);
  return issues[0]!;
};
const text = (lang: Lang, typed: string, town: Partial<Record<Lang, Messages>> = {}) =>
  issueText(createTranslator(lang, [town, def.messages, uiMessages]), issueOf(typed), 'date');

describe('a typed date that names no day: the error says what is wrong', () => {
  it('a day after the end of its month, in German and English', () => {
    assert.equal(
      text('de', '2026-02-31'),
      'Den 31. Februar 2026 gibt es nicht. Der Februar 2026 hat nur 28 Tage. Prüfen Sie den Tag.',
    );
    assert.equal(
      text('en', '2026-02-31'),
      'There is no 31 February 2026. February 2026 only has 28 days. Check the day.',
    );
    assert.equal(
      text('de', '2026-04-31'),
      'Den 31. April 2026 gibt es nicht. Der April 2026 hat nur 30 Tage. Prüfen Sie den Tag.',
    );
    assert.equal(
      text('de', '2027-02-29'),
      'Den 29. Februar 2027 gibt es nicht. Der Februar 2027 hat nur 28 Tage. Prüfen Sie den Tag.',
    );
    assert.equal(
      text('en', '2027-02-29'),
      'There is no 29 February 2027. February 2027 only has 28 days. Check the day.',
    );
    // A day no month has (a 2-digit box allows 45): the same text.
    assert.match(text('de', '2026-02-45'), /^Den 45\. Februar 2026 gibt es nicht\./);
  });

  it('a month after December, in German and English', () => {
    assert.equal(
      text('de', '2026-13-12'),
      'Einen 13. Monat gibt es nicht. Geben Sie den Monat als Zahl von 1 bis 12 ein.',
    );
    assert.equal(
      text('en', '2026-13-12'),
      'There is no month 13. Enter the month as a number from 1 to 12.',
    );
  });

  it('keeps the codes the data hub knows', () => {
    assert.equal(issueOf('2026-02-31').code, 'invalid_date');
    assert.equal(issueOf('2026-13-12').code, 'invalid_format');
  });

  it('29 February of a leap year is a day; other gaps keep the general text', () => {
    const none = validateAll(def, {
      answers: { d: '2028-02-29' },
      params: {},
      today: '2026-12-02',
    });
    assert.deepEqual(none, []);
    const general =
      /^Geben Sie ein gültiges Datum mit Tag, Monat und Jahr ein, zum Beispiel 20 11 2026\.$/;
    for (const typed of ['2026--5', '2026-2-', '26-2-31', '2026-0-5', '2026-2-0', '2026-x-5'])
      assert.match(text('de', typed), general, typed);
  });

  it("a municipality's or an assistant's own invalid_date text still wins", () => {
    const own = { de: { 'ui.error.invalid_date': 'Dieses Datum gibt es nicht.' } };
    assert.equal(text('de', '2026-02-31'), text('de', '2026-02-31', {})); // unchanged without one
    assert.equal(text('de', '2026-02-31', own), 'Dieses Datum gibt es nicht.');
    assert.equal(text('de', '2026-13-12', own), 'Dieses Datum gibt es nicht.');
    const field = { de: { 'd.invalid_date': 'Eigener Text.' } };
    assert.equal(text('de', '2026-02-31', field), 'Eigener Text.');
    // Its own wording of the specific text wins as well.
    const day = { de: { 'ui.error.invalid_day': 'Der {month} {year} hat {days} Tage.' } };
    assert.equal(text('de', '2026-02-31', day), 'Der Februar 2026 hat 28 Tage.');
  });

  it('an issue from the data hub (no parts, its own detail) reads as before', () => {
    const tr = createTranslator('de', [{}, def.messages, uiMessages]);
    const hub = { key: 'd', code: 'invalid_date', params: { detail: 'Text des Hubs.' } };
    assert.equal(issueText(tr, hub, 'date'), 'Text des Hubs.');
  });

  it('no placeholder is left in any of these texts', () => {
    for (const lang of ['de', 'en'] as const)
      for (const typed of ['2026-02-31', '2026-13-12', '2026-99-99', '2026-02-30'])
        assert.doesNotMatch(text(lang, typed), /\{\w+\}/, `${lang} ${typed}`);
  });
});
