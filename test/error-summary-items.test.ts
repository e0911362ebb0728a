/**
 * The error summary names the list item a problem is in (issue 8, stranger walks): "Geben Sie die
 * Rasse an" twice, out of the items' fieldsets, did not say which dog. German and English.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { KommAssistant } from '../src/components/assistant-element.js';
import type { Answers } from '../src/engine/types.js';
import '../src/assistants/hundesteuer/define.js';
import '../src/assistants/feuerwehr-verdienstausfall/define.js';
import * as hst from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import * as fw from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import { next, q, qa } from './drive.js';

type El = KommAssistant<unknown>;
const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
const links = (el: El) => qa(el, '[part="error-summary"] a').map(text);

describe('error summary: problems inside list items name the item', () => {
  let config: Record<string, unknown>;
  before(async () => {
    config = (await (await fetch('/examples/config/dresden.json')).json()) as Record<
      string,
      unknown
    >;
  });
  beforeEach(() => sessionStorage.clear());

  const open = async (tag: 'hundesteuer' | 'feuerwehr-verdienstausfall', lang: string) => {
    const el =
      tag === 'hundesteuer'
        ? await fixture<El>(
            html`<komm-hundesteuer lang=${lang} .config=${config}></komm-hundesteuer>`,
          )
        : await fixture<El>(
            html`<komm-feuerwehr-verdienstausfall
              lang=${lang}
              .config=${config}
            ></komm-feuerwehr-verdienstausfall>`,
          );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  };

  const twoDogsSecondWithoutBreed = (): Answers => {
    const a = structuredClone(hst.anmeldungZweiHunde) as { hunde: Record<string, unknown>[] };
    delete a.hunde[1]!.breed;
    delete a.hunde[1]!.mixedBreedOf;
    return a as Answers;
  };

  for (const [lang, dog, breed] of [
    ['de', 'Hund 2', 'Rasse'],
    ['en', 'Dog 2', 'breed'],
  ] as const) {
    it(`Hundesteuer (${lang}): "${dog}: …", the inline error stays as it was, the link reaches the field`, async () => {
      const el = await open('hundesteuer', lang);
      el.loadAnswers(twoDogsSecondWithoutBreed());
      el.goTo('hunde');
      await el.updateComplete;
      await next(el);
      const all = links(el);
      expect(all).to.have.length(1);
      expect(all[0]).to.match(new RegExp(`^${dog}: \\S`));
      expect(all[0]).to.contain(breed);
      // The inline error sits in the item's fieldset ("Hund 2: Luna"): no name repeated there.
      const inline = text(q(el, '#f-hunde-1-breed-error')!);
      expect(inline).not.to.contain(dog);
      expect(all[0]).to.contain(inline.replace(/^(Fehler|Error):\s*/, ''));
      q<HTMLAnchorElement>(el, '[part="error-summary"] a')!.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-hunde-1-breed');
      await expect(el).to.be.accessible();
    });
  }

  it('Feuerwehr: "Dienst 2: …" and "Service 2: …"; a field outside the list is not prefixed', async () => {
    for (const [lang, item] of [
      ['de', 'Dienst 2'],
      ['en', 'Service 2'],
    ] as const) {
      sessionStorage.clear();
      const el = await open('feuerwehr-verdienstausfall', lang);
      const a = fw.arbeitgeber() as { deployments: Record<string, unknown>[] };
      delete a.deployments[1]!.endTime;
      el.loadAnswers(a as Answers);
      el.goTo('einsaetze');
      await el.updateComplete;
      await next(el);
      const all = links(el);
      expect(all, lang).to.have.length(1);
      expect(all[0]).to.match(new RegExp(`^${item}: \\S`));
      // Outside any list: the employer's name on another step.
      el.loadAnswers({ ...fw.arbeitgeber(), employer: undefined } as unknown as Answers);
      el.goTo('arbeitgeber');
      await el.updateComplete;
      await next(el);
      expect(links(el).length).to.be.greaterThan(0);
      for (const l of links(el)) expect(l).not.to.match(/^(Dienst|Service|Eintrag|Entry) \d/);
    }
  });
});
