/**
 * The pre-rendered embed on an English page, with the built script-tag bundle
 * (`dist/cdn/hundesteuer.js`, `npm run build` first), whose English texts are a file of their own
 * (`hundesteuer.en.js`, src/components/lang-texts.ts): the pre-rendered English step 1 stays until
 * those texts are there, also when the config is there before them; never a German step between.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { prerenderedEmbed } from '../src/components/prerender.js';

type Assistant = HTMLElement & { updateComplete: Promise<unknown>; config?: unknown };
type Bundle = { KommHundesteuer: CustomElementConstructor };

const bundle = '/dist/cdn/hundesteuer.js';
const q = (el: Element, sel: string) => el.shadowRoot?.querySelector<HTMLElement>(sel);

describe('pre-rendered embed, English page, script-tag bundle', () => {
  it('keeps the pre-rendered step 1 until the English texts are there', async () => {
    await import(/* @vite-ignore */ bundle);
    const page = document.createElement('div');
    page.lang = 'en';
    document.body.append(page);
    page.innerHTML = `<komm-hundesteuer draft="off" config-src="/examples/config/dresden.json"></komm-hundesteuer>`;
    const rendered = page.firstElementChild as Assistant;
    await waitUntil(
      () => q(rendered, '#step-title')?.textContent?.includes('register'),
      'English step 1 not shown',
      { timeout: 5000 },
    );
    const snippet = await prerenderedEmbed(rendered, { src: bundle });
    expect(snippet).to.contain('Do you want to register or deregister a dog?');
    page.innerHTML = '';

    // The same bundle afresh (another URL, another module): its English texts not loaded yet.
    const fresh = (await import(/* @vite-ignore */ `${bundle}?fresh=${Date.now()}`)) as Bundle;
    const tag = 'komm-hundesteuer-fresh';
    page.setHTMLUnsafe(
      snippet
        .replace(/<script[^]*$/, '')
        .replace(/komm-hundesteuer( |>)/g, `${tag}$1`)
        .replace(/ config-src="[^"]*"/, ''),
    );
    const el = page.firstElementChild as Assistant;
    const root = el.shadowRoot!;
    expect(q(el, 'fieldset legend')!.textContent).to.contain('Your request');
    // The config as a property: there at once, long before the English file.
    el.config = await (await fetch('/examples/config/dresden.json')).json();

    const seen: { forms: number; german: boolean; duplicateIds: string[] }[] = [];
    const observer = new MutationObserver(() => {
      const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
      seen.push({
        forms: root.querySelectorAll('form').length,
        german: root.textContent!.includes('Ihr Anliegen'),
        duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
      });
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    try {
      customElements.define(tag, class extends fresh.KommHundesteuer {});
      await el.updateComplete;
      expect(q(el, 'fieldset legend')!.textContent, 'kept while loading').to.contain(
        'Your request',
      );
      await waitUntil(() => q(el, '#step-title'), 'step 1 not enabled', { timeout: 5000 });
      await el.updateComplete;
      expect(q(el, '#step-title')!.textContent).to.contain('register or deregister');
      expect(root.querySelector('style'), 'the pre-rendered nodes are gone').to.equal(null);
      expect(seen.length).to.be.greaterThan(0);
      for (const s of seen) expect(s).to.deep.equal({ forms: 1, german: false, duplicateIds: [] });
      await expect(el).to.be.accessible();
    } finally {
      observer.disconnect();
      page.remove();
    }
  });
});
