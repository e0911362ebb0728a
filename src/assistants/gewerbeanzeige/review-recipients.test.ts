/**
 * The bodies that receive a Gewerbeanzeige by law (§ 14 GewO) were one paragraph parted by
 * semicolons: about thirty lines at 320 px, "Lebensmittelüberwachun" / "gs- und Veterinäramt"
 * broken mid-word. The review now shows them as a list, one item per body, in a
 * 240 px column (a CMS column on a 320 px phone), German and English.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import './define.js';
import type { KommGewerbeanzeige } from './gewerbeanzeige.js';
import { gewerbeanzeige } from './gewerbeanzeige.definition.js';
import { recipientLabel, type Recipient } from './gewerbeanzeige.computed.js';
import * as fx from './gewerbeanzeige.fixtures.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';
import { todayIso } from '../../engine/walk.js';
import { exampleConfig, q } from '../../../test/drive.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The words of `el`'s text broken over two lines that would have fitted the line on their own. */
function brokenWords(el: HTMLElement): string[] {
  const room =
    el.clientWidth -
    parseFloat(getComputedStyle(el).paddingLeft) -
    parseFloat(getComputedStyle(el).paddingRight);
  const broken: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()];
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (rects.length > 1 && width <= room) broken.push(m[0]);
    }
  return broken;
}

describe('gewerbeanzeige review: the recipients are a list', () => {
  let config: Record<string, unknown>;
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    config = await exampleConfig();
  });
  beforeEach(() => sessionStorage.clear());

  for (const [lang, lead] of [
    ['de', 'Nach § 14 Gewerbeordnung geht Ihre Anzeige auch an:'],
    ['en', 'By law (§ 14 Trade Regulation Act), your notice also goes to:'],
  ] as const)
    it(`${lang}: the lead, then one list item per body; nothing wider than a 240 px column`, async function () {
      this.timeout(30000); // axe over the whole element on a busy 2-core machine
      const box = await fixture<HTMLElement>(
        html`<div style="width: 240px; font-family: sans-serif">
          <komm-gewerbeanzeige draft="off" lang=${lang} .config=${config}></komm-gewerbeanzeige>
        </div>`,
      );
      const el = box.firstElementChild as KommGewerbeanzeige;
      await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
      const answers = fx.gmbhGaststaette(todayIso());
      el.loadAnswers(answers);
      el.goTo('review');
      await waitUntil(() => q(el, '.summary ul'), 'no list in the summary', { timeout: 5000 });

      const summary = q(el, '.summary')!;
      const list = summary.querySelector('ul')!;
      const params = (config.assistants as Record<string, unknown>)
        .gewerbeanzeige as GewerbeanzeigeParams;
      const recipients = el.getPayload()!.computed!.recipients as Recipient[];
      const expected = recipients.map((r) =>
        recipientLabel(r, gewerbeanzeige.params.parse(params), lang),
      );
      expect(expected.length).to.be.greaterThan(5);
      expect([...list.children].map((li) => [li.localName, text(li)])).to.deep.equal(
        expected.map((name) => ['li', name]),
      );
      // The lead is the text just before the list.
      expect(text(list.previousElementSibling)).to.equal(lead);
      expect(text(summary)).not.to.contain(';');

      // Nothing sticks out sideways; a word breaks only where it is wider than its line.
      for (const e of [summary, list, ...list.children] as HTMLElement[])
        expect(e.scrollWidth, `${e.localName} scrolls sideways`).to.be.at.most(e.clientWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const broken = [...list.children].flatMap((li) => brokenWords(li as HTMLElement));
      expect(broken).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
});
