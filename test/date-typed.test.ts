/**
 * A date typed into the three boxes stays as typed ("2", "3"): the answer is the ISO date
 * ("2026-03-02"), but the boxes are not rewritten to "02" / "03" once the year is complete (a
 * stranger saw the day change under their fingers). An answer from elsewhere (a draft, a
 * prefill, an answers file) shows as stored.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/assistants/hundesteuer/define.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import { atStep, exampleConfig, q } from './drive.js';

const ID = 'f-halter-birthDate';
const box = (el: KommAssistant, part: string) => q<HTMLInputElement>(el, `#${ID}-${part}`)!;
const shown = (el: KommAssistant) => ['day', 'month', 'year'].map((p) => box(el, p).value);
const stored = (el: KommAssistant) =>
  (el as unknown as { store: { answers: { halter?: { birthDate?: unknown } } } }).store.answers
    .halter?.birthDate;

async function type(el: KommAssistant, day: string, month: string, year: string) {
  for (const [part, text] of [
    ['day', day],
    ['month', month],
    ['year', year],
  ] as const) {
    box(el, part).focus();
    await sendKeys({ type: text });
    await el.updateComplete;
  }
}

describe('date field: what the citizen typed stays in the boxes', () => {
  for (const lang of ['de', 'en'])
    it(`(${lang}) "2 3 1984" stays "2 3 1984", the answer is 1984-03-02`, async () => {
      const el = await atStep('komm-hundesteuer', 'halter', lang, await exampleConfig());
      await type(el, '2', '3', '1984');
      expect(stored(el)).to.equal('1984-03-02');
      expect(shown(el)).to.deep.equal(['2', '3', '1984']);
      // Correcting the year keeps the day and month as typed, too.
      box(el, 'year').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '5' });
      await el.updateComplete;
      expect(stored(el)).to.equal('1985-03-02');
      expect(shown(el)).to.deep.equal(['2', '3', '1985']);
    });

  it('a date loaded from elsewhere (draft, prefill) shows as stored', async () => {
    const el = await atStep('komm-hundesteuer', 'halter', 'de', await exampleConfig());
    await type(el, '2', '3', '1984');
    el.loadAnswers({ anliegen: 'anmeldung', halter: { birthDate: '1990-11-07' } });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['07', '11', '1990']);
    expect(stored(el)).to.equal('1990-11-07');
  });

  it('a partial date stays as typed, with its gaps', async () => {
    const el = await atStep('komm-hundesteuer', 'halter', 'de', await exampleConfig());
    await type(el, '2', '', '19');
    expect(shown(el)).to.deep.equal(['2', '', '19']);
    expect(stored(el)).to.equal('19--2');
  });
});
