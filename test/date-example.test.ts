/**
 * The example in a date field's hint and error follows the calendar (fields/date-field.ts,
 * engine/date-example.ts): a bonfire's dates (`dateOf: 'future'`) show a date after the notice
 * period, other dates a recent one; a municipality's own hint without `{example}` is shown as it is.
 */
import { expect } from '@open-wc/testing';
import '../src/assistants/brauchtumsfeuer/define.js';
import { dateExample } from '../src/engine/date-example.js';
import { todayIso } from '../src/engine/walk.js';
import { atStep, exampleConfig, next, q, stepId, textOf } from './drive.js';

const termin = (lang: string, config: Record<string, unknown>) =>
  atStep('komm-brauchtumsfeuer', 'termin', lang, config);

describe('date examples follow the calendar', () => {
  for (const [lang, lead] of [
    ['de', 'Zum Beispiel '],
    ['en', 'For example, '],
  ] as const)
    it(`Brauchtumsfeuer (${lang}): every date of the fire has an example after the notice period`, async () => {
      const el = await termin(lang, await exampleConfig());
      for (const id of ['f-date', 'f-alternativeDate', 'f-stackingDate']) {
        const hint = textOf(el, `#${id}-hint`);
        const m = new RegExp(`${lead}(\\d{1,2}) (\\d{1,2}) (\\d{4})\\.$`).exec(hint);
        expect(m, `${id}: ${hint}`).to.not.equal(null);
        const [, d, mo, y] = m!.map(Number) as [number, number, number, number];
        const days = (Date.UTC(y, mo - 1, d) - Date.parse(`${todayIso()}T00:00:00Z`)) / 86_400_000;
        // Dresden's notice period is 14 days; the example lies six to eight weeks ahead.
        expect(days, `${id}: ${hint}`).to.be.within(42, 54);
        expect(d, `${id}: day and month cannot be swapped`).to.be.greaterThan(12);
      }
    });

  it('a date without its month: the error names the same example as the hint', async () => {
    const el = await termin('de', await exampleConfig());
    const example = /(\d{1,2} \d{1,2} \d{4})\.$/.exec(textOf(el, '#f-date-hint'))![1]!;
    expect(example).to.equal(dateExample({ dateOf: 'future' }, todayIso()));
    const year = String(Number(todayIso().slice(0, 4)) + 1);
    for (const [part, value] of [
      ['day', '31'],
      ['month', ''],
      ['year', year],
    ] as const) {
      const input = q<HTMLInputElement>(el, `#f-date-${part}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    await next(el);
    expect(stepId(el)).to.equal('termin');
    expect(textOf(el, '#f-date-error')).to.contain(
      `Geben Sie ein gültiges Datum mit Tag, Monat und Jahr ein, zum Beispiel ${example}.`,
    );
    expect(textOf(el, '#f-date-hint')).not.to.match(/\{\w+\}/);
  });

  it("a municipality's own date hint without {example} is shown as it is", async () => {
    const config = await exampleConfig();
    config.texts = { de: { 'ui.date.hint': 'Etwa 1 5 2027.' } };
    const el = await termin('de', config);
    for (const id of ['f-date', 'f-alternativeDate', 'f-stackingDate']) {
      const hint = textOf(el, `#${id}-hint`);
      expect(hint.endsWith(' Etwa 1 5 2027.'), hint).to.equal(true);
      expect(hint).not.to.match(/\{\w+\}|Zum Beispiel/);
    }
  });
});
