/**
 * A web address in an info box reads as the review's does (linked-text.ts): its name
 * (`<key>.<var>`, Brauchtumsfeuer's `procedureAnzeige.text.ordinanceUrl` is "Polizeiverordnung")
 * and a visible "(öffnet in neuem Fenster)". The Brauchtumsfeuer intro showed the bare address of
 * the police ordinance, which broke mid-word at 320 px with Leipzig's config
 * ("buergerservice / -und-verwaltung"), and hid "(öffnet in neuem Fenster)" from the eye.
 */
import { expect } from '@open-wc/testing';
import '../src/assistants/brauchtumsfeuer/define.js';
import { brokenWords, exampleConfig, inColumn, q } from './drive.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function introAt(width: number, lang: string, config: Record<string, unknown>) {
  const el = await inColumn(width, 'komm-brauchtumsfeuer', lang, config);
  await el.updateComplete;
  const url = (config.assistants as { brauchtumsfeuer: { ordinanceUrl: string } }).brauchtumsfeuer
    .ordinanceUrl;
  const info = q(el, '.info')!;
  const links = [...info.querySelectorAll<HTMLAnchorElement>(`a[href="${url}"]`)];
  expect(links.length, text(info)).to.equal(1);
  return { el, info, a: links[0]! };
}

/** Whether the text `s` in `a` can be seen: no part of it sits in a 1 px, clipped box. */
function seen(a: HTMLAnchorElement, s: string): boolean {
  const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent!.includes(s)) {
      for (let e = node.parentElement; e && e !== a.parentElement; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        if (r.width <= 1 || r.height <= 1 || style.clip !== 'auto' || style.clipPath !== 'none')
          return false;
      }
      return true;
    }
  return false;
}

describe('info box: the police ordinance is a named link', () => {
  for (const town of ['leipzig', 'dresden'])
    for (const [lang, sentence, newWindow] of [
      [
        'de',
        'Die Regeln Ihrer Gemeinde stehen in der Polizeiverordnung (öffnet in neuem Fenster).',
        '(öffnet in neuem Fenster)',
      ],
      [
        'en',
        'Your municipality’s rules are in its police ordinance (opens in a new window).',
        '(opens in a new window)',
      ],
    ] as const)
      for (const width of [240, 320])
        it(`${town} (${lang}, ${width} px) reads the name and a visible "${newWindow}"`, async () => {
          const config = await exampleConfig(town);
          const { el, info, a } = await introAt(width, lang, config);
          expect(text(a)).to.equal(
            `${lang === 'de' ? 'Polizeiverordnung' : 'police ordinance'} ${newWindow}`,
          );
          expect(seen(a, newWindow), 'visible').to.equal(true);
          expect(a.target).to.equal('_blank');
          expect(a.rel).to.equal('noopener');
          expect(text(info)).to.contain(sentence);
          expect(text(info)).not.to.contain('https://');
          expect(brokenWords(a)).to.deep.equal([]);
          expect(info.scrollWidth, 'no sideways scrolling').to.be.at.most(info.clientWidth);
          await expect(el).to.be.accessible();
        });

  it('a name set to "" gives the address back, still saying it opens a new window', async () => {
    const config: Record<string, unknown> = {
      ...(await exampleConfig('leipzig')),
      texts: {
        de: { 'procedureAnzeige.text.ordinanceUrl': '', 'procedureAntrag.text.ordinanceUrl': '' },
      },
    };
    const { el, a } = await introAt(320, 'de', config);
    expect(text(a)).to.equal(`${a.getAttribute('href')} (öffnet in neuem Fenster)`);
    expect(seen(a, '(öffnet in neuem Fenster)'), 'visible').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
