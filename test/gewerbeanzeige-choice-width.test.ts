/**
 * A closed select shows one line and cuts the rest: in the stranger walk at 320 px the chosen
 * legal form read "Einzelunternehmen, ni" (en: "Sole trader, not in the"). Every choice the
 * Gewerbeanzeige offers as a select, on every step, German and English, in a 240 px column:
 * each option's text fits the select's box, so what the person chose is what they read.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/all.js';
import * as fx from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import type { Answers } from '../src/engine/types.js';
import { qa, exampleConfig } from './drive.js';
import { everyStepInColumn } from './narrow-column.js';

const today = new Date().toISOString().slice(0, 10);
const cases: Record<string, Answers> = {
  ...fx.validAnswers(today),
  // An authorised representative is offered every legal form.
  bevollmaechtigt: { ...fx.gmbhGaststaette(today), filerRole: 'bevollmaechtigter' },
};

/** Width the closed select leaves its text: the box without padding and the arrow. */
const ARROW = 24;
let canvas: CanvasRenderingContext2D;
const textWidth = (select: HTMLSelectElement, text: string) => {
  canvas.font = getComputedStyle(select).font;
  return canvas.measureText(text).width;
};

describe('gewerbeanzeige: what a select shows fits its box', () => {
  let config: Record<string, unknown>;
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    config = await exampleConfig();
    canvas = document.createElement('canvas').getContext('2d')!;
  });
  beforeEach(() => sessionStorage.clear());

  for (const lang of ['de', 'en'])
    it(`${lang}: no option of any select is cut off in a 240 px column`, async function () {
      this.timeout(60000);
      const cut = new Set<string>();
      let checked = 0;
      for (const answers of Object.values(cases))
        checked += await everyStepInColumn('gewerbeanzeige', lang, config, answers, (el, step) => {
          let n = 0;
          for (const select of qa<HTMLSelectElement>(el, 'select')) {
            if (!select.clientWidth) continue;
            const s = getComputedStyle(select);
            const room =
              select.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - ARROW;
            for (const o of select.options) {
              if (textWidth(select, o.text) > room) cut.add(`${step} ${select.id}: "${o.text}"`);
              n++;
            }
          }
          return n;
        });
      expect([...cut]).to.deep.equal([]);
      expect(checked, 'options checked').to.be.greaterThan(0);
    });
});
