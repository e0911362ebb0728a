import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countReporter } from './wtr-count-reporter.mjs';
import { hubCommandsPlugin } from './test/wtr-hub-plugin.mjs';

// Browser tests. The real reference hub runs beside them (started by scripts/test.mjs,
// or by this config when HUB_URL is not set); tests reach it over HTTP.
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // tsconfig is required: it is how esbuild learns experimentalDecorators.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    hubCommandsPlugin(),
    // Chromium's own accessibility tree (`a11ySnapshot`): names as a screen reader gets them.
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--disable-quic',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
  // Every test file starts with an empty device outbox (src/transport/outbox.ts): files share one
  // origin, and an envelope one file left queued (by design, e.g. "hub unreachable") would
  // otherwise be sent by the next file's element of the same assistant.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="de">
  <body>
    <script type="module">
      localStorage.removeItem('komm-outbox');
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase('komm-assistenten');
        request.onsuccess = request.onerror = request.onblocked = done;
      });
      await import('${testFramework}');
    </script>
  </body>
</html>`,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
