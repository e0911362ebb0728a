/**
 * The script-tag bundles work on a page with `Content-Security-Policy: default-src 'self'`:
 * no inline styles or scripts, no eval (zod jitless), no foreign origins. A citizen fills the
 * whole application with the keyboard and the names a screen reader announces, submits, and the
 * real hub stores it exactly once.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { osterfeuerVerein } from '../../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import { anmeldungZweiHunde } from '../../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { uiMessages } from '../../src/components/messages.js';
import { assistants } from '../../src/assistants/registry.js';
import type { MunicipalityConfig } from '../../src/engine/config.js';
import type { Answers } from '../../src/engine/types.js';
import { todayIso } from '../../src/engine/walk.js';
import { citizen } from './citizen.js';
import {
  ensureBuilt,
  launch,
  recordingPage,
  root,
  screenshotter,
  startSite,
  type Recorded,
  type SiteOptions,
} from './harness.js';

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
    await host
      .getByRole('button', { name: person.tr.t('ui.nav.submit'), exact: true })
      .press('Enter');
    await host
      .getByRole('heading', { name: person.tr.t('ui.confirmation.title'), exact: true })
      .waitFor({ timeout: 15000 });
    const status = host
      .getByRole('status')
      .filter({ hasText: person.tr.t('ui.confirmation.reference') });
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

/**
 * Issue 5 ("Size"): English lives in `<name>.en.js` beside the bundle. A German page loads one
 * file; an English page (or a switch to English) loads the English file and then shows English;
 * without that file the element stays German with one console warning. All under the CSP.
 */
describe('English texts in a file of their own', () => {
  const hs = assistants.hundesteuer!;
  const bf = assistants.brauchtumsfeuer!;
  const title = (def: typeof hs, lang: 'de' | 'en') => def.messages[lang]['steps.anliegen.title']!;
  /** A shared UI text in English (its key with or without the `ui.` namespace). */
  const uiEn = (key: string) => (uiMessages.en[`ui.${key}`] ?? uiMessages.en[key])!;

  /** Opens a page with `<komm-hundesteuer>` (or `tag`) and returns it with the site. */
  async function open(options: Partial<SiteOptions> & { tag?: string; count?: number } = {}) {
    const tag = options.tag ?? 'komm-hundesteuer';
    const site = await startSite({
      bundle: 'hundesteuer.js',
      config: 'dresden',
      body: (endpoint) =>
        Array.from(
          { length: options.count ?? 1 },
          (_, i) =>
            `<${tag} id="a${i}" config-src="/dresden.json" endpoint="${endpoint}"></${tag}>`,
        ).join('\n'),
      ...options,
    });
    const { page, recorded } = await recordingPage(browser);
    const host = page.locator(`${tag}#a0`);
    const heading = (name: string) => host.getByRole('heading', { name, exact: true });
    const scripts = () => site.requests.filter((r) => r.url.endsWith('.js')).map((r) => r.url);
    const close = async () => {
      await page.context().close();
      await site.close();
    };
    return { site, page, recorded, host, heading, scripts, close };
  }

  test('a German page requests only hundesteuer.js', { timeout: 60_000 }, async () => {
    assert.ok(existsSync(ensureBuilt('hundesteuer.en.js')), 'the English file exists beside it');
    const o = await open();
    try {
      await o.page.goto(`${o.site.origin}/`);
      await o.heading(title(hs, 'de')).waitFor();
      await o.page.waitForLoadState('networkidle');
      assert.deepEqual(o.scripts(), ['/hundesteuer.js'], 'one script file');
      clean(o.recorded);
      assert.deepEqual(o.recorded.consoleWarnings, []);
    } finally {
      await o.close();
    }
  });

  for (const [bundle, def, en] of [
    ['hundesteuer.js', hs, 'hundesteuer.en.js'],
    ['all.js', bf, 'all.en.js'],
  ] as const) {
    test(`an English page loads ${en} and shows English`, { timeout: 60_000 }, async () => {
      const tag = `komm-${def.id}`;
      const o = await open({ bundle, tag, lang: 'en-GB' });
      try {
        await o.page.goto(`${o.site.origin}/`);
        await o.heading(title(def, 'en')).waitFor();
        await o.host.getByRole('button', { name: uiEn('nav.next'), exact: true }).waitFor();
        assert.equal(await o.host.locator('[lang]').first().getAttribute('lang'), 'en');
        assert.deepEqual(o.scripts(), [`/${bundle}`, `/${en}`]);
        clean(o.recorded);
        assert.deepEqual(o.recorded.consoleWarnings, []);
      } finally {
        await o.close();
      }
    });
  }

  test('municipal texts still win per language, also with English loaded', async () => {
    const o = await open({
      lang: 'en',
      editConfig: (c) => ({
        ...c,
        texts: {
          de: { 'steps.anliegen.title': 'Hund an oder ab?' },
          en: { 'steps.anliegen.title': 'Dog in or out?' },
        },
      }),
    });
    try {
      await o.page.goto(`${o.site.origin}/`);
      await o.heading('Dog in or out?').waitFor();
      await o.page.evaluate(() => (document.documentElement.lang = 'de'));
      await o.heading('Hund an oder ab?').waitFor();
      clean(o.recorded);
    } finally {
      await o.close();
    }
  });

  test('switching the page to English keeps German until the file is there', async () => {
    const o = await open({ delay: { 'hundesteuer.en.js': 1500 } });
    try {
      await o.page.goto(`${o.site.origin}/`);
      await o.heading(title(hs, 'de')).waitFor();
      await o.page.evaluate(() => (document.documentElement.lang = 'en'));
      await o.page.waitForTimeout(400);
      assert.ok(await o.heading(title(hs, 'de')).isVisible(), 'German while loading');
      await o.heading(title(hs, 'en')).waitFor();
      assert.deepEqual(o.scripts(), ['/hundesteuer.js', '/hundesteuer.en.js']);
      clean(o.recorded);
    } finally {
      await o.close();
    }
  });

  test(
    'without hundesteuer.en.js an English page shows German with exactly one console warning',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'komm-cdn-'));
      cpSync(join(root, 'dist/cdn'), dir, { recursive: true });
      rmSync(join(dir, 'hundesteuer.en.js'));
      // Two elements of the same bundle: still one warning.
      const o = await open({ cdnDir: dir, lang: 'en', count: 2 });
      try {
        await o.page.goto(`${o.site.origin}/`);
        await o.heading(title(hs, 'de')).waitFor();
        await o.page.waitForLoadState('networkidle');
        await o.page
          .locator('komm-hundesteuer#a1')
          .getByRole('heading', { name: title(hs, 'de'), exact: true })
          .waitFor();
        assert.equal(o.recorded.consoleWarnings.length, 1, o.recorded.consoleWarnings.join('\n'));
        assert.match(o.recorded.consoleWarnings[0]!, /hundesteuer\.en\.js/);
        assert.deepEqual(o.recorded.violations, []);
        assert.deepEqual(o.recorded.pageErrors, []);
        // Chromium itself logs the 404 of the missing file; nothing else may be an error.
        assert.deepEqual(
          o.recorded.consoleErrors.filter((e) => !/Failed to load resource.*404/.test(e)),
          [],
        );
        assert.equal(
          await o.host.locator('[lang]').first().getAttribute('lang'),
          'de',
          'what is shown is German',
        );
      } finally {
        await o.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
