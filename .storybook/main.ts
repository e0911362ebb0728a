/**
 * Storybook for developers (DESIGN.md "developer"): every assistant, step and state as a story.
 * Set up by hand (no `storybook init`), telemetry off (TOOLCHAIN.md pitfall 11).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { privacyDocsPlugin } from './privacy-docs.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
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
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1024 },
  }),
};

export default config;
