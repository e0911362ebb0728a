// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a global .d.ts, nothing to import
/// <reference path="./env.d.ts" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { docsManifest, type Manifest } from './docs-manifest.js';
import { docsPage } from './docs-page.js';

// The generated manifest fills each assistant's Docs page (Rule 14): attributes, properties,
// events, slots, parts and tokens as tables; methods and CSS states in the description.
setCustomElementsManifest(docsManifest(manifest as Manifest));

// The ready themes (src/theming/themes, docs/theming.md) as a page would link them, so stories
// with `theme="kontrast"` and the like show them. The sources name `:is(komm-assistant)`, which
// the build (scripts/build-themes.mjs) fills with the registered tags; here every komm-* tag.
const themes = import.meta.glob<string>('../src/theming/themes/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const tags = [
  ...new Set(
    (manifest as Manifest).modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.tagName ? [d.tagName] : [])),
  ),
];
const style = document.createElement('style');
style.dataset.kommThemes = '';
style.textContent = Object.values(themes)
  .map((css) => css.replaceAll(':is(komm-assistant)', `:is(${tags.join(', ')})`))
  .join('\n');
document.head.append(style);

/**
 * Events, tokens, parts and slots are documented on the Docs page, not controlled: the stories'
 * render sets none of them, and Storybook would offer an "object" control for each.
 */
const documentedOnly: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, t]) => [
      name,
      ['events', 'css custom properties', 'css shadow parts', 'slots'].includes(
        String(t.table?.category),
      )
        ? { ...t, control: false as const }
        : t,
    ]),
  );

const preview: Preview = {
  argTypesEnhancers: [documentedOnly],
  // Toolbar: theme and language for every assistant story (stories/assistant-story.ts reads
  // them; empty = the story's own). The viewport menu is Storybook's own.
  globalTypes: {
    kommTheme: {
      description: 'Theme of the assistants (attribute theme, dist/themes/)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: '', title: 'Theme: as the story' },
          ...['standard', 'kern', 'sachsen', 'kontrast', 'dunkel', 'auto'].map((t) => ({
            value: t,
            title: t,
          })),
        ],
      },
    },
    kommLang: {
      description: 'Language of the assistants (attribute lang)',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: '', title: 'Sprache: wie die Story' },
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { kommTheme: '', kommLang: '' },
  parameters: {
    // Every story is an accessibility check: an axe violation fails the story (and the test run).
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The Docs page of every story file tagged `autodocs` (the assistants): ./docs-page.ts.
    docs: { page: docsPage },
    layout: 'padded',
  },
};

export default preview;
