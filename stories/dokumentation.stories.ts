/**
 * One page per assistant, generated, not written: what it asks (its definition's steps and
 * fields), how a page embeds and configures it (the example config), and its data-protection
 * information (the draft of scripts/gen-privacy.ts, through
 * `virtual:komm-privacy`, see .storybook/privacy-docs.ts). The element's API (attributes,
 * properties, methods, events, parts, tokens, CSS states) is on its Docs page under "Assistenten"
 * (autodocs from custom-elements.json, .storybook/docs-page.ts), not repeated here. Each page is a
 * story, so the stories
 * run checks it with axe like every other, and its `play` proves the privacy part is the
 * generated one (every legal basis of `<id>.privacy.ts` is on the page).
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { toId } from 'storybook/internal/csf';
import { expect } from 'storybook/test';
import drafts from 'virtual:komm-privacy';
import manifest from '../custom-elements.json';
import { assistants } from '../src/assistants/registry.js';
import { privacyFacts } from '../src/assistants/privacy.js';
import { uiMessages } from '../src/components/messages.js';
import { dataCategories } from '../src/engine/privacy.js';
import '../src/assistants/hundesteuer/define.js';
import { anmeldungZweiHunde } from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import {
  type AssistantArgs,
  defaultArgs,
  loadMunicipalityConfig,
  prepareAssistant,
  renderAssistant,
} from './assistant-story.js';
import { markdown } from './docs/markdown.js';

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
}

const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap(
  (m) => m.declarations ?? [],
);
const declarationOf = (tag: string): Declaration => {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) throw new Error(`custom-elements.json has no <${tag}>: run \`npm run manifest\``);
  return d;
};

/** The example config (Dresden) as a page gives it to this assistant: the shared keys and its own section. */
function exampleConfig(id: string, config: Record<string, unknown>): string {
  const {
    assistants: sections,
    offices,
    ...shared
  } = config as Record<string, unknown> & {
    assistants: Record<string, unknown>;
    offices?: Record<string, unknown>;
  };
  const office = offices?.[id];
  return JSON.stringify(
    {
      ...shared,
      ...(office ? { offices: { [id]: office } } : {}),
      assistants: { [id]: sections[id] },
    },
    null,
    2,
  );
}

const styles = html`<style>
  .komm-docs {
    font-family: system-ui, sans-serif;
    line-height: 1.5;
    max-width: 60rem;
    color: #1b1b1b;
  }
  .komm-docs table {
    border-collapse: collapse;
    margin: 0.5rem 0 1.5rem;
  }
  .komm-docs caption {
    text-align: start;
    font-weight: 600;
  }
  .komm-docs th,
  .komm-docs td {
    border: 1px solid #6b6b6b;
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .komm-docs pre {
    background: #f3f4f6;
    padding: 0.75rem;
    overflow: auto;
  }
  .komm-docs .note {
    border-inline-start: 4px solid #0a5fa8;
    padding-inline-start: 0.75rem;
  }
</style>`;

/** The titles of the assistants' story files (`Assistenten/<title>`, each with a Docs page). */
const storyTitles: Record<string, string> = {
  hundesteuer: 'Hundesteuer',
  brauchtumsfeuer: 'Brauchtumsfeuer',
  wohnungsgeberbestaetigung: 'Wohnungsgeberbestätigung',
  urkunden: 'Urkunden',
  'feuerwehr-verdienstausfall': 'Feuerwehr-Verdienstausfall',
  gewerbeanzeige: 'Gewerbeanzeige',
};
/** The assistant's Docs page in the Storybook manager (links leave the preview iframe). */
const docsHref = (id: string) => `?path=/docs/${toId(`Assistenten/${storyTitles[id]}`, 'docs')}`;

function docsPage(id: string, config: Record<string, unknown>) {
  const def = assistants[id]!;
  const tag = `komm-${id}`;
  const d = declarationOf(tag);
  const steps = dataCategories(def, { sharedTexts: uiMessages });
  const draft = drafts[id];
  if (!draft) throw new Error(`no privacy draft for ${id} (scripts/gen-privacy.ts)`);
  // The draft holds the Art. 30 record, then `---`, then the Art. 13 information shown here.
  const information = draft.split(/\n---\n/)[1];
  return html`${styles}
    <article class="komm-docs" lang="en">
      <h2><code>&lt;${tag}&gt;</code></h2>
      <p>${d.summary ?? d.description ?? ''}</p>

      <h3>What it asks</h3>
      <p>
        The steps of the definition (<code>src/assistants/${id}/</code>), each with every field it
        can show; some only after certain answers.
      </p>
      <ol>
        ${steps.map(
          (s) =>
            html`<li lang="de">
              <strong>${s.title}</strong>: ${s.items.map((i) => i.label).join(' · ')}
            </li>`,
        )}
      </ol>

      <h3>Embedding and configuration</h3>
      <pre
        tabindex="0"
      ><code>&lt;script type="module" src="https://cdn.example/komm-assistenten/cdn/${id}.js"&gt;&lt;/script&gt;
&lt;${tag} config-src="/config/${id}.json"&gt;&lt;/${tag}&gt;</code></pre>
      <p>
        The configuration a municipality gives it (here <code>examples/config/dresden.json</code>:
        the shared keys and this assistant's section; the schema is checked when the element loads
        it, and a wrong key shows the config error page):
      </p>
      <pre tabindex="0"><code>${exampleConfig(id, config)}</code></pre>

      <h3>API</h3>
      <p>
        Attributes, properties, methods, events, <code>::part</code>s, <code>--komm-*</code> tokens
        and CSS states: the
        <a href=${docsHref(id)} target="_top">Docs page of <code>&lt;${tag}&gt;</code></a>
        (generated from <code>custom-elements.json</code>).
      </p>

      <h3>Data protection</h3>
      <p class="note">
        Generated from <code>src/assistants/${id}/${id}.privacy.ts</code> and the definition by
        <code>scripts/gen-privacy.ts</code> (the same text as <code>npm run privacy</code> and
        <code>dist/privacy/${id}.de.md</code>, which also holds the record of processing activities,
        Art. 30 DSGVO). The municipality completes the parts in square brackets.
      </p>
      <section lang="de" aria-label="Datenschutzinformation nach Art. 13 DSGVO">
        ${markdown(information ?? '', 4)}
      </section>
    </article>`;
}

const meta: Meta = {
  title: 'Dokumentation',
  parameters: { layout: 'padded' },
};
export default meta;

const docs = (id: string): StoryObj => ({
  name: String(assistants[id]!.messages.de.title ?? id),
  // Fetched like the assistant stories fetch it (Storybook serves examples/config/).
  loaders: [async () => ({ config: await loadMunicipalityConfig('dresden') })],
  render: (_args, { loaded }) => docsPage(id, loaded['config'] as Record<string, unknown>),
  play: async ({ canvasElement }) => {
    const text = canvasElement.textContent ?? '';
    for (const basis of privacyFacts[id]!.legalBasis) await expect(text).toContain(basis);
    await expect(text).toContain(privacyFacts[id]!.purpose);
    for (const step of dataCategories(assistants[id]!, { sharedTexts: uiMessages }))
      await expect(text).toContain(step.title);
  },
});

export const Hundesteuer = docs('hundesteuer');
export const Brauchtumsfeuer = docs('brauchtumsfeuer');
export const Wohnungsgeberbestaetigung = docs('wohnungsgeberbestaetigung');
export const Urkunden = docs('urkunden');
export const FeuerwehrVerdienstausfall = docs('feuerwehr-verdienstausfall');
export const Gewerbeanzeige = docs('gewerbeanzeige');

/**
 * Where a config gives no `privacyNoticeUrl` (here Dresden's without it), the declarations step
 * shows "Hinweise zum Datenschutz" in place of the link: the short Art. 13 information from the
 * same facts as the page above (`komm-privacy.js`, loaded only then). Opened here.
 */
export const DatenschutzKurzinformation: StoryObj<AssistantArgs> = {
  name: 'Datenschutz-Kurzinformation (Config ohne privacyNoticeUrl)',
  args: { ...defaultArgs, answers: anmeldungZweiHunde, step: 'erklaerungen' },
  loaders: [
    async () => {
      const { privacyNoticeUrl: _, ...config } = await loadMunicipalityConfig('dresden');
      return { config };
    },
  ],
  render: renderAssistant('komm-hundesteuer'),
  play: async ({ canvasElement, args }) => {
    const el = await prepareAssistant(canvasElement, 'komm-hundesteuer', args);
    const until = Date.now() + 5000;
    const find = () =>
      el.shadowRoot!.querySelector<HTMLDetailsElement>('komm-privacy-summary details');
    while (!find()) {
      if (Date.now() > until) throw new Error('no privacy summary within 5 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    const details = find()!;
    await expect(el.shadowRoot!.querySelector('.info a[href]')).toBeNull();
    details.open = true;
    const text = details.textContent ?? '';
    await expect(text).toContain('Landeshauptstadt Dresden');
    for (const basis of privacyFacts['hundesteuer']!.legalBasis)
      await expect(text).toContain(basis);
  },
};
