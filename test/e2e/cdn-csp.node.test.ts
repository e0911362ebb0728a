/**
 * The script-tag bundles work on a page with `Content-Security-Policy: default-src 'self'`:
 * no inline styles or scripts, no eval (zod jitless), no foreign origins. A citizen fills the
 * whole application with the keyboard and the labels a screen reader hears; the hub stores it once.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { assistants } from '../../src/assistants/registry.js';
import { uiMessages } from '../../src/components/messages.js';
import type { MunicipalityConfig } from '../../src/engine/config.js';
import { createTranslator, type Translator } from '../../src/engine/messages.js';
import { launch, recordingPage, root, screenshotter, startSite, type Recorded } from './harness.js';

const config = (name: string) =>
  JSON.parse(readFileSync(join(root, 'examples/config', `${name}.json`), 'utf8')) as MunicipalityConfig;

/** The German texts exactly as the element resolves them: municipality, assistant, shared. */
const translator = (id: string, cfg: MunicipalityConfig): Translator =>
  createTranslator('de', [cfg.texts ?? {}, assistants[id]!.messages, uiMessages]);

const firstStepTitle = (id: string, tr: Translator) => {
  const step = assistants[id]!.steps[0]!;
  return tr.t(step.title ?? `steps.${step.id}.title`);
};

const clean = (r: Recorded) => {
  assert.deepEqual(r.violations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(r.pageErrors, [], 'no uncaught page error');
  assert.deepEqual(r.consoleErrors, [], 'no console error');
};

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('script-tag bundles under default-src \'self\'', () => {
  test('hundesteuer.js: <komm-hundesteuer> upgrades and shows its first question', async () => {
    const cfg = config('dresden');
    const tr = translator('hundesteuer', cfg);
    const site = await startSite({
      bundle: 'hundesteuer.js',
      config: 'dresden',
      body: (endpoint) => `<komm-hundesteuer config-src="/dresden.json" endpoint="${endpoint}"></komm-hundesteuer>`,
    });
    const { page, recorded } = await recordingPage(browser);
    const shot = screenshotter(page, 'hundesteuer');
    try {
      await page.goto(`${site.origin}/`);
      await page.waitForFunction(() => !!customElements.get('komm-hundesteuer'));
      assert.ok(await page.evaluate(() => !!document.querySelector('komm-hundesteuer')?.shadowRoot), 'open shadow root');
      await page.getByRole('heading', { name: firstStepTitle('hundesteuer', tr) }).waitFor();
      await shot('first-step');
      clean(recorded);
    } finally {
      await page.context().close();
      await site.close();
    }
  });

  test('all.js: <komm-brauchtumsfeuer> upgrades and shows its first question', async () => {
    const cfg = config('dresden');
    const tr = translator('brauchtumsfeuer', cfg);
    const site = await startSite({
      bundle: 'all.js',
      config: 'dresden',
      body: (endpoint) => `<komm-brauchtumsfeuer config-src="/dresden.json" endpoint="${endpoint}"></komm-brauchtumsfeuer>`,
    });
    const { page, recorded } = await recordingPage(browser);
    const shot = screenshotter(page, 'brauchtumsfeuer');
    try {
      await page.goto(`${site.origin}/`);
      await page.waitForFunction(() => !!customElements.get('komm-brauchtumsfeuer') && !!customElements.get('komm-hundesteuer'));
      await page.getByRole('heading', { name: firstStepTitle('brauchtumsfeuer', tr) }).waitFor();
      await shot('first-step');
      clean(recorded);
    } finally {
      await page.context().close();
      await site.close();
    }
  });
});
