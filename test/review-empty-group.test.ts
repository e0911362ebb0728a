/**
 * An optional group the citizen left empty (the owner's address, "Wenn Sie sie kennen.") reads
 * as one line in the review, "Anschrift der Eigentümerin oder des Eigentümers: Nicht angegeben",
 * not as four lines of "Nicht angegeben" under Straße, Hausnummer, Postleitzahl and Ort (stranger
 * walk of the Wohnungsgeberbestätigung at 320 px).
 */
import { expect } from '@open-wc/testing';
import '../src/assistants/wohnungsgeberbestaetigung/define.js';
import { auszugAusland } from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import { todayIso } from '../src/engine/walk.js';
import { exampleConfig, inColumn, qa } from './drive.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('review: an optional group left empty is one line', () => {
  for (const [lang, label, empty, filled] of [
    ['de', 'Anschrift der Eigentümerin oder des Eigentümers', 'Nicht angegeben', 'Straße'],
    ['en', 'Address of the owner', 'Not given', 'Street'],
  ] as const)
    it(`${lang}: "${label}" reads "${empty}" once`, async () => {
      const el = await inColumn(320, 'komm-wohnungsgeberbestaetigung', lang, await exampleConfig());
      el.loadAnswers(auszugAusland(todayIso()));
      el.goTo('review');
      await el.updateComplete;
      const dts = qa(el, '.review-step dt');
      const at = dts.filter((dt) => text(dt) === label);
      expect(at.length, dts.map(text).join(' | ')).to.equal(1);
      expect(text(at[0]!.nextElementSibling)).to.equal(empty);
      expect(at[0]!.nextElementSibling!.querySelector('dl'), 'no rows under it').to.equal(null);
      // The landlord's filled-in address keeps its rows.
      expect(dts.filter((dt) => text(dt) === filled).length).to.be.greaterThan(0);
    });
});
