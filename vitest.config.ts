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
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';

export default defineConfig({
  define: { __KOMM_HUB_URL__: JSON.stringify(process.env.HUB_URL ?? '') },
  test: {
    projects: [
      {
        extends: true,
        // KOMM_STORYBOOK_DIR: another Storybook config (test/stories-broken.node.test.ts).
        plugins: [storybookTest({ configDir: process.env.KOMM_STORYBOOK_DIR ?? '.storybook' })],
        test: {
          name: 'storybook',
          testTimeout: 20_000,
          // Fails a story when Lit was loaded twice (.storybook/lit-once.setup.ts).
          setupFiles: ['.storybook/lit-once.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
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
      },
    ],
  },
});
