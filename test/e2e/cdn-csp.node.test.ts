/**
 * The script-tag bundles work on a page with `Content-Security-Policy: default-src 'self'`:
 * no inline styles or scripts, no eval (zod jitless), no foreign origins. A citizen fills the
 * whole application with the keyboard and the names a screen reader announces, submits, and the
 * real hub stores it exactly once.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { osterfeuerVerein } from '../../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import { anmeldungZweiHunde } from '../../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { assistants } from '../../src/assistants/registry.js';
import type { MunicipalityConfig } from '../../src/engine/config.js';
import type { Answers } from '../../src/engine/types.js';
import { todayIso } from '../../src/engine/walk.js';
import { citizen } from './citizen.js';
import { launch, recordingPage, root, screenshotter, startSite, type Recorded } from './harness.js';

const config = (name: string) =>
  JSON.parse(
    readFileSync(join(root, 'examples/config', `${name}.json`), 'utf8'),
  ) as MunicipalityConfig;

const clean = (r: Recorded) => {
  assert.deepEqual(r.violations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(r.pageErrors, [], 'no uncaught page error');
  assert.deepEqual(r.consoleErrors, [], 'no console error');
};

interface Flow {
  /** Assistant id; the element is `<komm-${id}>`. */
  id: string;
  /** Bundle under dist/cdn. */
  bundle: string;
  municipality: string;
  answers: Answers;
  /** Reference number pattern of this assistant. */
  reference: RegExp;
}

/** Loads the page, fills every step, checks the review page, submits, checks hub and outbox. */
async function completeApplication(t: TestContext, browser: Browser, flow: Flow) {
  const def = assistants[flow.id];
  assert.ok(def, `${flow.id} is in the registry`);
  const cfg = config(flow.municipality);
  const tag = `komm-${flow.id}`;
  const site = await startSite({
    bundle: flow.bundle,
    config: flow.municipality,
    body: (endpoint) =>
      `<${tag} config-src="/${flow.municipality}.json" endpoint="${endpoint}"></${tag}>`,
  });
  const { page, recorded } = await recordingPage(browser);
  const shot = screenshotter(page, flow.id);
  try {
    await page.goto(`${site.origin}/`);
    await page.waitForFunction((t) => !!customElements.get(t), tag);
    assert.ok(
      await page.evaluate((t) => !!document.querySelector(t)?.shadowRoot, tag),
      'open shadow root',
    );

    const person = citizen(page, def, cfg, flow.answers, todayIso());
    for (let i = 0; i < person.stepTitles.length; i++) {
      const title = await person.fillStep(i);
      await shot(`step-${i + 1}-${title}`);
      for (const w of await person.next(i)) t.diagnostic(`warning accepted on "${title}": ${w}`);
    }

    const host = page.locator(tag);
    await shot('review');
    await host.getByRole('button', { name: person.tr.t('nav.submit'), exact: true }).press('Enter');
    await host
      .getByRole('heading', { name: person.tr.t('confirmation.title'), exact: true })
      .waitFor({ timeout: 15000 });
    const status = host
      .getByRole('status')
      .filter({ hasText: person.tr.t('confirmation.reference') });
    const reference = (await status.locator('strong').innerText()).trim();
    await shot('confirmation');
    assert.match(reference, flow.reference);
    t.diagnostic(`reference ${reference}`);

    const rows = site.submissions();
    assert.equal(rows.length, 1, 'exactly one submission stored');
    assert.equal(rows[0]!.reference, reference);
    const outbox = join(site.dataDir, 'outbox', cfg.municipality.ags, flow.id);
    assert.ok(existsSync(outbox), `outbox folder ${outbox}`);
    assert.deepEqual(
      readdirSync(outbox),
      [`${reference}.json`],
      'one outbox file named after the reference',
    );

    assert.deepEqual(
      site.requests
        .filter((r) => r.url.startsWith('/api/'))
        .map((r) => `${r.method} ${r.url} ${r.status}`),
      ['POST /api/v1/submissions 201'],
      'one POST, through the same-origin proxy',
    );
    clean(recorded);
    return reference;
  } catch (e) {
    await shot('failure').catch(() => {});
    throw e;
  } finally {
    await page.context().close();
    await site.close();
  }
}

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe("script-tag bundles under default-src 'self'", () => {
  test(
    'hundesteuer.js: a citizen registers two dogs with <komm-hundesteuer> and the hub stores it once',
    { timeout: 90_000 },
    async (t) => {
      await completeApplication(t, browser, {
        id: 'hundesteuer',
        bundle: 'hundesteuer.js',
        municipality: 'dresden',
        answers: anmeldungZweiHunde,
        reference: /^HST-\d{4}-\d{6}$/,
      });
    },
  );

  test(
    'all.js: a citizen completes <komm-brauchtumsfeuer> and the hub stores it once',
    { timeout: 90_000 },
    async (t) => {
      await completeApplication(t, browser, {
        id: 'brauchtumsfeuer',
        bundle: 'all.js',
        municipality: 'dresden',
        answers: osterfeuerVerein(todayIso()),
        reference: /^BRF-\d{4}-\d{6}$/,
      });
    },
  );
});
