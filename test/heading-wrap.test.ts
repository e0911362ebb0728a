/**
 * A long German word in a step heading wraps instead of running out of the element (stranger
 * walk, Hundesteuer at 320 px: "Beantragen Sie eine Steuervergünstigung?" stuck out of a page's
 * 240 px column and scrolled the page sideways). Every heading of every step of every assistant,
 * German and English, in a 240 px column of a sans-serif page.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/all.js';
import { assistants } from '../src/assistants/registry.js';
import * as hundesteuerFx from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import type { Answers } from '../src/engine/types.js';
import { qa, exampleConfig } from './drive.js';
import { everyStepInColumn } from './narrow-column.js';

const answers: Record<string, Answers> = { hundesteuer: hundesteuerFx.anmeldungEinHund };

describe('step headings wrap inside a narrow column', () => {
  let config: Record<string, unknown>;
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    config = await exampleConfig();
  });
  beforeEach(() => sessionStorage.clear());

  for (const id of Object.keys(assistants))
    for (const lang of ['de', 'en'])
      it(`${id} (${lang}): no heading is wider than the element`, async () => {
        const checked = await everyStepInColumn(id, lang, config, answers[id], (el, step) => {
          let n = 0;
          for (const h of qa(el, 'h1, h2, h3, h4')) {
            if (!h.clientWidth) continue;
            expect(h.scrollWidth, `${step}: "${h.textContent?.trim()}"`).to.be.at.most(
              h.clientWidth + 1,
            );
            n++;
          }
          return n;
        });
        expect(checked, 'headings checked').to.be.greaterThan(0);
      });
});
