/**
 * Issue 12, "No application lost in the browser", with the script-tag bundle (`hundesteuer.js`
 * and `komm-offline.js` beside it) in Debian's Chromium against the real hub:
 *
 * - the outbox: sent offline, reloaded, back online: stored exactly once; the hub answering 503
 *   beyond the client's retries: queued, then sent once when it recovers; two tabs with the same
 *   queued application: one POST;
 * - drafts on the device (`draft="device"`): restored after a browser restart (persistent
 *   profile), an expired or incompatible one discarded (with a message), nothing in IndexedDB
 *   without consent, and deleted with the button;
 * - the answers file: round trip and each refusal;
 * - and no field value in any console message, `komm-*` event detail or request URL.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { anmeldungZweiHunde } from '../../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { assistants } from '../../src/assistants/registry.js';
import { uiMessages } from '../../src/components/messages.js';
import { offlineMessages } from '../../src/components/offline.js';
import type { Answers } from '../../src/engine/types.js';
import { CHROMIUM_ARGS, ensureBuilt, launch, startSite, type Site } from './harness.js';

const def = assistants.hundesteuer!;
const de = { ...uiMessages.de, ...offlineMessages.de, ...def.messages.de };
const TAG = 'komm-hundesteuer';
const SUBMISSIONS = '**/api/v1/submissions';

/** Every string value of the answers (at least 3 characters): none may leak anywhere. */
const values = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string' && v.length >= 3) out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) values(x, out);
  return out;
};
const SECRETS = values(anmeldungZweiHunde).filter((v) => !/^(true|false|anmeldung)$/.test(v));

/** What a page shows outside: console text, `komm-*` event details, request URLs. */
const seen: string[] = [];

async function watch(page: Page) {
  page.on('console', (m) => seen.push(`console ${m.type()}: ${m.text()}`));
  page.on('request', (r) => seen.push(`request ${r.method()} ${r.url()}`));
  page.on('pageerror', (e) => seen.push(`pageerror ${String(e)}`));
  // A string, not a function (tsx would wrap inner names in its `__name` helper).
  await page.addInitScript(`for (const name of ['komm-step-change', 'komm-submit', 'komm-submit-success',
    'komm-submit-error', 'komm-draft-saved', 'komm-outbox-change'])
    document.addEventListener(name, (e) => {
      (window.__kommEvents ??= []).push({ name, detail: name === 'komm-submit' ? '(envelope)' : e.detail });
      console.debug('event ' + name + ' ' + JSON.stringify(name === 'komm-submit' ? {} : e.detail));
    });`);
}

const events = (page: Page, name: string) =>
  page.evaluate(
    (n) =>
      (
        (window as unknown as { __kommEvents?: { name: string; detail: unknown }[] })
          .__kommEvents ?? []
      )
        .filter((e) => e.name === n)
        .map((e) => e.detail),
    name,
  );

let browser: Browser;
let site: Site;
const profiles: string[] = [];

before(async () => {
  ensureBuilt('hundesteuer.js');
  ensureBuilt('komm-offline.js');
  browser = await launch();
  site = await startSite({
    bundle: 'hundesteuer.js',
    config: 'dresden',
    body: (endpoint) =>
      `<${TAG} id="a0" config-src="/dresden.json" endpoint="${endpoint}" draft="device"></${TAG}>`,
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
  // The scan over everything every test showed outside the element.
  assert.ok(SECRETS.length > 10, "the scan looks for the applicant's names, address, IBAN, dogs");
  assert.ok(
    seen.some((l) => l.startsWith('console debug: event komm-')),
    'events were recorded',
  );
  const leaks = seen.filter((line) => SECRETS.some((v) => line.includes(v)));
  assert.deepEqual(leaks, [], 'no field value in console output, komm-* events or request URLs');
});

/** A new tab with the page; `fresh`: waits for the first step (else the outbox may show more). */
async function open(context: BrowserContext, fresh = true): Promise<{ page: Page; host: Locator }> {
  const page = await context.newPage();
  await watch(page);
  await page.goto(`${site.origin}/`);
  const host = page.locator(TAG);
  if (fresh) await host.getByRole('heading', { name: de['steps.anliegen.title'] }).waitFor();
  return { page, host };
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'de-DE' });
  context.setDefaultTimeout(20_000);
  return context;
}

/** Answers loaded as from a file, then the review page, with the offline part loaded. */
async function toReview(page: Page, answers: Answers = anmeldungZweiHunde) {
  await page.evaluate(
    ([tag, a]) => {
      const el = document.querySelector(tag as string) as HTMLElement & {
        loadAnswers(a: unknown): void;
        goTo(s: string): void;
      };
      el.loadAnswers(a);
      el.goTo('review');
    },
    [TAG, answers] as const,
  );
  await page.waitForFunction(
    (tag) => !!(document.querySelector(tag) as { off?: unknown }).off,
    TAG,
  );
}

const submit = (host: Locator) =>
  host.getByRole('button', { name: de['ui.nav.submit'], exact: true }).click();
const heading = (host: Locator, key: string) =>
  host.getByRole('heading', { name: de[key], exact: true });
const posts = () =>
  site.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/submissions'));
const stored = () => site.submissions().length;

describe('the outbox', () => {
  test(
    'offline: queued, reloaded, online again: stored exactly once',
    { timeout: 90_000 },
    async () => {
      const rows = stored();
      const sent = posts().length;
      const context = await newContext();
      try {
        const { page, host } = await open(context);
        await toReview(page);
        await context.setOffline(true);
        await submit(host);
        await heading(host, 'offline.queued.title').waitFor();
        await host.getByText(de['offline.queued.text']).waitFor();
        assert.deepEqual((await events(page, 'komm-outbox-change')).at(-1), {
          pending: 1,
          sent: 0,
          failed: 0,
        });
        assert.equal(stored(), rows, 'nothing stored while offline');

        // Online, but the hub unreachable for the reload: still queued after it.
        await context.route(SUBMISSIONS, (r) => r.abort('connectionrefused'));
        await context.setOffline(false);
        await page.reload();
        await heading(host, 'offline.queued.title').waitFor();
        assert.equal(stored(), rows);

        // The hub reachable and the browser coming online: sent, confirmation with the reference.
        await context.unroute(SUBMISSIONS);
        await context.setOffline(true);
        await context.setOffline(false);
        await heading(host, 'ui.confirmation.title').waitFor();
        const success = (await events(page, 'komm-submit-success')) as { reference: string }[];
        assert.equal(success.length, 1, 'komm-submit-success once, in the tab showing it');
        assert.equal(stored(), rows + 1, 'exactly one stored');
        assert.equal(posts().length, sent + 1, 'one POST reached the hub');
        assert.equal(site.submissions().at(-1)!.reference, success[0]!.reference);
        assert.deepEqual(
          (await events(page, 'komm-outbox-change')).at(-1),
          { pending: 0, sent: 0, failed: 0 },
          'nothing left to send or to show',
        );
      } finally {
        await context.close();
      }
    },
  );

  test(
    'the hub answering 503 beyond the retries: queued, sent once when it recovers',
    {
      timeout: 90_000,
    },
    async () => {
      const rows = stored();
      const sent = posts().length;
      const context = await newContext();
      let failing = true;
      let refused = 0;
      await context.route(SUBMISSIONS, (r) => {
        if (!failing) return r.continue();
        refused++;
        return r.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }),
        });
      });
      try {
        const { page, host } = await open(context);
        await toReview(page);
        await submit(host);
        await heading(host, 'offline.queued.title').waitFor();
        assert.equal(refused, 5, 'the client tried five times, then queued');
        failing = false; // the outbox's next try (5 s later) gets through
        await heading(host, 'ui.confirmation.title').waitFor({ timeout: 30_000 });
        assert.equal(stored(), rows + 1, 'stored once');
        assert.equal(posts().length, sent + 1, 'one POST reached the hub');
        assert.equal((await events(page, 'komm-submit-error')).length, 0, 'no error event');
      } finally {
        await context.close();
      }
    },
  );

  test('two tabs with the same queued application: one POST', { timeout: 90_000 }, async () => {
    const rows = stored();
    const sent = posts().length;
    const context = await newContext();
    try {
      const a = await open(context);
      await toReview(a.page);
      await context.setOffline(true);
      await submit(a.host);
      await heading(a.host, 'offline.queued.title').waitFor();
      // The second tab opens while the hub is unreachable: it shows the same queued application.
      await context.route(SUBMISSIONS, (r) => r.abort('connectionrefused'));
      await context.setOffline(false);
      const b = await open(context, false);
      await heading(b.host, 'offline.queued.title').waitFor();
      // Both tabs try at once when the browser comes online; the hub answers slowly.
      const tries: string[] = [];
      await context.unroute(SUBMISSIONS);
      await context.route(SUBMISSIONS, async (r) => {
        tries.push(r.request().headers()['idempotency-key'] ?? '');
        await new Promise((f) => setTimeout(f, 800));
        await r.continue();
      });
      await context.setOffline(true);
      await context.setOffline(false);
      await heading(a.host, 'ui.confirmation.title').waitFor();
      await heading(b.host, 'ui.confirmation.title').waitFor();
      assert.equal(tries.length, 1, 'one POST from the two tabs');
      assert.equal(posts().length, sent + 1);
      assert.equal(stored(), rows + 1);
    } finally {
      await context.close();
    }
  });
});

describe('the outbox, tab closed', () => {
  test(
    'closed while the request was at the hub: reopened, the replay (200) confirms it, one row',
    {
      timeout: 90_000,
    },
    async () => {
      const rows = stored();
      const context = await newContext();
      try {
        const { page, host } = await open(context);
        await toReview(page);
        // The request reaches the hub (and is stored), but its answer never reaches the page.
        let reached!: () => void;
        const atHub = new Promise<void>((resolve) => (reached = resolve));
        await context.route(SUBMISSIONS, async (r) => {
          await r.fetch();
          reached();
        });
        await submit(host);
        await atHub;
        await page.close();
        assert.equal(stored(), rows + 1, 'stored by the first request');
        await context.unroute(SUBMISSIONS);

        const before = seen.length;
        const again = await open(context, false);
        await heading(again.host, 'ui.confirmation.title').waitFor();
        const success = (await events(again.page, 'komm-submit-success')) as {
          reference: string;
        }[];
        assert.equal(success.length, 1);
        assert.equal(stored(), rows + 1, 'still one row');
        assert.equal(site.submissions().at(-1)!.reference, success[0]!.reference);
        const replays = seen.slice(before).filter((l) => l.startsWith('request POST'));
        assert.equal(replays.length, 1, 'the reopened page sent it once');
        assert.equal(posts().at(-1)!.status, 200, 'a replay: the hub had it already');
      } finally {
        await context.close();
      }
    },
  );
});

/** The drafts store of the library's database, read in the page. */
const deviceDrafts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('komm-assistenten');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve([]);
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );

/** Changes the one device draft in the page: saved days ago, or of another schema version. */
const editDeviceDraft = (page: Page, change: { days?: number; schemaVersion?: string }) =>
  page.evaluate(
    ({ days, schemaVersion }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('komm-assistenten');
        req.onsuccess = () => {
          const store = req.result.transaction('drafts', 'readwrite').objectStore('drafts');
          const all = store.getAll();
          all.onsuccess = () => {
            const rec = all.result[0] as { savedAt: number; draft: { schemaVersion: string } };
            rec.savedAt -= (days ?? 0) * 86_400_000;
            if (schemaVersion) rec.draft.schemaVersion = schemaVersion;
            store.put(rec).onsuccess = () => resolve();
          };
        };
        req.onerror = () => reject(req.error);
      }),
    change,
  );

const consent = (host: Locator) =>
  host.getByRole('checkbox', { name: de['offline.consent.label'], exact: true });

/** Ticks the consent and moves on to the second step (the draft then holds answers and a step). */
async function draftOnDevice(page: Page, host: Locator) {
  await consent(host).check();
  await host.getByRole('radio', { name: de['requestType.options.anmeldung'] }).check();
  await host.getByRole('button', { name: de['ui.nav.next'], exact: true }).click();
  await heading(host, 'steps.halter.title').waitFor();
  await page.waitForTimeout(400); // the draft is written 250 ms after the last change
}

describe('drafts on the device', () => {
  test('restored after the browser was closed and started again', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'komm-profile-'));
    profiles.push(dir);
    const start = () =>
      chromium.launchPersistentContext(dir, {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
        locale: 'de-DE',
      });
    let context = await start();
    try {
      const { page, host } = await open(context);
      await draftOnDevice(page, host);
      assert.equal((await deviceDrafts(page)).length, 1);
      assert.ok(
        (await events(page, 'komm-draft-saved')).some(
          (d) => (d as { storage: string }).storage === 'device',
        ),
      );
      await context.close();
      context = await start();
      const again = await context.newPage();
      await watch(again);
      await again.goto(`${site.origin}/`);
      const h = again.locator(TAG);
      await heading(h, 'steps.halter.title').waitFor();
      await h.getByText(de['offline.draft.restored']).waitFor();
      assert.equal(await consent(h).isChecked(), true);
      // Deleted with one button.
      await h.getByRole('button', { name: de['offline.draft.delete'] }).click();
      await h.getByText(de['offline.draft.deleted']).waitFor();
      assert.deepEqual(await deviceDrafts(again), []);
      assert.equal(await consent(h).isChecked(), false);
    } finally {
      await context.close();
    }
  });

  for (const [name, change, key] of [
    ['an expired draft is discarded', { days: 8 }, 'offline.draft.expired'],
    [
      'an incompatible schemaVersion is discarded with a message',
      { schemaVersion: '0' },
      'offline.draft.incompatible',
    ],
  ] as const)
    test(name, { timeout: 60_000 }, async () => {
      const context = await newContext();
      try {
        const { page, host } = await open(context);
        await draftOnDevice(page, host);
        await editDeviceDraft(page, change);
        // A new tab: no tab draft, only the one on the device.
        await page.close();
        const again = await open(context);
        await again.host.getByText(de[key]!.replace('{days}', '7')).waitFor();
        await heading(again.host, 'steps.anliegen.title').waitFor();
        assert.equal(
          await again.host
            .getByRole('radio', { name: de['requestType.options.anmeldung'] })
            .isChecked(),
          false,
          'nothing of it loaded',
        );
        assert.deepEqual(await deviceDrafts(again.page), [], 'deleted from the device');
      } finally {
        await context.close();
      }
    });

  test('without consent nothing is written to IndexedDB', { timeout: 60_000 }, async () => {
    const context = await newContext();
    try {
      const { page, host } = await open(context);
      await host.getByRole('radio', { name: de['requestType.options.anmeldung'] }).check();
      await host.getByRole('button', { name: de['ui.nav.next'], exact: true }).click();
      await heading(host, 'steps.halter.title').waitFor();
      await page.waitForTimeout(400);
      assert.equal(await consent(host).isChecked(), false);
      assert.deepEqual(await deviceDrafts(page), []);
      assert.ok(await page.evaluate(() => sessionStorage.length), 'the tab draft as before');
    } finally {
      await context.close();
    }
  });
});

describe('the answers file', () => {
  test(
    'saved and loaded again; every bad file refused with nothing loaded',
    {
      timeout: 90_000,
    },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'komm-answers-'));
      profiles.push(dir);
      const context = await newContext();
      try {
        const { page, host } = await open(context);
        await toReview(page);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          host.getByRole('button', { name: de['ui.file.save'] }).click(),
        ]);
        const file = join(dir, download.suggestedFilename());
        await download.saveAs(file);
        const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        assert.equal(saved.assistant, 'hundesteuer');
        assert.equal(saved.version, def.version);
        assert.equal(saved.schemaVersion, def.schemaVersion);
        assert.deepEqual(saved.answers, anmeldungZweiHunde);

        const fresh = await open(context);
        const answers = () =>
          fresh.page.evaluate(
            (tag) =>
              (document.querySelector(tag) as unknown as { store: { answers: unknown } }).store
                .answers,
            TAG,
          );
        const choose = async (content: unknown) => {
          const f = join(dir, 'x.json');
          writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
          const [chooser] = await Promise.all([
            fresh.page.waitForEvent('filechooser'),
            fresh.host.getByRole('button', { name: de['ui.file.load'] }).click(),
          ]);
          await chooser.setFiles(f);
        };
        const refusals: [string, unknown, string][] = [
          ['not JSON', 'Hund: Bruno', 'offline.file.invalid'],
          ['no answers', { assistant: 'hundesteuer', schemaVersion: '1' }, 'offline.file.invalid'],
          ['another assistant', { ...saved, assistant: 'brauchtumsfeuer' }, 'offline.file.other'],
          ['a newer schema', { ...saved, schemaVersion: '2' }, 'offline.file.newer'],
          [
            'a tampered type',
            { ...saved, answers: { ...anmeldungZweiHunde, hunde: [{ name: { x: 1 } }] } },
            'offline.file.tampered',
          ],
          [
            'a tampered option',
            { ...saved, answers: { ...anmeldungZweiHunde, requestType: 'geschenkt' } },
            'offline.file.tampered',
          ],
        ];
        for (const [what, content, key] of refusals) {
          await choose(content);
          const alert = fresh.host.getByRole('alert').filter({
            hasText: de[key]!.replace('{assistant}', 'brauchtumsfeuer'),
          });
          await alert.waitFor().catch(() => assert.fail(`${what}: no message "${de[key]}"`));
          assert.deepEqual(await answers(), {}, `${what}: nothing loaded`);
          await heading(fresh.host, 'steps.anliegen.title').waitFor();
        }
        await choose(saved);
        await fresh.host.getByText(de['offline.file.loaded']).waitFor();
        assert.deepEqual(await answers(), anmeldungZweiHunde, 'the same answers again');
      } finally {
        await context.close();
      }
    },
  );
});
