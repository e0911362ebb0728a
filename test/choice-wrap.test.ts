/**
 * A long German word in an option label wraps instead of running out of the element (stranger
 * walk, Urkunden at 320 px: "Lebenspartnerschaftsurkunde" stuck out of a page's 240 px column,
 * past the edge of the card). Every field of every step of every assistant, German and English,
 * in a 240 px column of a sans-serif page: no field and no option row is wider than its box.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/all.js';
import { assistants } from '../src/assistants/registry.js';
import * as hundesteuerFx from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import type { Answers } from '../src/engine/types.js';
import { q, qa, stepId, view, exampleConfig } from './drive.js';

type El = KommAssistant<unknown>;
const answers: Record<string, Answers> = { hundesteuer: hundesteuerFx.anmeldungEinHund };

describe('option labels and fields wrap inside a narrow column', () => {
  let config: Record<string, unknown>;
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    config = await exampleConfig();
  });
  beforeEach(() => sessionStorage.clear());

  for (const id of Object.keys(assistants))
    for (const lang of ['de', 'en'])
      it(`${id} (${lang}): no option row or field is wider than its box`, async () => {
        const tag = unsafeStatic(`komm-${id}`);
        const box = await fixture<HTMLElement>(
          html`<div style="width: 240px; font-family: sans-serif"><${tag} draft="off" lang=${lang} .config=${config}></${tag}></div>`,
        );
        const el = box.firstElementChild as El;
        await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
        if (answers[id]) el.loadAnswers(answers[id]);
        let checked = 0;
        for (const step of assistants[id]!.steps) {
          el.goTo(step.id);
          await el.updateComplete;
          if (view(el) !== 'step' || stepId(el) !== step.id) continue;
          for (const e of qa(el, '.choice, [part="field"]')) {
            if (!e.clientWidth) continue;
            expect(
              e.scrollWidth,
              `${step.id}: "${e.textContent?.trim().slice(0, 60)}"`,
            ).to.be.at.most(e.clientWidth + 1);
            checked++;
          }
        }
        expect(checked, 'fields checked').to.be.greaterThan(0);
      });
});
