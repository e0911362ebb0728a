// End-to-end encrypted applications at the hub (issue 12, README "End-to-end encryption"): a real
// hub over HTTP with a folder sink and a mail sink (an SMTP server in this process). The hub
// stores and forwards only ciphertext, checks what it can see (metadata, the JWE's form, the
// key's kid), refuses plaintext for a municipality that publishes a key and every malformed JWE
// (422, nothing stored); `npx komm-decrypt` with the private key gives back exactly the answers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import {
  encryptBytes,
  encryptEnvelope,
  loadEncryptionKey,
  type EncryptedEnvelope,
} from '../src/transport/encrypt.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import { pdfText } from './test-pdf.js';
import {
  envelope,
  flowsOf,
  smtpCatcher,
  startHub,
  TEST_AGS,
  testConfig,
  waitFor,
  type TestHub,
} from './test-support.js';
import { uploadFilePath } from './uploads.js';

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

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url));
const PDF = fixture('nachweis.pdf');
const JPEG = fixture('ausweis.jpg');
const EXE = fixture('rechnung.pdf'); // a Windows program renamed to .pdf
const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
/** The municipality's file size limit in this test (config `uploads.maxFileSize`). */
const MAX_FILE = 64 * 1024;

/** A file's bytes as the browser's file field encrypts them (`Seal.file`). */
const jweOf = async (bytes: Uint8Array, cty: string, pub: object = municipality.pub) =>
  encryptBytes(await loadEncryptionKey(pub as never), bytes, cty);

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
          uploads: { maxFileSize: MAX_FILE },
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
    // The row says the hub checked only the metadata (the answers are for the Fachverfahren).
    const db = new Database(join(hub.dataDir, 'hub.sqlite'), { readonly: true });
    try {
      const validated = (r: string) =>
        (
          db.prepare('SELECT validated FROM submissions WHERE reference = ?').get(r) as {
            validated: string;
          }
        ).validated;
      assert.equal(validated(reference), 'metadata');
    } finally {
      db.close();
    }
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
    const { mail } = await waitFor('the mail', () => smtp.received[0]);
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
  // ---- Uploaded files -------------------------------------------------------------------------

  /** POST /uploads as the file field sends it: a JWE is the part `file` of type application/jose. */
  const upload = (body: string | Buffer, name: string, applicationId: string, ags = TEST_AGS) => {
    const form = new FormData();
    form.append('assistant', 'testantrag');
    form.append('ags', ags);
    form.append('applicationId', applicationId);
    const type = typeof body === 'string' ? 'application/jose' : 'application/octet-stream';
    form.append(
      'file',
      new Blob([typeof body === 'string' ? body : new Uint8Array(body)], { type }),
      name,
    );
    return fetch(`${hub.url}/uploads`, { method: 'POST', body: form });
  };
  /** Stored upload files (not their metadata) of one application. */
  const uploadsOf = (applicationId: string) => {
    const dir = join(hub.dataDir, 'uploads', applicationId);
    return existsSync(dir) ? readdirSync(dir).filter((f) => /^[0-9a-f-]{36}$/.test(f)) : [];
  };
  const refusedUpload = async (res: Response, status: number, code: string) => {
    assert.equal(res.status, status, await res.clone().text());
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const body = (await res.json()) as { code: string; detail: string };
    assert.equal(body.code, code);
    assert.ok(body.detail.length > 20, 'says what to do');
    return body.detail;
  };
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['hub/bin/komm-decrypt.mjs', '--key', keyFile, ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('uploaded files are stored and forwarded only as JWE; komm-decrypt gives back the bytes', async () => {
    const plainEnv = envelope();
    const pdfJwe = await jweOf(PDF, 'application/pdf');
    const jpegJwe = await jweOf(JPEG, 'image/jpeg');
    const attachments: NonNullable<Envelope['attachments']> = [];
    for (const [jwe, name, bytes, type] of [
      [pdfJwe, 'nachweis.pdf', PDF, 'application/pdf'],
      [jpegJwe, 'ausweis.jpg', JPEG, 'image/jpeg'],
    ] as const) {
      const res = await upload(jwe, name, plainEnv.id);
      assert.equal(res.status, 201, await res.clone().text());
      const meta = (await res.json()) as Record<string, unknown> & {
        uploadId: string;
        sha256: string;
      };
      // The size of the file inside (exact: A256GCM's ciphertext is as long as the plaintext),
      // the declared type, the hash of what the hub keeps.
      assert.deepEqual(
        { ...meta, uploadId: undefined },
        {
          uploadId: undefined,
          sha256: sha(jwe),
          size: bytes.length,
          mediaType: type,
          filename: name,
          encrypted: true,
        },
      );
      const stored = readFileSync(uploadFilePath(hub.dataDir, plainEnv.id, meta.uploadId)!);
      assert.equal(stored.toString('latin1'), jwe, 'the hub keeps the JWE as received');
      assert.ok(!stored.includes(bytes.subarray(0, 64)), 'no plaintext bytes at the hub');
      // What the file field keeps of the answer (FileAnswer), with its field.
      const { uploadId, sha256: hash } = meta;
      attachments.push({
        uploadId,
        field: 'nachweise',
        filename: name,
        mediaType: type,
        size: bytes.length,
        sha256: hash,
      });
    }
    const sealedEnv = await seal({ ...plainEnv, attachments });
    assert.deepEqual(sealedEnv.attachments, attachments, 'the list stays readable for routing');
    const res = await hub.post(sealedEnv);
    assert.equal(res.status, 201, await res.clone().text());
    const ref = ((await res.json()) as { reference: string }).reference;
    rows++;

    // The outbox: the files beside the file as <n>-<name>.jwe; the CLI decrypts them too.
    const file = join(hub.dataDir, 'outbox', TEST_AGS, 'testantrag', `${ref}.json`);
    const files = `${file.slice(0, -5)}.files`;
    await waitFor('the outbox file', () => (existsSync(file) ? true : undefined));
    assert.deepEqual(readdirSync(files).sort(), ['1-nachweis.pdf.jwe', '2-ausweis.jpg.jwe']);
    assert.equal(readFileSync(join(files, '1-nachweis.pdf.jwe'), 'latin1'), pdfJwe);
    const r = cli(file);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /2 uploaded file\(s\) decrypted/);
    assert.deepEqual((JSON.parse(r.stdout) as Envelope).data, plainEnv.data);
    assert.deepEqual(readFileSync(join(files, '1-nachweis.pdf')), PDF);
    assert.deepEqual(readFileSync(join(files, '2-ausweis.jpg')), JPEG);

    // The folder sink: the same, and the whole folder decrypts.
    const folder = join(hub.dataDir, 'dms', TEST_AGS, ref);
    await waitFor('the folder delivery', () => (existsSync(folder) ? true : undefined));
    assert.deepEqual(readdirSync(folder).sort(), [
      '1-nachweis.pdf.jwe',
      '2-ausweis.jpg.jwe',
      'antrag.json',
      'antrag.pdf',
    ]);
    const f = cli(folder);
    assert.equal(f.status, 0, f.stderr);
    assert.match(f.stderr, /1 file\(s\) decrypted .*, and 2 uploaded file\(s\)/);
    assert.deepEqual(readFileSync(join(folder, '1-nachweis.pdf')), PDF);
    assert.deepEqual(readFileSync(join(folder, '2-ausweis.jpg')), JPEG);

    // The mail: the files attached as .jwe (application/jose); one saved from it decrypts.
    const { mail } = await waitFor('the mail', () =>
      smtp.received.find((m) => m.mail.subject?.endsWith(ref)),
    );
    const jwes = mail.attachments.filter((a) => a.filename?.endsWith('.jwe'));
    assert.deepEqual(
      jwes.map((a) => [a.filename, a.contentType]),
      [
        ['nachweis.pdf.jwe', 'application/jose'],
        ['ausweis.jpg.jwe', 'application/jose'],
      ],
    );
    const saved = join(dir, 'nachweis.pdf.jwe');
    writeFileSync(saved, jwes[0]!.content);
    const m = cli(saved);
    assert.equal(m.status, 0, m.stderr);
    assert.deepEqual(readFileSync(join(dir, 'nachweis.pdf')), PDF);
    // A wrong key fails loudly on a file too.
    const wrong = join(dir, 'other-upload.jwk');
    writeFileSync(wrong, JSON.stringify(other.priv));
    const w = spawnSync(process.execPath, ['hub/bin/komm-decrypt.mjs', '--key', wrong, saved], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(w.status, 1);
    assert.match(w.stderr, /nachweis\.pdf\.jwe: cannot decrypt with this key/);
  });

  it('refuses a plaintext upload where the municipality requires encryption; nothing kept', async () => {
    const app = randomUUID();
    const detail = await refusedUpload(
      await upload(PDF, 'nachweis.pdf', app),
      422,
      'encryption_required',
    );
    assert.match(detail, /nur Ende-zu-Ende-verschlüsselt/);
    assert.deepEqual(uploadsOf(app), []);
    // Where the municipality publishes no key, plaintext is taken as before.
    const res = await upload(PDF, 'nachweis.pdf', app, OTHER_AGS);
    assert.equal(res.status, 201);
    assert.equal(((await res.json()) as { encrypted?: boolean }).encrypted, undefined);
  });

  it('checks what it can see of an encrypted file: form, algorithms, kid, declared type, size', async () => {
    const app = randomUUID();
    const good = await jweOf(PDF, 'application/pdf');
    const [head] = good.split('.');
    const header = JSON.parse(Buffer.from(head!, 'base64url').toString()) as object;
    const cases: [string, number, string, string][] = [
      ['not a JWE at all', 422, 'invalid_jwe', 'hello world'],
      ['four parts', 422, 'invalid_jwe', good.split('.').slice(0, 4).join('.')],
      ['six parts', 422, 'invalid_jwe', `${good}.AAAA`],
      [
        'another algorithm',
        422,
        'invalid_jwe',
        withPart(good, 0, b64({ ...header, alg: 'RSA1_5' })),
      ],
      ['compressed', 422, 'invalid_jwe', withPart(good, 0, b64({ ...header, zip: 'DEF' }))],
      [
        "another key's kid",
        422,
        'invalid_jwe',
        await jweOf(PDF, 'application/pdf', { ...municipality.pub, kid: 'alt-2025' }),
      ],
      [
        'a type not accepted',
        415,
        'unsupported_file_type',
        await jweOf(EXE, 'application/x-msdownload'),
      ],
      [
        'one byte over the limit',
        413,
        'file_too_large',
        await jweOf(Buffer.alloc(MAX_FILE + 1, 0x25), 'application/pdf'),
      ],
    ];
    for (const [what, status, code, body] of cases)
      await refusedUpload(await upload(body, 'x.pdf', app), status, code).catch((e: Error) => {
        throw new Error(`${what}: ${e.message}`);
      });
    assert.deepEqual(uploadsOf(app), [], 'nothing refused is kept');
    // Exactly at the limit: taken, with the exact size of the file inside.
    const full = await upload(
      await jweOf(Buffer.alloc(MAX_FILE, 0x25), 'application/pdf'),
      'x.pdf',
      app,
    );
    assert.equal(full.status, 201, await full.clone().text());
    assert.equal(((await full.json()) as { size: number }).size, MAX_FILE);
  });

  it('a renamed program passes the hub encrypted (it cannot look inside), komm-decrypt says so', async () => {
    const app = randomUUID();
    const jwe = await jweOf(EXE, 'application/pdf');
    const res = await upload(jwe, 'rechnung.pdf', app);
    assert.equal(res.status, 201, 'the hub sees only the declared type');
    const saved = join(dir, 'rechnung.pdf.jwe');
    writeFileSync(saved, jwe);
    const r = cli(saved);
    assert.equal(r.status, 3, r.stderr);
    assert.match(
      r.stderr,
      /rechnung\.pdf: declared application\/pdf, content application\/x-msdownload/,
    );
    assert.deepEqual(readFileSync(join(dir, 'rechnung.pdf')), EXE);
  });
});
