/**
 * Wording a citizen meets on the review and in the error summary (stranger walks at 320 px, German
 * and English): the names of the review's "Ändern" buttons as Chromium computes them for screen
 * readers, and the heading a warning ("Sie können … trotzdem senden") stands under: never the
 * errors' "Bitte prüfen Sie Ihre Angaben", also when the step shows errors too.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { KommAssistant } from '../src/components/assistant-element.js';
import '../src/assistants/hundesteuer/define.js';
import * as hst from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { next, q, qa, exampleConfig } from './drive.js';

type El = KommAssistant<unknown>;
type AxNode = { role: string; name?: string; children?: AxNode[] };
const flat = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(flat)];
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

let config: Record<string, unknown>;
before(async () => {
  config = await exampleConfig();
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

describe('error summary: warnings stand under "Bitte beachten Sie", not under the errors\' heading', () => {
  /** Each link of the summary with the heading it stands under, as the eye and a screen reader meet them. */
  const sections = (el: El) => {
    const box = q(el, '[part="error-summary"]')!;
    const headings = [...box.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    return [...box.querySelectorAll('a')].map((a) => {
      const above = headings.filter(
        (h) => h.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return [text(above[above.length - 1] ?? null), a.getAttribute('href')];
    });
  };
  const fromReview = async (el: El, step: string) => {
    el.goTo('review');
    await el.updateComplete;
    const steps = qa(el, '.review-step');
    const at = steps.findIndex((s) => s.getAttribute('aria-labelledby') === `review-${step}`);
    steps[at]!.querySelector('button')!.click();
    await el.updateComplete;
    await next(el);
  };

  for (const [lang, errorsTitle, warningsTitle] of [
    ['de', 'Bitte prüfen Sie Ihre Angaben', 'Bitte beachten Sie'],
    ['en', 'Please check your answers', 'Please note'],
  ] as const) {
    it(`(${lang}) errors and a warning on one step: "${errorsTitle}" over the errors, "${warningsTitle}" over the warning`, async () => {
      const el = await open(lang);
      el.loadAnswers(hst.invalidByStep.gefahr.answers);
      await fromReview(el, 'gefahr');
      expect(sections(el)).to.deep.equal([
        [errorsTitle, '#f-hunde-1-dangerPermitAuthority'],
        [errorsTitle, '#f-hunde-1-dangerPermitDate'],
        [warningsTitle, '#f-hunde-0-dangerStatus'],
      ]);
      // The box is named by the errors' heading and takes focus.
      const box = q(el, '[part="error-summary"]')!;
      expect(text(el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!))).to.equal(
        errorsTitle,
      );
      expect(el.shadowRoot!.activeElement).to.equal(box);
      await expect(el).to.be.accessible();
    });

    it(`(${lang}) a warning alone: "${warningsTitle}", in the warning's colours, not the errors'`, async () => {
      const el = await open(lang);
      const answers = structuredClone(hst.anmeldungZweiHunde) as {
        hunde: Record<string, unknown>[];
      };
      Object.assign(answers.hunde[0]!, { breed: 'pitbullTerrier', dangerStatus: 'keine' });
      el.loadAnswers(answers);
      await fromReview(el, 'gefahr');
      expect(sections(el)).to.deep.equal([[warningsTitle, '#f-hunde-0-dangerStatus']]);
      expect(q(el, '[part="error-summary"]')!.classList.contains('warnings')).to.equal(true);
      expect(q(el, '[part="error-summary"] [role="alert"]')).to.equal(null);
      await expect(el).to.be.accessible();
      // "Weiter" again accepts it and returns to the review.
      await next(el);
      expect(q(el, '#step-title')!.textContent).to.contain(lang === 'de' ? 'Prüfen' : 'Check');
    });
  }
});
