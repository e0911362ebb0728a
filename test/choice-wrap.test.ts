/**
 * A long German word in an option label wraps instead of running out of the element (stranger
 * walk, Urkunden at 320 px: "Lebenspartnerschaftsurkunde" stuck out of a page's 240 px column,
 * past the edge of the card). Every field of every step of every assistant, German and English,
 * in a 240 px column of a sans-serif page: no field and no option row is wider than its box.
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
        const checked = await everyStepInColumn(id, lang, config, answers[id], (el, step) => {
          let n = 0;
          for (const e of qa(el, '.choice, [part="field"]')) {
            if (!e.clientWidth) continue;
            expect(e.scrollWidth, `${step}: "${e.textContent?.trim().slice(0, 60)}"`).to.be.at.most(
              e.clientWidth + 1,
            );
            n++;
          }
          return n;
        });
        expect(checked, 'fields checked').to.be.greaterThan(0);
      });
});
