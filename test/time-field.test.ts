/**
 * Times are one 24-hour text field in every assistant (issue 8, stranger walks): Brauchtumsfeuer
 * had native time inputs (AM/PM under an English system, whatever `lang` says), and "7:30" typed
 * in Feuerwehr's field was refused instead of read as 07:30.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KommAssistant } from '../src/components/assistant-element.js';
import { parseTime } from '../src/components/fields/time.js';
import type { Answers } from '../src/engine/types.js';
import { todayIso } from '../src/engine/walk.js';
import '../src/assistants/brauchtumsfeuer/define.js';
import '../src/assistants/feuerwehr-verdienstausfall/define.js';
import * as bf from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import * as fw from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import { next, q, view } from './drive.js';

type El = KommAssistant<unknown>;
const today = todayIso();

describe('time fields: 24-hour text, "7:30" read as 07:30', () => {
  let config: Record<string, unknown>;
  before(async () => {
    config = (await (await fetch('/examples/config/dresden.json')).json()) as Record<
      string,
      unknown
    >;
  });
  beforeEach(() => sessionStorage.clear());

  it('parseTime: what is read, and what stays text (its format is then reported)', () => {
    const read: [string, string][] = [
      ['7:30', '07:30'],
      ['07:30', '07:30'],
      ['7.30', '07:30'],
      ['730', '07:30'],
      ['0730', '07:30'],
      ['1945', '19:45'],
      ['19', '19:00'],
      ['7', '07:00'],
      ['19 Uhr', '19:00'],
      [' 7:30 uhr ', '07:30'],
      ['0:05', '00:05'],
      ['23:59', '23:59'],
      ['8pm', '20:00'],
      ['8:30 p.m.', '20:30'],
      ['7.30am', '07:30'],
      ['12am', '00:00'],
      ['12 PM', '12:00'],
    ];
    for (const [typed, time] of read) expect(parseTime(typed), typed).to.equal(time);
    for (const typed of ['24:00', '7:60', '12345', '7:3', 'halb acht', '13pm', '0am', ''])
      expect(parseTime(typed), typed).to.equal(undefined);
  });

  /** Types into a field like a person and leaves it with Tab. */
  const type = async (el: El, id: string, text: string) => {
    const input = q<HTMLInputElement>(el, `#${id}`)!;
    input.focus();
    input.select();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    return input;
  };

  for (const lang of ['de', 'en']) {
    it(`Feuerwehr (${lang}): "7:30" and "1615" typed become 07:30 and 16:15, sent as such`, async () => {
      const el = await fixture<El>(
        html`<komm-feuerwehr-verdienstausfall
          lang=${lang}
          .config=${config}
        ></komm-feuerwehr-verdienstausfall>`,
      );
      await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
      const a = fw.arbeitgeber(today) as { deployments: Record<string, unknown>[] };
      a.deployments = [{ ...a.deployments[1], startTime: undefined, endTime: undefined }];
      el.loadAnswers(a as Answers);
      el.goTo('einsaetze');
      await el.updateComplete;
      const start = await type(el, 'f-deployments-0-startTime', '7:30');
      expect(start.type).to.equal('text');
      expect(start.value).to.equal('07:30');
      expect((await type(el, 'f-deployments-0-endTime', '1615')).value).to.equal('16:15');
      await next(el);
      expect(q(el, '[part="error-summary"]')).to.equal(null);
      const d = (el.getPayload()!.data as { deployments: Record<string, unknown>[] }).deployments;
      expect([d[0]!.startTime, d[0]!.endTime]).to.deep.equal(['07:30', '16:15']);
    });
  }

  for (const lang of ['de', 'en']) {
    it(`Brauchtumsfeuer (${lang}): the same text field (no AM/PM), "19 Uhr" and "7pm" → 19:00, "2415" refused`, async () => {
      const el = await fixture<El>(
        html`<komm-brauchtumsfeuer lang=${lang} .config=${config}></komm-brauchtumsfeuer>`,
      );
      await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
      const a = bf.osterfeuerVerein(today) as Record<string, unknown>;
      el.loadAnswers({ ...a, startTime: undefined, endTime: undefined } as Answers);
      el.goTo('termin');
      await el.updateComplete;
      const start = q<HTMLInputElement>(el, '#f-startTime')!;
      const end = q<HTMLInputElement>(el, '#f-endTime')!;
      expect([start.type, end.type]).to.deep.equal(['text', 'text']);
      expect(q(el, '#f-startTime-hint')!.textContent).to.contain('19:30');
      expect((await type(el, 'f-startTime', lang === 'de' ? '19 Uhr' : '7pm')).value).to.equal(
        '19:00',
      );
      expect((await type(el, 'f-endTime', '2415')).value).to.equal('2415');
      await next(el);
      expect(view(el)).to.equal('step');
      expect(q(el, '#f-endTime-error')!.textContent).to.contain('23:30');
      expect(q(el, '#f-startTime-error')).to.equal(null);
      await expect(el).to.be.accessible();
      expect((await type(el, 'f-endTime', '0:30')).value).to.equal('00:30');
      await next(el);
      expect(q(el, '#f-endTime-error')).to.equal(null);
      expect((el.getPayload()!.data as Record<string, unknown>).startTime).to.equal('19:00');
    });
  }
});
