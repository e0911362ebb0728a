/**
 * The date hint of a birth date whose field may not autofill the citizen's own birthday (another
 * person's: each managing partner of a Gewerbeanzeige): an example from the past, said once, in
 * German and English (`dateOf: 'birth'`, fields/date-field.ts). Other dates get a recent
 * example, derived from today.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../src/assistants/gewerbeanzeige/define.js';
import '../src/assistants/feuerwehr-verdienstausfall/define.js';
import '../src/assistants/wohnungsgeberbestaetigung/define.js';
import { arbeitgeber } from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import { einzugVermieter } from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import { unsafeStatic, html as shtml } from 'lit/static-html.js';
import type { Answers } from '../src/engine/types.js';
import { gbrZweiGesellschafter } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import { dateExample } from '../src/engine/date-example.js';
import { todayIso } from '../src/engine/walk.js';
import { exampleConfig, q, stepId } from './drive.js';
import { hubInfo } from './hub-commands.js';

const hintOf = (el: HTMLElement, id: string) =>
  q(el, `#${id}-hint`)!.textContent!.replace(/\s+/g, ' ').trim();

describe('birth dates of other persons: an example from the past', () => {
  for (const [lang, birth, other] of [
    ['de', 'Zum Beispiel 27 3 1985.', `Zum Beispiel ${dateExample({}, todayIso())}.`],
    ['en', 'For example, 27 3 1985.', `For example, ${dateExample({}, todayIso())}.`],
  ] as const)
    it(`Gewerbeanzeige, every managing partner's date of birth (${lang})`, async () => {
      const config = await exampleConfig();
      const endpoint = (await hubInfo()).url;
      const el = await fixture<KommAssistant>(
        html`<komm-gewerbeanzeige
          lang=${lang}
          draft="off"
          .config=${config}
          endpoint=${endpoint}
        ></komm-gewerbeanzeige>`,
      );
      await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
      el.loadAnswers(gbrZweiGesellschafter(todayIso()));
      el.goTo('personen');
      await el.updateComplete;
      expect(stepId(el)).to.equal('personen');
      expect(hintOf(el, 'f-persons-0-birthDate')).to.equal(birth);
      expect(hintOf(el, 'f-persons-1-birthDate')).to.equal(birth);
      // No autofill of the citizen's own birthday into another person's.
      expect(q<HTMLInputElement>(el, '#f-persons-1-birthDate-day')!.autocomplete).to.equal('off');
      // A date that is not a birth date has a recent example.
      el.goTo('taetigkeit');
      await el.updateComplete;
      expect(hintOf(el, 'f-startDate').endsWith(other), hintOf(el, 'f-startDate')).to.equal(true);
    });
});

describe('birth dates from personFields: an example from the past, also without autofill', () => {
  const cases: {
    id: string;
    step: string;
    answers: () => Answers;
    hint: string;
    lead?: string[];
  }[] = [
    // The employer's staff fills in the employee's birth date (autocomplete off).
    {
      id: 'feuerwehr-verdienstausfall',
      step: 'mitarbeiter',
      answers: () => arbeitgeber(),
      hint: 'f-employee-birthDate',
    },
    // The landlord fills in each person's, optional, with the assistant's own hint first.
    {
      id: 'wohnungsgeberbestaetigung',
      step: 'personen',
      answers: () => einzugVermieter(todayIso()),
      hint: 'f-persons-0-birthDate',
      lead: [
        'Wenn Sie es wissen. Es hilft der Meldebehörde. ',
        'If you know it. It helps the registration office. ',
      ],
    },
  ];
  for (const c of cases)
    for (const [i, lang, birth] of [
      [0, 'de', 'Zum Beispiel 27 3 1985.'],
      [1, 'en', 'For example, 27 3 1985.'],
    ] as const)
      it(`${c.id}, ${c.hint} (${lang})`, async () => {
        const config = await exampleConfig();
        const tag = unsafeStatic(`komm-${c.id}`);
        const el = await fixture<KommAssistant>(
          shtml`<${tag} lang=${lang} draft="off" .config=${config}></${tag}>`,
        );
        await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
        el.loadAnswers(c.answers());
        el.goTo(c.step);
        await el.updateComplete;
        expect(stepId(el)).to.equal(c.step);
        expect(hintOf(el, c.hint)).to.equal(`${c.lead?.[i] ?? ''}${birth}`);
      });
});
