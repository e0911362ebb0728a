/**
 * The pre-rendered embed (issue 5, first render; README "Pre-rendered embed"): `prerenderedEmbed`
 * writes step 1 into the page's HTML as a declarative shadow root; before the element upgrades the
 * question shows, inert; after, the element's own content replaces it in the same render: one
 * step, no duplicate ids, the config taken, "Weiter" works.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../assistants/hundesteuer/define.js';
import { KommHundesteuer } from '../assistants/hundesteuer/hundesteuer.js';
import { prerenderedEmbed } from './prerender.js';
import { holdConfig } from '../../test/hold-config.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);

/** What a shadow root shows: forms and ids, for "one step, never none, never two". */
function state(root: ShadowRoot) {
  const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
  return {
    forms: root.querySelectorAll('form').length,
    duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
  };
}

let n = 0;
/** The snippet's element under a tag of its own, not defined yet, parsed as a page would. */
function parse(snippet: string, from: string, configSrc?: string) {
  const tag = `${from}-pre${++n}`;
  let markup = snippet.replace(/<script[^]*$/, '').replaceAll(`<${from} `, `<${tag} `);
  markup = markup.replace(`</${from}>`, `</${tag}>`);
  if (configSrc) markup = markup.replace(/config-src="[^"]*"/, `config-src="${configSrc}"`);
  const box = document.createElement('div');
  document.body.append(box);
  box.setHTMLUnsafe(markup);
  return { tag, el: box.firstElementChild as KommHundesteuer, box };
}

async function snippetOf(lang: string) {
  const src = `/examples/config/dresden.json?prerendered=${Date.now()}`;
  const el = await fixture<KommHundesteuer>(
    html`<komm-hundesteuer lang=${lang} draft="off" config-src=${src}
      ><a href="/formulare/hundesteuer.pdf">Antrag als PDF</a></komm-hundesteuer
    >`,
  );
  await waitUntil(() => q(el, '#step-title'), 'config not taken', { timeout: 5000 });
  return { src, snippet: await prerenderedEmbed(el, { src: '/cdn/hundesteuer.js' }) };
}

describe('pre-rendered embed', () => {
  it('writes the tag, the CSS and step 1 inert into a declarative shadow root', async () => {
    const { src, snippet } = await snippetOf('de');
    const start = snippet.slice(0, snippet.indexOf('>') + 1);
    expect(start).to.match(/^<komm-hundesteuer [^>]*>$/);
    expect(start).to.contain(`config-src="${src}"`).and.contain('lang="de"');
    expect(snippet).to.contain('><template shadowrootmode="open"><style>');
    expect(snippet).not.to.contain('<!--');
    expect(snippet, 'the fallback for pages without scripts').to.contain(
      '</template><a href="/formulare/hundesteuer.pdf">Antrag als PDF</a></komm-hundesteuer>',
    );
    expect(snippet, 'the fallback first, the step after it').to.contain(
      '}}</style><slot></slot><div lang="de">',
    );
    expect(start).not.to.contain('theme');
    expect(snippet).to.contain(':host');
    expect(snippet).to.contain('Möchten Sie einen Hund anmelden oder abmelden?');
    expect(snippet).not.to.contain('id="step-title"');
    expect(snippet).not.to.contain('Weiter');
    expect(snippet.trimEnd()).to.match(
      /<\/komm-hundesteuer>\n<script type="module" src="\/cdn\/hundesteuer\.js"><\/script>$/,
    );
  });

  it('shows step 1 before the upgrade and is replaced by the element in the same render', async () => {
    const { snippet } = await snippetOf('de');
    const src = `/examples/config/dresden.json?upgrade=${Date.now()}`;
    const { tag, el, box } = parse(snippet, 'komm-hundesteuer', src);
    const held = holdConfig(src);
    try {
      // Before the upgrade: the question visible, inert, hidden from assistive technology.
      const root = el.shadowRoot!;
      expect(root, 'declarative shadow root').to.exist;
      const legend = root.querySelector('fieldset legend')!;
      expect(legend.textContent).to.contain('Ihr Anliegen');
      expect(legend.checkVisibility()).to.equal(true);
      expect(legend.closest('[inert][aria-hidden="true"]'), 'inert, hidden').to.exist;
      expect(root.querySelector('[role="status"]:not(:empty)')!.textContent).to.contain(
        'wird geladen',
      );
      const pdf = el.querySelector('a')!;
      expect(pdf.checkVisibility(), 'the fallback only where scripts do not run').to.equal(false);
      await expect(el).to.be.accessible();

      // Every state the element passes through, at every microtask checkpoint (before paint).
      const seen: ReturnType<typeof state>[] = [];
      const observer = new MutationObserver(() => seen.push(state(root)));
      observer.observe(root, { childList: true, subtree: true, attributes: true });
      customElements.define(tag, class extends KommHundesteuer {});
      await el.updateComplete;
      expect(el.shadowRoot, 'the same root').to.equal(root);
      expect(state(root)).to.deep.equal({ forms: 1, duplicateIds: [] });
      expect(root.querySelector('style'), 'the pre-rendered nodes are gone').to.equal(null);
      expect(q<HTMLFormElement>(el, 'form')!.inert, 'the preview until the config').to.equal(true);

      held.release();
      await waitUntil(() => q(el, '#step-title'), 'config not taken', { timeout: 5000 });
      await el.updateComplete;
      observer.disconnect();
      expect(seen.length).to.be.greaterThan(0);
      for (const s of seen) expect(s).to.deep.equal({ forms: 1, duplicateIds: [] });
      expect(root.querySelectorAll('fieldset legend').length).to.equal(1);
      expect(q<HTMLFormElement>(el, 'form')!.inert).to.equal(false);
      await expect(el).to.be.accessible();

      q<HTMLButtonElement>(el, '.nav button.primary')!.click();
      await el.updateComplete;
      expect(q(el, '.error-summary')!.textContent).to.contain('Hund anmelden oder abmelden');
      const choice = [...root.querySelectorAll('label')].find((l) =>
        l.textContent!.includes('Einen Hund anmelden'),
      )!;
      choice.click();
      q<HTMLButtonElement>(el, '.nav button.primary')!.click();
      await el.updateComplete;
      await waitUntil(() => q(el, '#step-title')?.textContent?.includes('Hund'), 'no step 2');
      expect(q(el, '#step-title')!.textContent).not.to.contain('anmelden oder abmelden');
      expect(state(root)).to.deep.equal({ forms: 1, duplicateIds: [] });
    } finally {
      held.restore();
      box.remove();
    }
  });

  it('gives way to the config error page when the config cannot be loaded', async () => {
    const { snippet } = await snippetOf('de');
    const { error } = console;
    console.error = () => {}; // the invalid configuration is reported once
    const { tag, el, box } = parse(snippet, 'komm-hundesteuer', `/missing-${Date.now()}.json`);
    try {
      customElements.define(tag, class extends KommHundesteuer {});
      await waitUntil(() => q(el, '.config-error'), 'no config error', { timeout: 5000 });
      expect(state(el.shadowRoot!).forms).to.equal(0);
      expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    } finally {
      console.error = error;
      box.remove();
    }
  });
});
