import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uiMessages } from '../components/messages.js';
import { BIRTH_EXAMPLE, dateExample } from './date-example.js';
import { defineAssistant } from './define-assistant.js';
import { createTranslator, issueText } from './messages.js';
import { probeDefinition } from './test-fixtures.js';
import type { FieldDef } from './types.js';
import { validateAll } from './validate.js';

const DAY_MS = 86_400_000;
/** `13 1 2027` -> days after `today` (negative: before). */
const daysAfter = (example: string, today: string) => {
  const [d, m, y] = example.split(' ').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
};

describe('dateExample: the date in a date hint and error follows the calendar', () => {
  it('a date that must lie ahead: six to eight weeks ahead, a day of 13 or later', () => {
    const future = { dateOf: 'future' } as const;
    assert.equal(dateExample(future, '2026-12-02'), '13 1 2027');
    assert.equal(dateExample(future, '2026-11-29'), '22 1 2027');
    assert.equal(dateExample(future, '2028-01-19'), '13 3 2028'); // over 29 February
    assert.equal(dateExample(future, '2027-01-19'), '14 3 2027');
  });

  it('any other date: today or up to 12 days back, a day of 13 or later', () => {
    assert.equal(dateExample({}, '2026-12-02'), '20 11 2026');
    assert.equal(dateExample({}, '2026-11-29'), '29 11 2026');
    assert.equal(dateExample({}, '2026-01-05'), '24 12 2025');
    assert.equal(dateExample({}, '2028-03-01'), '18 2 2028');
  });

  it('holds on every day of three years', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2029, 0, 1); t += DAY_MS) {
      const today = new Date(t).toISOString().slice(0, 10);
      for (const [field, from, to] of [
        [{ dateOf: 'future' as const }, 42, 54],
        [{}, -12, 0],
      ] as const) {
        const ex = dateExample(field, today);
        assert.match(ex, /^(1[3-9]|2\d|3[01]) ([1-9]|1[0-2]) \d{4}$/, `${today}: ${ex}`);
        const n = daysAfter(ex, today);
        assert.ok(n >= from && n <= to, `${today}: ${ex} is ${n} days after`);
      }
    }
  });

  it("a person's date of birth keeps its example from the past", () => {
    assert.equal(dateExample({ dateOf: 'birth' }, '2026-12-02'), BIRTH_EXAMPLE);
    assert.equal(dateExample({ autocomplete: 'section-x bday' }, '2026-12-02'), BIRTH_EXAMPLE);
    // The hint's text takes the example from there: one place for "27 3 1985".
    const fill = (text: string) => text.replace('{example}', BIRTH_EXAMPLE);
    assert.equal(fill(uiMessages.de['ui.date.hintBirth']!), 'Zum Beispiel 27 3 1985.');
    assert.equal(fill(uiMessages.en['ui.date.hintBirth']!), 'For example, 27 3 1985.');
  });
});

describe('an invalid date: the error names an example from the same today', () => {
  const probe = (fields: FieldDef<unknown>[]) =>
    defineAssistant(probeDefinition([{ id: 's', fields }]));
  const def = probe([
    { type: 'date', path: 'fire', dateOf: 'future' },
    { type: 'date', path: 'moved' },
    { type: 'date', path: 'born', dateOf: 'birth' },
  ]);
  const issues = validateAll(def, {
    answers: { fire: '2027-2-', moved: '2026--5', born: '-3-27' },
    params: {},
    today: '2026-12-02',
  });

  it('in German and English, also where a municipality words it without an example', () => {
    const text = (lang: 'de' | 'en', town = {}) =>
      issues.map((i) =>
        issueText(createTranslator(lang, [town, def.messages, uiMessages]), i, 'date'),
      );
    assert.deepEqual(
      issues.map((i) => i.code),
      ['invalid_format', 'invalid_format', 'invalid_format'],
    );
    // (A day or month that cannot exist gets its own text: date-problem.node.test.ts.)
    const de = 'Geben Sie ein gültiges Datum mit Tag, Monat und Jahr ein, zum Beispiel';
    assert.deepEqual(text('de'), [`${de} 13 1 2027.`, `${de} 20 11 2026.`, `${de} 27 3 1985.`]);
    const en = 'Enter a real date with day, month and year, for example';
    assert.deepEqual(text('en'), [`${en} 13 1 2027.`, `${en} 20 11 2026.`, `${en} 27 3 1985.`]);
    const own = { de: { 'ui.error.invalid_date': 'Dieses Datum gibt es nicht.' } };
    assert.deepEqual(text('de', own), Array(3).fill('Dieses Datum gibt es nicht.'));
  });

  it('the hint: the example filled in, or a municipality text without one as it is', () => {
    const tr = createTranslator('de', [{}, def.messages, uiMessages]);
    assert.equal(tr.t('ui.date.hint', { example: '13 1 2027' }), 'Zum Beispiel 13 1 2027.');
    const town = { de: { 'ui.date.hint': 'Etwa 1 5 2027.' } };
    const trTown = createTranslator('de', [town, def.messages, uiMessages]);
    assert.equal(trTown.t('ui.date.hint', { example: '13 1 2027' }), 'Etwa 1 5 2027.');
  });
});
