import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// The generated manifest documents attributes, events, parts and tokens in the docs tab (Rule 14).
setCustomElementsManifest(manifest);

// The ready themes (src/theming/themes, docs/theming.md) as a page would link them, so stories
// with `theme="kontrast"` and the like show them. The sources name `:is(komm-assistant)`, which
// the build (scripts/build-themes.mjs) fills with the registered tags; here every komm-* tag.
const themes = import.meta.glob<string>('../src/theming/themes/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const tags = Object.keys(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .reduce(
      (acc, d) => ('tagName' in d && d.tagName ? { ...acc, [d.tagName]: true } : acc),
      {} as Record<string, true>,
    ),
);
const style = document.createElement('style');
style.dataset.kommThemes = '';
style.textContent = Object.values(themes)
  .map((css) => css.replaceAll(':is(komm-assistant)', `:is(${tags.join(', ')})`))
  .join('\n');
document.head.append(style);

const preview: Preview = {
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
    layout: 'padded',
  },
};

export default preview;
