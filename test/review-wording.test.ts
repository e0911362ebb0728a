/**
 * Wording a citizen meets on the review and in the error summary (stranger walks at 320 px, German
 * and English): the names of the review's "Ändern" buttons as Chromium computes them for screen
 * readers, and the heading warnings stand under when a step shows errors too.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { KommAssistant } from '../src/components/assistant-element.js';
import '../src/assistants/hundesteuer/define.js';
import * as hst from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { q, qa } from './drive.js';

type El = KommAssistant<unknown>;
type AxNode = { role: string; name?: string; children?: AxNode[] };
const flat = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(flat)];
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

let config: Record<string, unknown>;
before(async () => {
  config = (await (await fetch('/examples/config/dresden.json')).json()) as Record<string, unknown>;
});
beforeEach(() => sessionStorage.clear());

const open = async (lang: string) => {
  const el = await fixture<El>(
    html`<komm-hundesteuer lang=${lang} .config=${config}></komm-hundesteuer>`,
  );
  await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
  return el;
};

describe('review: the "Ändern" buttons', () => {
  for (const [lang, change] of [
    ['de', 'Ändern'],
    ['en', 'Change'],
  ] as const) {
    it(`(${lang}) are named "${change}: <step>" in Chromium's accessibility tree, no space before the colon`, async () => {
      const el = await open(lang);
      el.loadAnswers(hst.anmeldungZweiHunde);
      el.goTo('review');
      await el.updateComplete;
      const steps = qa(el, '.review-step [id^="review-"]').map(text);
      expect(steps.length).to.be.greaterThan(3);
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      const names = flat(tree)
        .filter((n) => n.role === 'button' && n.name?.startsWith(change))
        .map((n) => n.name);
      expect(names).to.deep.equal(steps.map((s) => `${change}: ${s}`));
      // What the eye sees stays the short word.
      const visible = qa<HTMLButtonElement>(el, '.review-step button.link')[0]!;
      expect(visible.innerText.trim()).to.equal(change);
    });
  }
});
