// End-to-end encrypted applications at the hub (issue 12, README "End-to-end encryption"): a real
// hub over HTTP with a folder sink and a mail sink (an SMTP server in this process). The hub
// stores and forwards only ciphertext, checks what it can see (metadata, the JWE's form, the
// key's kid), refuses plaintext for a municipality that publishes a key and every malformed JWE
// (422, nothing stored); `npx komm-decrypt` with the private key gives back exactly the answers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import {
  encryptEnvelope,
  loadEncryptionKey,
  type EncryptedEnvelope,
} from '../src/transport/encrypt.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import { pdfText } from './test-pdf.js';
import {
  envelope,
  flowsOf,
  startHub,
  TEST_AGS,
  testConfig,
  waitFor,
  type TestHub,
} from './test-support.js';

const PROBLEMS = 'https://komm-assistenten.de/problems/';
const OTHER_AGS = '14713000';
const root = new URL('..', import.meta.url).pathname;

const pair = (kid: string) => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    pub: { ...publicKey.export({ format: 'jwk' }), alg: 'RSA-OAEP-256', use: 'enc', kid },
    priv: privateKey.export({ format: 'jwk' }),
  };
};
const municipality = pair('teststadt-2026');
const other = pair('teststadt-2026'); // same kid, another key: only decrypting can tell

/** Every string value of the answers (the citizen's name, e-mail, postcode …). */
const values = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string' && v.length >= 4) out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) values(x, out);
  return out;
};

const seal = async (e: Envelope) =>
  encryptEnvelope(e, await loadEncryptionKey(municipality.pub as never));

/** The JWE with one of its five parts replaced. */
const withPart = (jwe: string, i: number, part: string) =>
  jwe
    .split('.')
    .map((p, j) => (j === i ? part : p))
    .join('.');
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

async function smtpCatcher() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, cb) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          cb();
        },
        (e: Error) => cb(e),
      );
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('end-to-end encrypted applications at the hub', () => {
  let hub: TestHub;
  let smtp: Awaited<ReturnType<typeof smtpCatcher>>;
  const dir = mkdtempSync(join(tmpdir(), 'komm-e2e-keys-'));
  const keyFile = join(dir, 'private.jwk');
  writeFileSync(keyFile, JSON.stringify(municipality.priv));
  let rows = 0;

  before(async () => {
    smtp = await smtpCatcher();
    hub = await startHub({
      configs: [
        {
          ...testConfig(),
          office: { name: 'Bürgerbüro', email: 'buergerbuero@teststadt.example' },
          encryptionKey: municipality.pub,
        },
        testConfig(OTHER_AGS),
      ],
      flows: flowsOf({
        sinks: {
          dms: { type: 'folder', path: 'dms/{ags}' },
          amt: { type: 'mail', to: ['office'], from: 'hub@komm.example', smtp: smtp.url },
        },
        flows: { '*': { '*': ['outbox', 'dms', 'amt'] } },
      }),
      delivery: { baseMs: 30, capMs: 200, pollMs: 50 },
      rateLimit: false,
    });
  });
  after(async () => {
    await hub.close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const refused = async (body: unknown, code: string, pointer: string) => {
    const res = await hub.post(body);
    assert.equal(res.status, 422, await res.clone().text());
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = (await res.json()) as {
      type: string;
      errors: { pointer: string; code: string; detail: string }[];
    };
    assert.equal(problem.type, `${PROBLEMS}validation`);
    const e = problem.errors.find((x) => x.code === code);
    assert.ok(e, JSON.stringify(problem.errors));
    assert.equal(e.pointer, pointer);
    assert.ok(e.detail.length > 20, 'says what is wrong');
    assert.equal(hub.rows(), rows, 'nothing stored');
    return e.detail;
  };

  const plain = envelope({ prefilled: ['/data/name'] });
  let sealed: EncryptedEnvelope;
  let reference = '';

  it('stores and forwards only ciphertext; komm-decrypt gives back exactly the answers', async () => {
    sealed = await seal(plain);
    const res = await hub.post(sealed);
    assert.equal(res.status, 201, await res.clone().text());
    reference = ((await res.json()) as { reference: string }).reference;
    rows = 1;
    assert.equal(hub.rows(), rows);
    const secrets = values(plain.data);
    assert.ok(secrets.includes('Erika Mustermann') && secrets.includes('erika@example.org'));
    const noPlaintext = (text: string, where: string) => {
      for (const v of secrets) assert.ok(!text.includes(v), `"${v}" in plaintext in ${where}`);
    };

    // The outbox file: the envelope as received, metadata readable, answers only as JWE.
    const file = join(hub.dataDir, 'outbox', TEST_AGS, 'testantrag', `${reference}.json`);
    const out = await waitFor('the outbox file', () =>
      existsSync(file) ? readFileSync(file, 'utf8') : undefined,
    );
    noPlaintext(out, 'the outbox file');
    const stored = JSON.parse(out) as Record<string, unknown>;
    assert.equal(stored.id, plain.id);
    assert.deepEqual(stored.municipality, plain.municipality);
    assert.equal(stored.encrypted, sealed.encrypted);
    assert.equal(stored.data, undefined);
    // The database row (SQLite's file and its write-ahead log, as bytes).
    for (const name of readdirSync(hub.dataDir).filter((n) => n.startsWith('hub.sqlite')))
      noPlaintext(readFileSync(join(hub.dataDir, name)).toString('utf8'), name);

    // Decrypted by the Fachverfahren, through the package's bin.
    const r = spawnSync('npx', ['--no-install', 'komm-decrypt', '--key', keyFile, file], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const back = JSON.parse(r.stdout) as Envelope & { reference: string };
    assert.deepEqual(back.data, plain.data);
    assert.deepEqual(back.computed, plain.computed);
    assert.deepEqual(back.prefilled, plain.prefilled);
    assert.equal(back.reference, reference);

    // Replay of the same sealed body: 200, still one row.
    const again = await hub.post(sealed);
    assert.equal(again.status, 200);
    assert.equal(hub.rows(), rows);
  });

  it('the folder sink drops the ciphertext and a PDF that says it cannot show the answers', async () => {
    const folder = join(hub.dataDir, 'dms', TEST_AGS, reference);
    await waitFor('the folder delivery', () => (existsSync(folder) ? true : undefined));
    assert.deepEqual(readdirSync(folder).sort(), ['antrag.json', 'antrag.pdf']);
    const json = readFileSync(join(folder, 'antrag.json'), 'utf8');
    for (const v of values(plain.data)) assert.ok(!json.includes(v), `"${v}" in antrag.json`);
    const pdf = await pdfText(readFileSync(join(folder, 'antrag.pdf')));
    assert.match(pdf, /Ende-zu-Ende-verschlüsselt/);
    assert.match(pdf, new RegExp(reference));
    for (const v of values(plain.data)) assert.ok(!pdf.includes(v), `"${v}" in antrag.pdf`);

    const r = spawnSync(process.execPath, ['hub/bin/komm-decrypt.mjs', '--key', keyFile, folder], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const back = JSON.parse(
      readFileSync(join(folder, 'antrag.decrypted.json'), 'utf8'),
    ) as Envelope;
    assert.deepEqual(back.data, plain.data);
  });

  it('the mail sink sends no answer in plaintext: text, PDF and JSON say it is encrypted', async () => {
    const mail = await waitFor('the mail', () => smtp.received[0]);
    assert.equal(mail.subject, `Neuer Antrag: testantrag – ${reference}`);
    const text = mail.text ?? '';
    assert.match(text, /Ende-zu-Ende-verschlüsselt/);
    assert.match(text, /npx komm-decrypt --key private\.jwk/);
    assert.match(String(mail.html), /Ende-zu-Ende-verschlüsselt/);
    const [pdf, json] = mail.attachments;
    assert.equal(json!.filename, `antrag-${reference}.json`);
    const attached = JSON.parse(json!.content.toString('utf8')) as Record<string, unknown>;
    assert.equal(attached.encrypted, sealed.encrypted);
    const all = [
      text,
      String(mail.html),
      json!.content.toString('utf8'),
      await pdfText(pdf!.content),
    ];
    for (const v of values(plain.data))
      for (const part of all) assert.ok(!part.includes(v), `"${v}" in the mail`);
  });

  it('refuses plaintext for a municipality that publishes a key; accepts it elsewhere', async () => {
    const detail = await refused(envelope(), 'encryption_required', '/encrypted');
    assert.match(detail, /nur Ende-zu-Ende-verschlüsselt/);
    const res = await hub.post(envelope({ municipality: { ags: OTHER_AGS, name: 'Teststadt' } }));
    assert.equal(res.status, 201);
    rows++;
  });

  it('refuses a malformed or tampered JWE: 422, nothing stored', async () => {
    const fresh = async () => seal(envelope());
    const s = await fresh();
    const [head] = s.encrypted.split('.');
    const header = JSON.parse(Buffer.from(head!, 'base64url').toString()) as object;
    const cases: [string, string][] = [
      [s.encrypted.split('.').slice(0, 4).join('.'), 'four parts'],
      [withPart(s.encrypted, 0, b64({ ...header, alg: 'RSA1_5' })), 'another algorithm'],
      [withPart(s.encrypted, 0, b64({ ...header, enc: 'A128CBC-HS256' })), 'another cipher'],
      [withPart(s.encrypted, 0, b64({ ...header, zip: 'DEF' })), 'compressed'],
      [withPart(s.encrypted, 0, b64({ ...header, kid: 'alt-2025' })), "another key's kid"],
      [withPart(s.encrypted, 0, 'bm90IGpzb24'), 'header not JSON'],
      [withPart(s.encrypted, 1, s.encrypted.split('.')[1]!.slice(0, 100)), 'key cut short'],
      [withPart(s.encrypted, 2, 'AAAA'), 'IV of 3 bytes'],
      [withPart(s.encrypted, 4, ''), 'no tag'],
      [s.encrypted.replace('.', '.+/'), 'not base64url'],
    ];
    for (const [encrypted, what] of cases)
      await refused({ ...s, encrypted }, 'invalid_jwe', '/encrypted').catch((e: Error) => {
        throw new Error(`${what}: ${e.message}`);
      });
    // Plaintext answers beside the ciphertext: not an encrypted envelope.
    const both = await fresh();
    await refused({ ...both, data: plain.data }, 'unrecognized_keys', '/data');
  });

  it('a changed ciphertext passes the hub (it holds no key) but never decrypts', async () => {
    const s = await seal(envelope());
    const parts = s.encrypted.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    const tampered = { ...s, encrypted: withPart(s.encrypted, 3, ct.toString('base64url')) };
    const res = await hub.post(tampered);
    assert.equal(res.status, 201);
    rows++;
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(tampered));
    const r = spawnSync(process.execPath, ['hub/bin/komm-decrypt.mjs', '--key', keyFile, file], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot decrypt with this key/);
    // And the right kid with another key: decrypting fails loudly too.
    const wrong = join(dir, 'other.jwk');
    writeFileSync(wrong, JSON.stringify(other.priv));
    const w = spawnSync(
      process.execPath,
      ['hub/bin/komm-decrypt.mjs', '--key', wrong, join(hub.dataDir, 'outbox', TEST_AGS)],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(w.status, 1);
    assert.match(w.stderr, /cannot decrypt with this key/);
  });
});
