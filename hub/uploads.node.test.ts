// POST /uploads and attachments in POST /submissions over real HTTP: after every answer the
// stored files (DATA_DIR/uploads) and the SQLite rows are counted.
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defineAssistant } from '../src/engine/define-assistant.js';
import type { FileAnswer } from '../src/engine/types.js';
import { z } from '../src/engine/zod.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import { envelope, startHub, TEST_AGS, testConfig, type TestHub } from './test-support.js';
import { uploadFilePath } from './uploads.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url));
const PDF = fixture('nachweis.pdf');
const JPEG = fixture('ausweis.jpg');
const EXE = fixture('rechnung.pdf'); // a Windows program renamed to .pdf
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const MB = 1024 * 1024;
/** A PDF of `size` bytes: the real one, padded after its end (readers ignore trailing bytes). */
const pdfOf = (size: number) => Buffer.concat([PDF, Buffer.alloc(size - PDF.length, 0x20)]);

/** A name and evidence files (one to three). */
const belege = defineAssistant<Record<string, never>>({
  id: 'belege',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'simple',
  referencePrefix: 'BEL',
  params: z.object({}),
  steps: [
    {
      id: 'a',
      fields: [
        { type: 'text', path: 'name', required: true },
        { type: 'file', path: 'nachweise', required: true, multiple: true, maxFiles: 3 },
      ],
    },
  ],
  messages: { de: {}, en: {} },
});

interface Fields {
  assistant?: string;
  ags?: string;
  applicationId?: string;
}

describe('POST /uploads', () => {
  let clock = new Date('2026-12-01T10:00:00.000Z');
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-uploads-test-'));
  let hub: TestHub;
  const start = () =>
    startHub({
      dataDir,
      now: () => clock,
      configs: [testConfig(TEST_AGS, { belege: {} })],
      assistants: { belege },
    });
  before(async () => {
    hub = await start();
  });
  after(async () => {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Stored upload files (not their metadata) over every application. */
  const files = () => {
    const root = join(dataDir, 'uploads');
    if (!existsSync(root)) return 0;
    return readdirSync(root).reduce(
      (n, app) => n + readdirSync(join(root, app)).filter((f) => /^[0-9a-f-]{36}$/.test(f)).length,
      0,
    );
  };
  const leftovers = () => {
    const root = join(dataDir, 'uploads');
    if (!existsSync(root)) return [];
    return readdirSync(root).flatMap((app) =>
      readdirSync(join(root, app)).filter((f) => f.endsWith('.part')),
    );
  };

  const upload = (body: Buffer | undefined, name: string, fields: Fields) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (body) form.append('file', new Blob([new Uint8Array(body)]), name);
    return fetch(`${hub.url}/uploads`, { method: 'POST', body: form });
  };
  const fieldsFor = (applicationId: string): Fields => ({
    assistant: 'belege',
    ags: TEST_AGS,
    applicationId,
  });

  async function problem(res: Response, status: number, code: string) {
    assert.equal(res.status, status);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const body = (await res.json()) as { code: string; detail: string; requestId: string };
    assert.equal(body.code, code);
    assert.ok(body.detail.length > 10 && body.requestId);
    return body;
  }

  const app = randomUUID();
  let pdf: FileAnswer;

  it('stores a PDF: 201 with id, hash, size, type and name; one file, no row', async () => {
    const res = await upload(PDF, 'nachweis.pdf', fieldsFor(app));
    assert.equal(res.status, 201);
    pdf = (await res.json()) as FileAnswer;
    assert.match(pdf.uploadId, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      { sha256: pdf.sha256, size: pdf.size, mediaType: pdf.mediaType, filename: pdf.filename },
      {
        sha256: sha(PDF),
        size: PDF.length,
        mediaType: 'application/pdf',
        filename: 'nachweis.pdf',
      },
    );
    assert.deepEqual(readFileSync(uploadFilePath(dataDir, app, pdf.uploadId)!), PDF);
    assert.equal(files(), 1);
    assert.equal(hub.rows(), 0);
  });

  it('stores a JPEG and a PNG, typed by their content', async () => {
    const res = await upload(JPEG, 'ausweis.bin', fieldsFor(app));
    assert.equal(res.status, 201);
    assert.equal(((await res.json()) as FileAnswer).mediaType, 'image/jpeg');
    const png = await upload(fixture('pixel.png'), 'pixel', fieldsFor(app));
    assert.equal(png.status, 201);
    assert.equal(((await png.json()) as FileAnswer).mediaType, 'image/png');
    assert.equal(files(), 3);
  });

  it('refuses a Windows program renamed to .pdf: 415 unsupported_file_type, nothing kept', async () => {
    const body = await problem(
      await upload(EXE, 'rechnung.pdf', fieldsFor(app)),
      415,
      'unsupported_file_type',
    );
    assert.match(body.detail, /application\/x-msdownload/);
    assert.equal(files(), 3);
    assert.deepEqual(leftovers(), []);
    assert.equal(hub.rows(), 0);
  });

  it('refuses a file over 10 MB: 413 file_too_large, nothing kept', async () => {
    await problem(
      await upload(pdfOf(10 * MB + 1), 'gross.pdf', fieldsFor(randomUUID())),
      413,
      'file_too_large',
    );
    assert.equal(files(), 3);
    assert.deepEqual(leftovers(), []);
  });

  it('refuses what would make an application over 25 MB: 413 application_too_large', async () => {
    const big = randomUUID();
    for (let i = 0; i < 2; i++)
      assert.equal((await upload(pdfOf(9 * MB), `teil${i}.pdf`, fieldsFor(big))).status, 201);
    assert.equal(files(), 5);
    await problem(
      await upload(pdfOf(9 * MB), 'teil2.pdf', fieldsFor(big)),
      413,
      'application_too_large',
    );
    assert.equal(files(), 5);
    assert.deepEqual(leftovers(), []);
    // A small one still fits.
    assert.equal((await upload(PDF, 'klein.pdf', fieldsFor(big))).status, 201);
    assert.equal(files(), 6);
  });

  it('refuses a request without its fields or file: 400, nothing kept', async () => {
    for (const fields of [
      { assistant: 'belege', ags: TEST_AGS },
      { ags: TEST_AGS, applicationId: randomUUID() },
      { assistant: 'belege', ags: TEST_AGS, applicationId: '../../etc' },
      { assistant: 'belege', ags: '99999999', applicationId: randomUUID() },
      { assistant: 'hundesteuer', ags: TEST_AGS, applicationId: randomUUID() },
    ])
      await problem(await upload(PDF, 'nachweis.pdf', fields), 400, 'invalid_upload_request');
    await problem(await upload(undefined, '', fieldsFor(app)), 400, 'invalid_upload_request');
    const json = await fetch(`${hub.url}/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await problem(json, 400, 'invalid_upload_request');
    assert.equal(files(), 6);
    assert.equal(hub.rows(), 0);
  });

  const withFiles = (id: string, list: FileAnswer[], over: Partial<Envelope> = {}): Envelope =>
    envelope({
      id,
      assistant: { id: 'belege', version: '1.0.0', schemaVersion: '1' },
      data: { name: 'Erika Mustermann', nachweise: list },
      attachments: list.map((a) => ({ ...a, field: 'nachweise' })),
      computed: {},
      ...over,
    });

  it('refuses attachments that are no upload of this application: 422 unknown_upload', async () => {
    const other = randomUUID();
    const wrong: [string, Envelope][] = [
      ['other sha256', withFiles(app, [{ ...pdf, sha256: sha(JPEG) }])],
      ['other size', withFiles(app, [{ ...pdf, size: pdf.size + 1 }])],
      ['unknown id', withFiles(app, [{ ...pdf, uploadId: randomUUID() }])],
      ["another application's upload", withFiles(other, [pdf])],
    ];
    for (const [what, env] of wrong) {
      const res = await hub.post(env);
      assert.equal(res.status, 422, what);
      const body = (await res.json()) as { errors: { pointer: string; code: string }[] };
      assert.deepEqual(
        body.errors.map((e) => `${e.pointer}:${e.code}`),
        ['/attachments/0:unknown_upload', '/data/nachweise:unknown_upload'],
        what,
      );
    }
    // The answers and attachments[] must name the same files.
    const res = await hub.post(withFiles(app, [pdf], { attachments: [] }));
    assert.equal(res.status, 422);
    assert.deepEqual(
      ((await res.json()) as { errors: { pointer: string; code: string }[] }).errors.map(
        (e) => `${e.pointer}:${e.code}`,
      ),
      ['/data/nachweise:attachment_missing'],
    );
    assert.equal(hub.rows(), 0);
    assert.equal(files(), 6);
  });

  it('stores an application with its file and puts the file beside it in the outbox', async () => {
    const res = await hub.post(withFiles(app, [pdf]));
    assert.equal(res.status, 201);
    const { reference } = (await res.json()) as { reference: string };
    assert.equal(hub.rows(), 1);
    const dir = join(dataDir, 'outbox', TEST_AGS, 'belege');
    const stored = JSON.parse(readFileSync(join(dir, `${reference}.json`), 'utf8')) as Envelope;
    assert.deepEqual(stored.attachments, [{ ...pdf, field: 'nachweise' }]);
    assert.deepEqual(readdirSync(join(dir, `${reference}.files`)), ['1-nachweis.pdf']);
    assert.deepEqual(readFileSync(join(dir, `${reference}.files`, '1-nachweis.pdf')), PDF);
  });

  it('sweeps, 24 h later, the uploads no stored application references', async () => {
    const orphan = randomUUID();
    const res = await upload(PDF, 'vergessen.pdf', fieldsFor(orphan));
    const { uploadId } = (await res.json()) as FileAnswer;
    assert.equal(files(), 7);
    // 23 h later (a restart sweeps at once): nothing is old enough yet.
    await hub.close();
    clock = new Date(clock.getTime() + 23 * 3600_000);
    hub = await start();
    assert.equal(files(), 7);
    // 25 h after the uploads: only the stored application's attached PDF stays.
    await hub.close();
    clock = new Date(clock.getTime() + 2 * 3600_000);
    hub = await start();
    assert.equal(files(), 1);
    assert.equal(uploadFilePath(dataDir, orphan, uploadId), undefined);
    assert.ok(uploadFilePath(dataDir, app, pdf.uploadId));
    assert.equal(hub.rows(), 1);
  });
});
