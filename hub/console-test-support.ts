/**
 * Test helpers for the operator console (issue 13): a hub with a flows file and a folder sink
 * that cannot deliver, the console's origin, Chromium (playwright-core, Debian's binary), the
 * page's problems (console errors, page errors, CSP violations), signing in, and axe.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Flows } from './flows.js';
import type { HubOptions } from './server.js';
import { startHub, type TestHub } from './test-support.js';

/** `http://127.0.0.1:<port>`: where the hub serves the console (`/admin/`). */
export const consoleOrigin = (hub: TestHub) => hub.url.replace(/\/api\/v1$/, '');

/**
 * A hub on a temp DATA_DIR (removed by `close()`) with `flows` written to its `flows.json` and
 * read with `env` on top of the environment (for `${NAME}` values). DATA_DIR holds a FILE named
 * `blocked`: a folder sink under `blocked/` fails every attempt until the test removes it.
 */
export async function startConsoleHub(
  flows: unknown,
  options: Partial<HubOptions> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<TestHub> {
  const dir = mkdtempSync(join(tmpdir(), 'komm-hub-console-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(join(dir, 'blocked'), 'a file where a folder sink wants a folder');
    const flowsFile = join(dir, 'flows.json');
    writeFileSync(flowsFile, JSON.stringify(flows));
    const hub = await startHub({
      dataDir: dir,
      flows: Flows.fromFile(flowsFile, { ...process.env, ...env }),
      ...options,
    });
    return {
      ...hub,
      async close() {
        await hub.close();
        remove();
      },
    };
  } catch (e) {
    remove();
    throw e;
  }
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-extensions', '--no-first-run'];

/** Chromium, headless: Debian's binary or `CHROME_PATH`. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    timeout: 30_000,
  });

/**
 * Collects into `problems` what must not happen on the page: console errors and warnings, page
 * errors and violations of its Content-Security-Policy (logged as console errors).
 */
export async function watchProblems(page: Page, problems: string[] = []): Promise<string[]> {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return problems;
}

/** Opens the console and signs in with `token` (the next step waits for what it expects). */
export async function signIn(page: Page, hub: TestHub, token: string): Promise<void> {
  await page.goto(`${consoleOrigin(hub)}/admin/`);
  await page.getByLabel('Betriebs-Token').fill(token);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.x A and AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the page as it is (`runOnly` these tags); evaluated over CDP, which the CSP allows. */
export async function axeViolations(page: Page, tags: string[] = WCAG): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as {
        axe: {
          run(o: unknown): Promise<{
            passes: unknown[];
            violations: { id: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ runOnly });
    // No passes at all would mean axe looked at nothing.
    if (result.passes.length === 0) return ['axe checked nothing'];
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, tags);
}
