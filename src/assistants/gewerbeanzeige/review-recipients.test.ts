/**
 * The bodies that receive a Gewerbeanzeige by law (§ 14 GewO) were one paragraph parted by
 * semicolons: about thirty lines at 320 px, "Lebensmittelüberwachun" / "gs- und Veterinäramt"
 * broken mid-word. The review now shows them as a list, one item per body, in a
 * 240 px column (a CMS column on a 320 px phone), German and English.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './define.js';
import type { KommGewerbeanzeige } from './gewerbeanzeige.js';
import { gewerbeanzeige } from './gewerbeanzeige.definition.js';
import { recipientLabel, type Recipient } from './gewerbeanzeige.computed.js';
import * as fx from './gewerbeanzeige.fixtures.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';
import { todayIso } from '../../engine/walk.js';
import { brokenWords, exampleConfig, inColumn, q } from '../../../test/drive.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

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
      const el = (await inColumn(240, 'komm-gewerbeanzeige', lang, config)) as KommGewerbeanzeige;
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
