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
 * - a JWE changed on its way is refused by the hub (422), and nothing is stored.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { anmeldungZweiHunde } from '../../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { assistants } from '../../src/assistants/registry.js';
import { uiMessages } from '../../src/components/messages.js';
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
  ensureBuilt('komm-jwe.js');
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
});
