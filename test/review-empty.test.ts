/**
 * An optional answer left empty reads neutral on the review ("Nicht angegeben" / "Not given"),
 * not like something missing ("Keine Angabe"): the chip number of a dog without one.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { KommAssistant } from '../src/components/assistant-element.js';
import '../src/assistants/hundesteuer/define.js';
import * as hst from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { exampleConfig, q, qa } from './drive.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('review: an optional answer left empty', () => {
  for (const [lang, label, empty, old] of [
    ['de', 'Chipnummer (Transponder)', 'Nicht angegeben', 'Keine Angabe'],
    ['en', 'Microchip number (transponder)', 'Not given', 'Not provided'],
  ] as const)
    it(`(${lang}) reads "${empty}"`, async () => {
      const el = await fixture<KommAssistant<unknown>>(
        html`<komm-hundesteuer
          lang=${lang}
          draft="off"
          .config=${await exampleConfig()}
        ></komm-hundesteuer>`,
      );
      await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
      el.loadAnswers(hst.anmeldungZweiHunde); // Luna has no chip number
      el.goTo('review');
      await el.updateComplete;
      const chips = qa(el, '.review-row')
        .filter((r) => text(r.querySelector('dt')) === label)
        .map((r) => text(r.querySelector('dd')));
      expect(chips).to.deep.equal(['276098106543210', empty]);
      expect(qa(el, '.review-row dd').map(text)).not.to.include(old);
    });
});
