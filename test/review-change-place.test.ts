/**
 * The review's "Ändern" buttons have one place in every section (stranger walk at 320 px: beside
 * a short heading, under a long one): on a narrow column under the heading, at its start; on a
 * wide one at the end of the heading's first line. Never overlapping the heading, never wider
 * than the column, and named for what they change ("Ändern: Wer hält den Hund?").
 */
import { expect } from '@open-wc/testing';
import '../src/assistants/hundesteuer/define.js';
import * as hst from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { exampleConfig, inColumn, q, qa } from './drive.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function review(width: number, lang: string) {
  const el = await inColumn(width, 'komm-hundesteuer', lang, await exampleConfig());
  el.loadAnswers(hst.anmeldungZweiHunde);
  el.goTo('review');
  await el.updateComplete;
  const sections = qa(el, '.review-step').map((s) => ({
    section: s.getBoundingClientRect(),
    heading: s.querySelector(':is(h1, h2, h3, h4, h5, h6)')!,
    button: s.querySelector<HTMLButtonElement>('.review-step-head button')!,
  }));
  expect(sections.length, 'sections').to.be.greaterThan(5);
  return { el, sections };
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('review: "Ändern" has one place in every section', () => {
  for (const [lang, change] of [
    ['de', 'Ändern'],
    ['en', 'Change'],
  ] as const) {
    for (const width of [240, 320])
      it(`(${lang}) ${width} px column: under each heading, at its start`, async () => {
        const { el, sections } = await review(width, lang);
        for (const { heading, button } of sections) {
          const h = heading.getBoundingClientRect();
          const b = button.getBoundingClientRect();
          const what = text(heading);
          expect(b.top, `under "${what}"`).to.be.at.least(h.bottom - 1);
          expect(Math.abs(b.left - h.left), `at the start under "${what}"`).to.be.below(1);
          expect(overlap(h, b), `overlaps "${what}"`).to.equal(false);
          expect(text(button)).to.equal(change);
          expect(button.getAttribute('aria-label')).to.equal(`${change}: ${what}`);
        }
        const page = q(el, '[part="review"]')!;
        expect(page.scrollWidth, 'no sideways scrolling').to.be.at.most(page.clientWidth);
        await expect(el).to.be.accessible();
      });

    it(`(${lang}) 700 px column: at the end of each heading's first line`, async () => {
      const { sections } = await review(700, lang);
      for (const { section, heading, button } of sections) {
        const h = heading.getBoundingClientRect();
        const b = button.getBoundingClientRect();
        const what = text(heading);
        const firstLine = parseFloat(getComputedStyle(heading).lineHeight);
        expect(b.top, `beside "${what}"`).to.be.below(h.top + firstLine);
        expect(Math.abs(b.right - section.right), `at the end beside "${what}"`).to.be.below(1);
        expect(overlap(h, b), `overlaps "${what}"`).to.equal(false);
      }
    });
  }
});
