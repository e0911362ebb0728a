/**
 * A date that does not exist, typed into the three boxes ("31 2 2026"): the error says which day
 * or month cannot exist and what to check, in German and English, at the field and in the error
 * summary (engine/date-problem.ts); a municipality's own `ui.error.invalid_date` still wins.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/assistants/hundesteuer/define.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import { atStep, exampleConfig, next, q, stepId, textOf } from './drive.js';

const halter = (lang: string, config: Record<string, unknown>) =>
  atStep('komm-hundesteuer', 'halter', lang, config);

/** Types "31 2 2026" as a person does: each part into its box with real key events. */
async function typeDate(el: KommAssistant, id: string, typed: string) {
  const [day, month, year] = typed.split(' ') as [string, string, string];
  for (const [part, value] of [
    ['day', day],
    ['month', month],
    ['year', year],
  ] as const) {
    q<HTMLInputElement>(el, `#${id}-${part}`)!.focus();
    await sendKeys({ type: value });
  }
  await el.updateComplete;
  await next(el);
  expect(stepId(el)).to.equal('halter');
}

const ID = 'f-halter-birthDate';

describe('a date that does not exist says what is wrong', () => {
  for (const [lang, typed, message] of [
    [
      'de',
      '31 2 2026',
      'Den 31. Februar 2026 gibt es nicht. Der Februar 2026 hat nur 28 Tage. Prüfen Sie den Tag.',
    ],
    [
      'en',
      '31 2 2026',
      'There is no 31 February 2026. February 2026 only has 28 days. Check the day.',
    ],
    [
      'de',
      '12 13 2026',
      'Einen 13. Monat gibt es nicht. Geben Sie den Monat als Zahl von 1 bis 12 ein.',
    ],
    ['en', '12 13 2026', 'There is no month 13. Enter the month as a number from 1 to 12.'],
  ] as const)
    it(`Hundesteuer, date of birth "${typed}" (${lang})`, async () => {
      const el = await halter(lang, await exampleConfig());
      await typeDate(el, ID, typed);
      // The visually hidden "Fehler:" / "Error:" comes first.
      const prefix = lang === 'de' ? 'Fehler:' : 'Error:';
      expect(textOf(el, `#${ID}-error`)).to.equal(`${prefix} ${message}`);
      const summary = textOf(el, '[part="error-summary"]');
      expect(summary, summary).to.contain(message);
      expect(q(el, `#${ID}-day`)!.getAttribute('aria-invalid')).to.equal('true');
    });

  it("a municipality's own invalid_date text still wins", async () => {
    const config = await exampleConfig();
    config.texts = { de: { 'ui.error.invalid_date': 'Dieses Datum gibt es nicht.' } };
    const el = await halter('de', config);
    await typeDate(el, ID, '31 2 2026');
    expect(textOf(el, `#${ID}-error`).endsWith(' Dieses Datum gibt es nicht.')).to.equal(true);
    expect(textOf(el, `#${ID}-error`)).not.to.match(/Februar|\{\w+\}/);
  });
});
