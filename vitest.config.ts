/**
 * Every Storybook story as a browser test (`npx vitest run`, step "stories" of `npm test`):
 * `@storybook/addon-vitest` turns each story into a test that renders it, runs its `play` and
 * then axe through the a11y addon (`a11y.test: 'error'` in .storybook/preview.ts), in Debian's
 * Chromium (`/usr/bin/chromium`, or CHROME_PATH; no browser download, ../shared/TOOLCHAIN.md).
 *
 * The stories that send (confirmation, sending) use the reference hub of `npm test` when
 * HUB_URL is set; without it they answer through a stand-in with the hub's receipt (see
 * stories/assistant-story.ts `storyFetch`).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';

/** One stories project: the Storybook config in `configDir`, its stories as tests. */
const storiesProject = (name: string, configDir: string, testNamePattern?: RegExp) => ({
  extends: true as const,
  plugins: [storybookTest({ configDir })],
  test: {
    name,
    testTimeout: 20_000,
    ...(testNamePattern ? { testNamePattern } : {}),
    // Fails a story when Lit was loaded twice (.storybook/lit-once.setup.ts).
    setupFiles: [fileURLToPath(new URL('.storybook/lit-once.setup.ts', import.meta.url))],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      instances: [{ browser: 'chromium' as const }],
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      }),
    },
  },
});

// KOMM_STORYBOOK_DIR: another Storybook config (test/stories-broken.node.test.ts), German only.
const configDir = process.env.KOMM_STORYBOOK_DIR;

export default defineConfig({
  define: { __KOMM_HUB_URL__: JSON.stringify(process.env.HUB_URL ?? '') },
  test: {
    projects: configDir
      ? [storiesProject('storybook', configDir)]
      : [
          // Every story, in the language it sets (German unless it says English).
          storiesProject('storybook', '.storybook'),
          // Every assistant's per-step stories (`Step<n><Name>`, not their error twins) again
          // with the toolbar on English (.storybook/en): a step must render in English too.
          storiesProject('storybook-en', '.storybook/en', /Step \d+ \S.*(?<! Errors)$/),
        ],
  },
});
