/**
 * The Hundesteuer review can name the statute in its link ("Hundesteuersatzung der
 * Landeshauptstadt Dresden (öffnet in neuem Fenster)") instead of showing its bare address, which
 * said nothing about where it leads and broke mid-word on a 320 px screen (stranger walk): a
 * summary line's `{statuteUrl}` reads as the text of `<key>.statuteUrl` where there is one.
 */
import { expect } from '@open-wc/testing';
import '../src/assistants/hundesteuer/define.js';
import * as hst from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { brokenWords, exampleConfig, inColumn, q } from './drive.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function summaryAt(width: number, lang: string, config: Record<string, unknown>) {
  const el = await inColumn(width, 'komm-hundesteuer', lang, config);
  el.loadAnswers(hst.anmeldungZweiHunde);
  el.goTo('review');
  await el.updateComplete;
  return { el, summary: q(el, '.summary')! };
}

/** Dresden's texts naming its statute, as a municipality gives them in its config. */
const TEXTS = {
  de: {
    'summary.notBinding':
      'Diese Berechnung ist unverbindlich. Verbindlich ist allein der Steuerbescheid. Die Steuersätze stehen in der {statuteUrl}.',
    'summary.notBinding.statuteUrl': 'Hundesteuersatzung der Landeshauptstadt Dresden',
  },
  en: {
    'summary.notBinding':
      'This calculation is not binding. Only the tax assessment is binding. The rates are set out in the {statuteUrl}.',
    'summary.notBinding.statuteUrl': 'dog tax statute of the City of Dresden',
  },
};

describe('review: the statute is a named link', () => {
  for (const [lang, sentence, name] of [
    [
      'de',
      'Die Steuersätze stehen in der Hundesteuersatzung der Landeshauptstadt Dresden (öffnet in neuem Fenster).',
      'Hundesteuersatzung der Landeshauptstadt Dresden (öffnet in neuem Fenster)',
    ],
    [
      'en',
      'The rates are set out in the dog tax statute of the City of Dresden (opens in a new window).',
      'dog tax statute of the City of Dresden (opens in a new window)',
    ],
  ] as const)
    for (const width of [240, 320])
      it(`(${lang}, ${width} px) reads "${name}" and wraps between words`, async () => {
        const config: Record<string, unknown> = { ...(await exampleConfig()), texts: TEXTS };
        const url = (config.assistants as { hundesteuer: { statuteUrl: string } }).hundesteuer
          .statuteUrl;
        const { el, summary } = await summaryAt(width, lang, config);
        const links = [...summary.querySelectorAll<HTMLAnchorElement>(`a[href="${url}"]`)];
        expect(links.length).to.equal(1);
        const a = links[0]!;
        expect(text(a)).to.equal(name);
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener');
        expect(text(a.closest('p'))).to.contain(sentence);
        expect(text(summary)).not.to.contain('https://');
        expect(brokenWords(a)).to.deep.equal([]);
        expect(summary.scrollWidth, 'no sideways scrolling').to.be.at.most(summary.clientWidth);
        await expect(el).to.be.accessible();
      });

  it('a name set to "" gives the address back', async () => {
    const config: Record<string, unknown> = {
      ...(await exampleConfig()),
      texts: { de: { ...TEXTS.de, 'summary.notBinding.statuteUrl': '' } },
    };
    const url = (config.assistants as { hundesteuer: { statuteUrl: string } }).hundesteuer
      .statuteUrl;
    const { summary } = await summaryAt(320, 'de', config);
    expect(text(summary.querySelector(`a[href="${url}"]`))).to.equal(
      `${url} (öffnet in neuem Fenster)`,
    );
  });
});
