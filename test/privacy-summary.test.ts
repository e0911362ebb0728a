/**
 * Issue 9: where the municipality's config links no privacy notice, the declarations step shows a
 * disclosure "Hinweise zum Datenschutz" / "Privacy information" with the short Art. 13
 * information, from the part `komm-privacy.js`, which a page whose config has the link never
 * loads. Run on the built script-tag bundle (`dist/cdn/hundesteuer.js`, `npm run build` first),
 * as a page embeds it; the network is read from the browser's resource entries.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

type El = HTMLElement & {
  config?: unknown;
  updateComplete: Promise<boolean>;
};
const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);

/** Requests of the page so far for the privacy part. */
const privacyRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /\/komm-privacy\.js(\?|$)/.test(e.name))
    .length;

let dresden: Record<string, unknown>;

before(async () => {
  const bundle = '/dist/cdn/hundesteuer.js';
  await import(/* @vite-ignore */ bundle);
  dresden = (await (await fetch('/examples/config/dresden.json')).json()) as Record<
    string,
    unknown
  >;
});

/** A Hundesteuer element on its declarations step (a draft in this tab says so). */
async function atDeclarations(config: Record<string, unknown>, attrs: Record<string, string> = {}) {
  const ctor = customElements.get('komm-hundesteuer') as unknown as {
    definition: { schemaVersion: string };
  };
  const ags = (config.municipality as { ags: string }).ags;
  sessionStorage.setItem(
    `komm-draft:hundesteuer:${ags}:${location.pathname}`,
    JSON.stringify({
      schemaVersion: ctor.definition.schemaVersion,
      answers: { anliegen: 'anmeldung' },
      stepId: 'erklaerungen',
      view: 'step',
      savedAt: new Date().toISOString(),
    }),
  );
  const el = document.createElement('komm-hundesteuer') as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.config = config;
  document.body.append(el);
  await waitUntil(() => q(el, '#f-privacyNoticeAck'), 'declarations step not shown', {
    timeout: 5000,
  });
  return el;
}

afterEach(() => {
  document.querySelectorAll('komm-hundesteuer').forEach((e) => e.remove());
  sessionStorage.clear();
});

describe('privacy notice or summary (built bundle)', function () {
  this.timeout(30_000); // axe over the whole element on a busy 2-core machine
  // First: the part must not be in the page yet.
  it('with privacyNoticeUrl: only the link, and komm-privacy.js is never requested', async () => {
    const el = await atDeclarations(dresden);
    // Idle time: the element renders the next view ahead then; nothing may load the part.
    await new Promise((r) => setTimeout(r, 800));
    const link = q<HTMLAnchorElement>(el, '.info a[href]');
    expect(link!.href).to.equal(dresden.privacyNoticeUrl);
    expect(link!.textContent).to.contain('Datenschutzhinweise');
    expect(q(el, 'komm-privacy-summary, details')).to.equal(null);
    expect(privacyRequests(), 'komm-privacy.js requested').to.equal(0);
    expect(customElements.get('komm-privacy-summary')).to.equal(undefined);
  });

  it('without it (German): a closed disclosure in place of the link; Enter opens the summary', async () => {
    const { privacyNoticeUrl: _, ...config } = dresden;
    const el = await atDeclarations(config);
    await waitUntil(
      () => q(el, '.info komm-privacy-summary details > summary'),
      'no privacy summary',
      { timeout: 5000 },
    );
    const summary = q(el, '.info komm-privacy-summary details > summary')!;
    // The resource entry may be queued a moment after the module ran.
    await waitUntil(() => privacyRequests() === 1, 'komm-privacy.js not requested once', {
      timeout: 5000,
    });
    expect(q(el, '.info a[href]'), 'no link without a URL').to.equal(null);
    const details = summary.parentElement as HTMLDetailsElement;
    expect(summary.textContent).to.equal('Hinweise zum Datenschutz');
    expect(details.open).to.equal(false);
    expect(summary.checkVisibility()).to.equal(true);

    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'Enter opens it').to.equal(true);
    const text = details.textContent!;
    expect(text).to.contain('Landeshauptstadt Dresden');
    expect(text).to.contain('Art. 6 Abs. 1 Buchst. c und e DSGVO');
    expect(text).to.contain('§ 2 Abs. 1 und § 7 Abs. 2 Sächsisches Kommunalabgabengesetz');
    expect(text).to.contain('Sächsischen Datenschutz- und Transparenzbeauftragten');
    expect(text).to.contain('Wer hält den Hund?'); // a data step's title
    // One heading level below the step title (h2).
    expect(q(el, '#step-title')!.tagName).to.equal('H2');
    const headings = [...details.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    expect(headings.map((h) => h.tagName)).to.deep.equal(Array(6).fill('H3'));
    expect(headings[0]!.textContent).to.equal('Wer ist verantwortlich?');
    await expect(el).to.be.accessible();

    // Ticking a box re-renders the step: the summary stays open, the same node.
    q<HTMLInputElement>(el, '#f-privacyNoticeAck')!.click();
    await el.updateComplete;
    expect(q(el, 'komm-privacy-summary details')).to.equal(details);
    expect(details.open).to.equal(true);
    expect(privacyRequests(), 'loaded once').to.equal(1);
  });

  it('without it (English, heading-level 3): "Privacy information" with the English legal basis', async () => {
    const { privacyNoticeUrl: _, ...config } = dresden;
    const el = await atDeclarations(config, { lang: 'en', 'heading-level': '3' });
    // English arrives after the first render (hundesteuer.en.js): the summary follows the language.
    await waitUntil(
      () => q(el, 'komm-privacy-summary details > summary')?.textContent === 'Privacy information',
      'no English privacy summary',
      {
        timeout: 5000,
      },
    );
    const summary = q(el, 'komm-privacy-summary details > summary')!;
    expect(summary.textContent).to.equal('Privacy information');
    summary.click();
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    const text = details.textContent!;
    expect(text).to.contain('Landeshauptstadt Dresden');
    expect(text).to.contain('Art. 6(1)(c) and (e) GDPR');
    expect(text).to.contain('Saxon Municipal Charges Act (SächsKAG)');
    expect(text).to.contain('Saxon Data Protection and Transparency Commissioner');
    expect(text).not.to.contain('Rechtsgrundlagen');
    expect(details.querySelector('h4')!.textContent).to.equal('Who is responsible?');
    expect(details.querySelector('h3, h5')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
