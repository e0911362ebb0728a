/**
 * Issue 12, end-to-end encryption, with the script-tag bundle (`hundesteuer.js`, `komm-jwe.js`
 * beside it) in Debian's Chromium against the real hub:
 *
 * - the municipality's config carries its public key (`encryptionKey`): the element loads
 *   `komm-jwe.js`, the request, the hub's row and its outbox file hold no answer in plaintext
 *   (the applicant's names, address, IBAN), and `komm-decrypt` with the private key gives back
 *   exactly the envelope's data, computed values and prefilled pointers;
 * - a page without a key never loads `komm-jwe.js`;
 * - a key that cannot be used (a private key, an EC key, a key set that cannot be fetched) is a
 *   visible config error in place of the form, and nothing is sent;
 * - a JWE changed on its way is refused by the hub (422), and nothing is stored;
 * - an uploaded file (Feuerwehr's evidence, `feuerwehr-verdienstausfall.js` with `komm-file.js`)
 *   arrives at the hub as a JWE, the hub keeps and forwards only that, and `komm-decrypt` gives
 *   back exactly the original bytes;
 * - offline, the outbox keeps only the sealed envelope; another tab adopts it (queued, though it
 *   cannot read it) and it is sent once, as sealed, when the browser is online again.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { selbststaendig } from '../../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import { anmeldungZweiHunde } from '../../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { assistants } from '../../src/assistants/registry.js';
import { uiMessages } from '../../src/components/messages.js';
import { offlineMessages } from '../../src/components/offline.js';
import { todayIso } from '../../src/engine/walk.js';
import type { Envelope } from '../../src/transport/envelope-schema.js';
import { ensureBuilt, launch, root, startSite, type Site } from './harness.js';

const def = assistants.hundesteuer!;
const de = { ...uiMessages.de, ...def.messages.de };
const TAG = 'komm-hundesteuer';

/** Every string value of the answers (at least 4 characters): none may be readable outside. */
const values = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string' && v.length >= 4) out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) values(x, out);
  return out;
};
// The town ("Dresden") is also the municipality's name, which is routing metadata and readable.
const SECRETS = values(anmeldungZweiHunde).filter(
  (v) => !/^(true|false|anmeldung)$/.test(v) && !'Landeshauptstadt Dresden'.includes(v),
);

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PUBLIC = {
  ...publicKey.export({ format: 'jwk' }),
  alg: 'RSA-OAEP-256',
  use: 'enc',
  kid: 'dresden-2026',
};
const keys = mkdtempSync(join(tmpdir(), 'komm-e2e-jwe-'));
const PRIVATE_FILE = join(keys, 'private.jwk');
writeFileSync(PRIVATE_FILE, JSON.stringify(privateKey.export({ format: 'jwk' })));

let browser: Browser;
const sites: Site[] = [];

const site = async (encryptionKey?: unknown, attribute = '') => {
  const s = await startSite({
    bundle: 'hundesteuer.js',
    config: 'dresden',
    ...(encryptionKey === undefined
      ? {}
      : { editConfig: (c: Record<string, unknown>) => ({ ...c, encryptionKey }) }),
    body: (endpoint) =>
      `<${TAG} config-src="/dresden.json" endpoint="${endpoint}"${attribute ? ` encryption-key="${attribute}"` : ''}></${TAG}>`,
  });
  sites.push(s);
  return s;
};

before(async () => {
  ensureBuilt('hundesteuer.js');
  ensureBuilt('feuerwehr-verdienstausfall.js');
  ensureBuilt('komm-file.js');
  ensureBuilt('komm-jwe.js');
  ensureBuilt('komm-offline.js');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of sites) await s.close();
  rmSync(keys, { recursive: true, force: true });
});

/** The page, its element, and the bodies of the submissions it posted. */
async function open(s: Site) {
  const context = await browser.newContext({ locale: 'de-DE' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const posted: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/submissions')) posted.push(r.postData() ?? '');
  });
  // The plaintext envelope, as the host page's `komm-submit` listener sees it.
  await page.addInitScript(
    `document.addEventListener('komm-submit', (e) => { window.__plain = e.detail.envelope; });`,
  );
  await page.goto(`${s.origin}/`);
  return { context, page, host: page.locator(TAG), posted };
}

async function toReview(page: Page) {
  await page.evaluate(
    ([tag, a]) => {
      const el = document.querySelector(tag as string) as HTMLElement & {
        loadAnswers(a: unknown): void;
        goTo(s: string): void;
      };
      el.loadAnswers(a);
      el.goTo('review');
    },
    [TAG, anmeldungZweiHunde] as const,
  );
}

const submit = (host: Locator) =>
  host.getByRole('button', { name: de['ui.nav.submit'], exact: true }).click();
const loaded = (s: Site, file: string) => s.requests.some((r) => r.url === `/${file}`);

describe('end-to-end encryption in the browser', () => {
  test(
    'with the key in the config: only ciphertext leaves the browser, komm-decrypt gives back the data',
    { timeout: 120_000 },
    async () => {
      const s = await site(PUBLIC);
      const { context, page, host, posted } = await open(s);
      try {
        await host.getByRole('heading', { name: de['steps.anliegen.title'] }).waitFor();
        await toReview(page);
        await submit(host);
        await host
          .getByRole('heading', { name: de['ui.confirmation.title'], exact: true })
          .waitFor();
        assert.ok(loaded(s, 'komm-jwe.js'), 'the encryption part was loaded');
        const plain = (await page.evaluate('window.__plain')) as Envelope;
        assert.deepEqual(plain.data, anmeldungZweiHunde, 'the fixture is what was answered');

        // What left the browser.
        assert.equal(posted.length, 1);
        const sent = JSON.parse(posted[0]!) as Record<string, unknown>;
        assert.deepEqual(Object.keys(sent).sort(), [
          'assistant',
          'encrypted',
          'id',
          'locale',
          'municipality',
          'submittedAt',
        ]);
        assert.equal(sent.id, plain.id);
        const header = JSON.parse(
          Buffer.from(String(sent.encrypted).split('.')[0]!, 'base64url').toString(),
        ) as Record<string, unknown>;
        assert.deepEqual(header, {
          alg: 'RSA-OAEP-256',
          enc: 'A256GCM',
          cty: 'application/json',
          kid: 'dresden-2026',
        });
        const noPlaintext = (text: string, where: string) => {
          for (const v of SECRETS) assert.ok(!text.includes(v), `"${v}" readable in ${where}`);
        };
        assert.ok(SECRETS.length > 10, "the scan looks for the applicant's names, address, IBAN");
        noPlaintext(posted[0]!, 'the request');

        // What the hub keeps: the row and the outbox file.
        const rows = s.submissions();
        assert.equal(rows.length, 1);
        noPlaintext(JSON.stringify(rows), 'the stored row');
        const { reference } = rows[0]!;
        const file = join(s.dataDir, 'outbox', '14612000', 'hundesteuer', `${reference}.json`);
        for (let i = 0; i < 100 && !existsSync(file); i++) await page.waitForTimeout(100);
        noPlaintext(readFileSync(file, 'utf8'), 'the outbox file');

        // The Fachverfahren decrypts with the private key.
        const r = spawnSync(
          process.execPath,
          ['hub/bin/komm-decrypt.mjs', '--key', PRIVATE_FILE, file],
          { cwd: root, encoding: 'utf8' },
        );
        assert.equal(r.status, 0, r.stderr);
        const back = JSON.parse(r.stdout) as Envelope & { reference: string };
        assert.equal(back.reference, reference);
        assert.deepEqual(back.data, plain.data);
        assert.deepEqual(back.data, anmeldungZweiHunde);
        assert.deepEqual(back.computed, plain.computed);
        assert.deepEqual(back.prefilled, plain.prefilled);
      } finally {
        await context.close();
      }
    },
  );

  test('without a key the page never loads komm-jwe.js', { timeout: 90_000 }, async () => {
    const s = await site();
    const { context, page, host, posted } = await open(s);
    try {
      await host.getByRole('heading', { name: de['steps.anliegen.title'] }).waitFor();
      await toReview(page);
      await submit(host);
      await host.getByRole('heading', { name: de['ui.confirmation.title'], exact: true }).waitFor();
      assert.equal(posted.length, 1);
      assert.ok(JSON.parse(posted[0]!).data, 'sent as before');
      assert.ok(loaded(s, 'hundesteuer.js'));
      assert.ok(!loaded(s, 'komm-jwe.js'), 'komm-jwe.js not requested');
    } finally {
      await context.close();
    }
  });

  test(
    'a key that cannot be used is a config error in the page; nothing is sent',
    { timeout: 90_000 },
    async () => {
      const jwk = privateKey.export({ format: 'jwk' });
      const cases: [unknown, string, RegExp][] = [
        [{ ...jwk, alg: 'RSA-OAEP-256' }, '', /encryptionKey: ist ein PRIVATER Schlüssel/],
        [
          { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' },
          '',
          /encryptionKey: ist kein gültiger öffentlicher RSA-Schlüssel/,
        ],
        // The attribute overrides the config; a key set that cannot be fetched.
        [PUBLIC, '/keys/missing.json', /encryption-key: kann nicht geladen werden/],
      ];
      for (const [key, attribute, text] of cases) {
        const s = await site(key, attribute);
        const { context, host, posted } = await open(s);
        try {
          const alert = host.getByRole('alert');
          await alert.waitFor();
          await host.getByRole('heading', { name: de['ui.config.title'], exact: true }).waitFor();
          assert.match((await alert.textContent())!.replace(/\s+/g, ' '), text);
          assert.equal(
            await host.getByRole('button', { name: de['ui.nav.next'], exact: true }).count(),
            0,
            'no form to fill in',
          );
          assert.equal(posted.length, 0);
          assert.equal(s.submissions().length, 0);
        } finally {
          await context.close();
        }
      }
    },
  );

  test(
    'a JWE changed on its way is refused by the hub; nothing stored',
    { timeout: 90_000 },
    async () => {
      const s = await site(PUBLIC);
      const { context, page, host } = await open(s);
      try {
        const statuses: number[] = [];
        await context.route('**/api/v1/submissions', async (route) => {
          const body = JSON.parse(route.request().postData()!) as { encrypted: string };
          const parts = body.encrypted.split('.');
          parts[0] = Buffer.from(
            JSON.stringify({ alg: 'RSA1_5', enc: 'A256GCM', kid: 'dresden-2026' }),
          ).toString('base64url');
          const res = await route.fetch({
            postData: JSON.stringify({ ...body, encrypted: parts.join('.') }),
          });
          statuses.push(res.status());
          await route.fulfill({ response: res });
        });
        await host.getByRole('heading', { name: de['steps.anliegen.title'] }).waitFor();
        await toReview(page);
        await submit(host);
        await host.locator('.submit-failure').waitFor();
        assert.deepEqual(statuses, [422]);
        assert.equal(s.submissions().length, 0, 'nothing stored');
      } finally {
        await context.close();
      }
    },
  );
  test(
    'an uploaded file leaves the browser as JWE; the hub keeps only that; komm-decrypt gives back the bytes',
    { timeout: 120_000 },
    async () => {
      const FW = 'komm-feuerwehr-verdienstausfall';
      const PDF = readFileSync(join(root, 'test/fixtures/nachweis.pdf'));
      const s = await startSite({
        bundle: 'feuerwehr-verdienstausfall.js',
        config: 'dresden',
        editConfig: (c) => ({ ...c, encryptionKey: PUBLIC }),
        body: (endpoint) => `<${FW} config-src="/dresden.json" endpoint="${endpoint}"></${FW}>`,
      });
      sites.push(s);
      const context = await browser.newContext({ locale: 'de-DE' });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      let uploads = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/uploads')) uploads++;
      });
      try {
        await page.goto(`${s.origin}/`);
        const host = page.locator(FW);
        await host.locator('#step-title').waitFor();
        await page.evaluate(
          ([tag, a]) => {
            const el = document.querySelector(tag as string) as HTMLElement & {
              loadAnswers(a: unknown): void;
              goTo(s: string): void;
            };
            el.loadAnswers(a);
            el.goTo('verdienst');
          },
          [FW, { ...selbststaendig(todayIso()), evidenceSentSeparately: false }] as const,
        );
        // A person chooses the file in the dialog.
        await host
          .locator('#f-evidenceFile')
          .setInputFiles({ name: 'nachweis.pdf', mimeType: 'application/pdf', buffer: PDF });
        await host.locator('.file-list li').waitFor();
        assert.match(
          (await host.locator('.file-list li').textContent())!.replace(/\s+/g, ' '),
          /nachweis\.pdf \(1 KB\)/,
          'the citizen sees the size of their file, not of its ciphertext',
        );
        assert.ok(loaded(s, 'komm-jwe.js') && loaded(s, 'komm-file.js'));

        // What arrived at the hub (one upload): a compact JWE, not one byte run of the PDF.
        assert.equal(uploads, 1);
        const dir = join(s.dataDir, 'uploads');
        const [app] = readdirSync(dir);
        const [id] = readdirSync(join(dir, app!)).filter((f) => /^[0-9a-f-]{36}$/.test(f));
        const received = readFileSync(join(dir, app!, id!));
        assert.ok(!received.includes(PDF.subarray(0, 48)), 'no byte run of the PDF at the hub');
        assert.ok(!received.includes('%PDF'), 'no PDF header at the hub');
        const jwe = received.toString('latin1');
        assert.match(jwe, /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){4}$/, 'a compact JWE');
        assert.deepEqual(JSON.parse(Buffer.from(jwe.split('.')[0]!, 'base64url').toString()), {
          alg: 'RSA-OAEP-256',
          enc: 'A256GCM',
          cty: 'application/pdf',
          kid: 'dresden-2026',
        });

        await page.evaluate((tag) => {
          (document.querySelector(tag) as HTMLElement & { goTo(s: string): void }).goTo('review');
        }, FW);
        await submit(host);
        await host
          .getByRole('heading', { name: de['ui.confirmation.title'], exact: true })
          .waitFor();

        // What the hub keeps: the JWE as sent, beside the outbox file as <n>-<name>.jwe.
        const rows = s.submissions();
        assert.equal(rows.length, 1);
        const { reference } = rows[0]!;
        const base = join(s.dataDir, 'outbox', '14612000', 'feuerwehr-verdienstausfall', reference);
        const file = `${base}.json`;
        for (let i = 0; i < 100 && !existsSync(file); i++) await page.waitForTimeout(100);
        const stored = readFileSync(join(`${base}.files`, '1-nachweis.pdf.jwe'), 'latin1');
        assert.equal(stored, jwe, 'the outbox hands on the JWE the hub received');
        const outbox = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        assert.equal(outbox.data, undefined, 'the answers are encrypted too');

        // The Fachverfahren decrypts the application and its file with the private key.
        const r = spawnSync(
          process.execPath,
          ['hub/bin/komm-decrypt.mjs', '--key', PRIVATE_FILE, file],
          { cwd: root, encoding: 'utf8' },
        );
        assert.equal(r.status, 0, r.stderr);
        const back = JSON.parse(r.stdout) as Envelope;
        const answer = (back.data as { evidenceFile: { filename: string; size: number }[] })
          .evidenceFile;
        assert.deepEqual(
          answer.map((a) => [a.filename, a.size]),
          [['nachweis.pdf', PDF.length]],
        );
        assert.deepEqual(
          readFileSync(join(`${base}.files`, '1-nachweis.pdf')),
          PDF,
          'exactly the original bytes',
        );
      } finally {
        await context.close();
      }
    },
  );
  test(
    'offline: the outbox keeps only ciphertext; another tab adopts it; sent once, as sealed',
    { timeout: 120_000 },
    async () => {
      const s = await site(PUBLIC);
      const { context, page, host } = await open(s);
      const SUBMISSIONS = '**/api/v1/submissions';
      const queued = (h: Locator) =>
        h.getByRole('heading', { name: offlineMessages.de['offline.queued.title'], exact: true });
      const errors: string[] = [];
      context.on('weberror', (e) => errors.push(String(e.error())));
      // Every submission request of both tabs.
      const bodies: string[] = [];
      context.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/submissions'))
          bodies.push(r.postData() ?? '');
      });
      try {
        await host.getByRole('heading', { name: de['steps.anliegen.title'] }).waitFor();
        await toReview(page);
        await page.waitForFunction(
          (tag) => !!(document.querySelector(tag) as { off?: unknown }).off,
          TAG,
        );
        await context.setOffline(true);
        await submit(host);
        await queued(host).waitFor();
        // What waits on this device: the sealed envelope, no answer in plaintext.
        const entries = (await page.evaluate(`new Promise((resolve, reject) => {
          const r = indexedDB.open('komm-assistenten');
          r.onerror = reject;
          r.onsuccess = () => {
            const g = r.result.transaction('outbox').objectStore('outbox').getAll();
            g.onerror = reject;
            g.onsuccess = () => resolve(g.result);
          };
        })`)) as { envelope: Record<string, unknown> }[];
        assert.equal(entries.length, 1);
        const kept = entries[0]!.envelope;
        assert.equal(typeof kept.encrypted, 'string');
        assert.equal(kept.data, undefined);
        for (const v of SECRETS)
          assert.ok(!JSON.stringify(entries).includes(v), `"${v}" readable in IndexedDB`);

        // A second tab, online but the hub unreachable: it shows the application as queued.
        await context.route(SUBMISSIONS, (r) => r.abort('connectionrefused'));
        await context.setOffline(false);
        const other = await context.newPage();
        await other.goto(`${s.origin}/`);
        const otherHost = other.locator(TAG);
        await queued(otherHost).waitFor();
        assert.equal(s.submissions().length, 0);

        // The hub reachable again: sent once, with exactly the sealed body that was kept.
        await context.unroute(SUBMISSIONS);
        await context.setOffline(true);
        await context.setOffline(false);
        const confirmed = (h: Locator) =>
          h.getByRole('heading', { name: de['ui.confirmation.title'], exact: true }).waitFor();
        await confirmed(host);
        await confirmed(otherHost);
        assert.equal(s.submissions().length, 1, 'exactly one stored');
        assert.ok(bodies.length >= 1);
        for (const b of bodies) assert.deepEqual(JSON.parse(b), kept, 'always the sealed body');
        assert.deepEqual(errors, [], 'no error in either tab');
      } finally {
        await context.close();
      }
    },
  );
});
