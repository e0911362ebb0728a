/**
 * Storybook for developers (DESIGN.md "developer"): every assistant, step and state as a story.
 * Set up by hand (no `storybook init`), telemetry off (TOOLCHAIN.md pitfall 11).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { privacyDocsPlugin } from './privacy-docs.js';

/**
 * Every Lit entry point the preview loads, pre-bundled together so that they share one lit-html
 * and one reactive-element. Left to discovery, `lit/directive-helpers.js` (imported by Storybook's
 * web-components renderer) was served unbundled from node_modules with its own
 * `lit-html/development/lit-html.js`: a second Lit on every story ("Multiple versions of Lit
 * loaded"); and `lit/static-html.js`, found only when a story ran, re-bundled the deps with a
 * new `?v=` query, which evaluated the shared chunk again. `.storybook/lit-once.setup.ts` fails
 * the stories run when it happens again.
 */
const LIT_ENTRIES = [
  'lit',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/static-html.js',
  '@lit/task',
  '@lit/reactive-element',
];

// Lit's development build stays (its binding checks are what a workbench is for); only its
// one-line "Lit is in dev mode" notice is switched off, the way Lit documents
// (https://lit.dev/msg/dev-mode): before Lit loads (in the stories run: lit-once.setup.ts).
const LIT_QUIET = `<script>(globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');</script>`;

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // addon-docs: a Docs page per assistant from custom-elements.json (tag `autodocs` on the
  // assistants' meta, stories/assistant-story.ts; tables trimmed in ./docs-manifest.ts).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The stories fetch the example municipality configs like an embedding page fetches its own
  // (`examples/config/<name>.json`, relative to the document), in Storybook and in the a11y sweep.
  staticDirs: [{ from: '../examples/config', to: '/examples/config' }],
  // vite.config.ts is picked up and needs no changes: Storybook drops its `build` and replaces
  // its `server` (the demo's port 5173 stays free). Only the size warning is tuned here: axe
  // (661 kB) and Storybook's own iframe chunk (888 kB) are above Vite's 500 kB default.
  // The docs stories' GDPR drafts come from `virtual:komm-privacy` (./privacy-docs.ts).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), privacyDocsPlugin()],
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...LIT_ENTRIES],
    },
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1024 },
  }),
  previewHead: (head) => `${head ?? ''}\n${LIT_QUIET}`,
};

export default config;
