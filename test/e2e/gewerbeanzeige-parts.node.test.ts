/**
 * The trade notice's script-tag bundle and its on-demand parts, as built (dist/cdn), in Chromium
 * against the real hub (issue 7):
 *
 * - one Lit: `komm-lookup.js` and `komm-file.js` run on the Lit of `gewerbeanzeige.js` (they carry
 *   none, vite.config.ts `sharedLit`). Production Lit registers each copy it loads in
 *   `globalThis.litHtmlVersions`, `litElementVersions` and `reactiveElementVersions` (its dev build
 *   also warns "Multiple versions of Lit loaded"), so a page that reached a working lookup and a
 *   working upload must show exactly one entry in each, and only the expected files were fetched.
 *   A page with two bundles shows two, so the probe can fail.
 * - a part that cannot be loaded (404, network error): the person reads what is missing in place
 *   of the file field, or under the still usable text field of a lookup, in German or English,
 *   with a button that loads it again; the form is never blank or stuck.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { gmbhGaststaette } from '../../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import { todayIso } from '../../src/engine/walk.js';
import { launch, recordingPage, root, startSite, type Recorded, type Site } from './harness.js';

/**
 * A part's address, also as a retry asks for it (`?retry=n`, src/components/import-part.ts): a
 * browser that keeps a failed module fetch would otherwise never load it again.
 */
const partUrl = (file: string) => new RegExp(`/${file.replace(/[.]/g, '\\.')}(?:\\?retry=\\d+)?$`);

const TAG = 'komm-gewerbeanzeige';
// The hub's register source (the harness builds the hub in this process): the sample register.
process.env.REGISTER_FILE = join(root, 'examples/hub/register.csv');
const answers = { ...gmbhGaststaette(todayIso()), documentDelivery: 'upload' };

interface Opened {
  site: Site;
  page: Page;
  recorded: Recorded;
  host: ReturnType<Page['locator']>;
  close: () => Promise<void>;
}

async function open(
  browser: Browser,
  opts: { lang?: 'de' | 'en'; extraBundle?: string; route?: (page: Page) => Promise<void> } = {},
): Promise<Opened> {
  const site = await startSite({
    bundle: 'gewerbeanzeige.js',
    config: 'dresden',
    lang: opts.lang ?? 'de',
    body: (endpoint) =>
      `<${TAG} config-src="/dresden.json" endpoint="${endpoint}"></${TAG}>` +
      (opts.extraBundle ? `<script type="module" src="/${opts.extraBundle}"></script>` : ''),
  });
  const { page, recorded } = await recordingPage(browser);
  await opts.route?.(page);
  await page.goto(`${site.origin}/`);
  const host = page.locator(TAG);
  await host.locator('#step-title').waitFor();
  return {
    site,
    page,
    recorded,
    host,
    close: async () => {
      await page.context().close();
      await site.close();
    },
  };
}

/** Loads the GmbH example (documents to be uploaded) and shows one step, as a saved draft would. */
async function showStep(o: Opened, step: string) {
  await o.page.evaluate(
    ([tag, a, s]) => {
      const el = document.querySelector(tag) as HTMLElement & {
        loadAnswers: (a: unknown) => void;
        goTo: (s: string) => void;
      };
      el.loadAnswers(a);
      el.goTo(s);
    },
    [TAG, answers, step] as const,
  );
  await o.host.locator('#step-title').waitFor();
}

/** Lit's own registries of loaded copies (a string: tsx would wrap an inner function's name). */
const litCopies = (page: Page) =>
  page.evaluate(`(() => {
    const n = (k) => (Array.isArray(globalThis[k]) ? globalThis[k].length : 0);
    return {
      litHtml: n('litHtmlVersions'),
      litElement: n('litElementVersions'),
      reactiveElement: n('reactiveElementVersions'),
    };
  })()`);

/** The scripts the page fetched, each with how often. */
const scripts = (site: Site) => {
  const out: Record<string, number> = {};
  for (const r of site.requests)
    if (r.url.endsWith('.js')) out[r.url.slice(1)] = (out[r.url.slice(1)] ?? 0) + 1;
  return out;
};

describe('gewerbeanzeige.js and its parts (dist/cdn, Chromium, real hub)', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('one Lit runs the bundle, the lookup and the upload; only the expected parts are fetched', async () => {
    const o = await open(browser);
    try {
      // The register query (button mode) and the register courts (combobox) on step 2.
      await showStep(o, 'unternehmen');
      await o.host.getByRole('button', { name: 'Im Register nachsehen' }).click();
      await o.host.getByText('Gefunden: Neustädter Backstube').waitFor();
      // A WZ suggestion by keyboard on step 5: @lit/task of the part on the bundle's Lit.
      await showStep(o, 'taetigkeit');
      const wz = o.host.locator('#f-activities-0-wzCode[role="combobox"]');
      await wz.fill('');
      await wz.pressSequentially('56.10');
      await o.host.locator('#f-activities-0-wzCode[aria-expanded="true"]').waitFor();
      await wz.press('ArrowDown');
      await o.host.locator('#f-activities-0-wzCode[aria-activedescendant]').waitFor();
      await wz.press('Enter');
      // The chosen class is what the input shows (fields/live.ts on production Lit).
      await o.host.locator('#f-activities-0-wzCode[aria-expanded="false"]').waitFor();
      assert.match(await wz.inputValue(), /^56\.10\.\d$/);
      // The identity document uploaded on step 9: the file part's XHR with progress.
      await showStep(o, 'nachweise');
      await o.host
        .locator('#f-identityFiles')
        .setInputFiles(join(root, 'test/fixtures/nachweis.pdf'));
      await o.host.locator('progress').first().waitFor({ state: 'attached' });
      await o.host.getByText('nachweis.pdf').first().waitFor();
      await o.page.waitForFunction(
        (tag) => {
          const el = document.querySelector(tag) as HTMLElement & {
            getPayload: () => { attachments?: unknown[] } | undefined;
          };
          return (el.getPayload()?.attachments?.length ?? 0) === 1;
        },
        TAG,
        { timeout: 10_000 },
      );

      assert.deepEqual(await litCopies(o.page), { litHtml: 1, litElement: 1, reactiveElement: 1 });
      assert.deepEqual(
        o.recorded.consoleWarnings.filter((w) => /Multiple versions of Lit/i.test(w)),
        [],
      );
      assert.deepEqual(o.recorded.pageErrors, []);
      assert.deepEqual(o.recorded.consoleErrors, []);
      // Each part once; nothing else (no English texts on a German page, no encryption, no
      // sending part before sending).
      const fetched = scripts(o.site);
      assert.deepEqual(
        Object.keys(fetched).sort(),
        [
          'gewerbeanzeige.js',
          'komm-file.js',
          'komm-gewerbeanzeige-computed.js',
          'komm-lookup.js',
          ...('komm-offline.js' in fetched ? ['komm-offline.js'] : []),
        ].sort(),
      );
      for (const [file, n] of Object.entries(fetched)) assert.equal(n, 1, `${file} fetched once`);
    } finally {
      await o.close();
    }
  });

  test('the probe can fail: two bundles on one page are two Lit copies', async () => {
    const o = await open(browser, { extraBundle: 'hundesteuer.js' });
    try {
      await o.page.waitForFunction(() => !!customElements.get('komm-hundesteuer'));
      assert.deepEqual(await litCopies(o.page), { litHtml: 2, litElement: 2, reactiveElement: 2 });
    } finally {
      await o.close();
    }
  });

  for (const failure of ['404', 'network error'] as const) {
    test(`komm-lookup.js not loaded (${failure}): a plain text field, what is missing, and a retry`, async () => {
      let broken = true;
      const o = await open(browser, {
        route: async (page) => {
          await page.route(partUrl('komm-lookup.js'), (route) =>
            !broken
              ? route.continue()
              : failure === '404'
                ? route.fulfill({ status: 404, body: 'not found' })
                : route.abort('failed'),
          );
        },
      });
      try {
        await showStep(o, 'taetigkeit');
        const note = o.host.locator('#f-activities-0-wzCode-part');
        await note.waitFor();
        assert.match(
          (await note.textContent())!.replace(/\s+/g, ' '),
          /Die Vorschläge können gerade nicht geladen werden\. Sie können Ihre Angabe trotzdem eintragen\./,
        );
        // The field is still there and takes free text; the step can be left.
        const wz = o.host.getByLabel('WZ', { exact: false }).first();
        await wz.fill('56.10.1');
        await o.host.getByRole('button', { name: 'Weiter', exact: true }).click();
        await o.host.locator('#step-title', { hasText: /Erlaubnis/ }).waitFor();
        await showStep(o, 'taetigkeit');
        // Back online: the button loads it; the combobox takes its place, with the focus.
        broken = false;
        const retry = o.host.getByRole('button', { name: 'Erneut versuchen' }).first();
        await retry.focus();
        await o.page.keyboard.press('Enter');
        const combo = o.host.locator('#f-activities-0-wzCode[role="combobox"]');
        await combo.waitFor();
        assert.equal(await combo.inputValue(), '56.10.1');
        assert.equal(
          await o.page.evaluate(
            (tag) => document.querySelector(tag)!.shadowRoot!.activeElement?.id,
            TAG,
          ),
          'f-activities-0-wzCode',
        );
        assert.equal(await o.host.locator('[id$="-part"]').count(), 0);
        assert.deepEqual(o.recorded.pageErrors, []);
      } finally {
        await o.close();
      }
    });
  }

  /** The page, with komm-gewerbeanzeige-computed.js answering 404 until `mend()`. */
  async function withoutComputedPart() {
    let broken = true;
    const o = await open(browser, {
      route: async (page) => {
        await page.route(partUrl('komm-gewerbeanzeige-computed.js'), (route) =>
          broken ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
        );
      },
    });
    return { o, mend: () => (broken = false) };
  }

  test('komm-gewerbeanzeige-computed.js not loaded: the steps work, the fee and recipients say so, with a retry', async () => {
    const { o, mend } = await withoutComputedPart();
    try {
      const note = o.host.locator('#computed-part');
      await note.waitFor();
      assert.match(
        (await note.textContent())!.replace(/\s+/g, ' '),
        /Die Gebühr und die Empfänger Ihrer Anzeige können gerade nicht geladen werden\. .* Erneut versuchen/,
      );
      // The first step is there and usable below it.
      await o.host.getByRole('radio', { name: /Anmeldung/ }).check();
      mend();
      await o.host.getByRole('button', { name: 'Erneut versuchen' }).click();
      await note.waitFor({ state: 'detached' });
      await showStep(o, 'review');
      await o.host.getByText('Gebühr insgesamt: 40,00').waitFor();
      assert.deepEqual(o.recorded.pageErrors, []);
    } finally {
      await o.close();
    }
  });

  test('komm-gewerbeanzeige-computed.js not loaded: "Senden" sends nothing; loaded on that, the fee is shown and the notice goes out with its computed values', async () => {
    const { o, mend } = await withoutComputedPart();
    try {
      await o.host.locator('#computed-part').waitFor();
      await o.page.evaluate(
        ([tag, a]) => {
          const el = document.querySelector(tag) as HTMLElement & {
            loadAnswers: (a: unknown) => void;
            goTo: (s: string) => void;
          };
          el.loadAnswers(a);
          el.goTo('review');
        },
        [TAG, { ...answers, documentDelivery: 'post' }] as const,
      );
      const send = o.host.locator('[part="button-primary"]');
      await send.click();
      const held = o.host.locator('#computed-held');
      await held.waitFor();
      assert.match(
        (await held.textContent())!.replace(/\s+/g, ' '),
        /Ihre Anzeige wurde noch nicht gesendet: Sie kann nur mit der Gebühr und den Empfängern gesendet werden\./,
      );
      assert.equal(await held.evaluate((e) => e.matches(':focus')), true, 'the message has focus');
      assert.ok(
        !o.site.requests.some((r) => r.method === 'POST' && r.url.endsWith('/submissions')),
      );
      assert.equal(o.site.submissions().length, 0);
      // Loadable again: the next "Senden" loads it and shows the fee; the one after sends.
      mend();
      await send.click();
      await o.host.getByText('Gebühr insgesamt: 40,00').waitFor();
      await o.host.getByText(/Die Gebühr und die Empfänger stehen jetzt unten/).waitFor();
      assert.equal(o.site.submissions().length, 0, 'shown first, not sent unseen');
      await send.click();
      await o.host.getByText(/GEW-/).first().waitFor();
      const [row] = o.site.submissions() as unknown as { envelope: string }[];
      const computed = JSON.parse(row!.envelope).computed as Record<string, unknown>;
      assert.deepEqual(Object.keys(computed).sort(), [
        'documents',
        'fee',
        'forms',
        'numberOfManagers',
        'recipients',
      ]);
      assert.equal((computed.fee as { total: number }).total, 40);
      assert.deepEqual(o.recorded.pageErrors, []);
    } finally {
      await o.close();
    }
  });

  test('in English; the register query and the upload say what is missing the same way', async () => {
    let broken = true;
    const o = await open(browser, {
      lang: 'en',
      route: async (page) => {
        for (const f of ['komm-lookup.js', 'komm-file.js'])
          await page.route(partUrl(f), (route) =>
            broken ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
          );
      },
    });
    try {
      await showStep(o, 'unternehmen');
      const register = o.host.locator('#f-company-registerNumber-part');
      await register.waitFor();
      assert.match(
        (await register.textContent())!.replace(/\s+/g, ' '),
        /The register query cannot be loaded right now\. Please enter the details yourself\. Try again/,
      );
      await showStep(o, 'nachweise');
      // In place of the upload: what is missing and the button; no blank.
      const upload = o.host.locator('#f-identityFiles-part');
      await upload.waitFor();
      assert.match(
        (await upload.textContent())!.replace(/\s+/g, ' '),
        /Uploading cannot be loaded right now\. Check your internet connection and try again\./,
      );
      assert.equal(await o.host.locator('#f-identityFiles').count(), 0);
      broken = false;
      await o.host.locator('#f-identityFiles-part-retry').click();
      await o.host.locator('#f-identityFiles[type="file"]').waitFor();
      assert.equal(await o.host.locator('[id$="-part"]').count(), 0);
      assert.deepEqual(o.recorded.pageErrors, []);
    } finally {
      await o.close();
    }
  });
});
