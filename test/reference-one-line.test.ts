/**
 * The confirmation's reference ("Ihre Vorgangsnummer") and assignment code are read and typed as
 * one piece: on a 320 px screen each stays on one line (stranger walk: "HST-2026-" and "000042"
 * on two lines read as two numbers). Sent to the real hub, in the column the demo page gives the
 * element at 320 px (238 px, system-ui), German and English.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/assistants/hundesteuer/define.js';
import '../src/assistants/wohnungsgeberbestaetigung/define.js';
import { anmeldungEinHund } from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { einzugVermieter } from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import type { Answers } from '../src/engine/types.js';
import { todayIso } from '../src/engine/walk.js';
import { exampleConfig, q, qa, submit } from './drive.js';
import { hubInfo } from './hub-commands.js';

const cases: { id: string; answers: () => Answers; shown: number }[] = [
  { id: 'hundesteuer', answers: () => anmeldungEinHund, shown: 1 },
  // The reference and the assignment code (§ 19 Abs. 4 BMG).
  { id: 'wohnungsgeberbestaetigung', answers: () => einzugVermieter(todayIso()), shown: 2 },
];

describe('the confirmation shows the reference and the code each on one line at 320 px', () => {
  let config: Record<string, unknown>;
  let endpoint: string;
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    config = await exampleConfig();
    endpoint = (await hubInfo()).url;
  });
  beforeEach(() => sessionStorage.clear());

  for (const c of cases)
    for (const lang of ['de', 'en'])
      it(`${c.id} (${lang})`, async () => {
        const tag = unsafeStatic(`komm-${c.id}`);
        const box = await fixture<HTMLElement>(
          html`<div style="width: 238px; font-family: system-ui, sans-serif">
            <${tag} draft="off" lang=${lang} endpoint=${endpoint} .config=${config}></${tag}>
          </div>`,
        );
        const el = box.querySelector<KommAssistant<unknown>>(`komm-${c.id}`)!;
        await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
        el.loadAnswers(c.answers());
        el.goTo('review');
        await el.updateComplete;
        await submit(el);
        const shown = qa(el, '.reference strong');
        expect(shown.length).to.equal(c.shown);
        for (const s of shown) {
          expect(s.getClientRects().length, `"${s.textContent}" wraps`).to.equal(1);
          expect(s.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
        }
      });
});
