// POST /submissions over real HTTP, with the SQLite row count checked after every case.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  deferred,
  envelope,
  startHub,
  TEST_AGS,
  testConfig,
  validData,
  type TestHub,
} from './test-support.js';

const PROBLEMS = 'https://komm-assistenten.de/problems/';

async function problemOf(res: Response, status: number, type: string) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  assert.equal(body.type, PROBLEMS + type);
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  assert.ok(typeof body.detail === 'string' && body.detail.length > 0);
  assert.ok(typeof body.requestId === 'string' && body.requestId.length > 0);
  return body as { errors?: { pointer: string; code: string; detail: string }[] } & Record<
    string,
    unknown
  >;
}

describe('POST /submissions', () => {
  let clock = new Date('2026-11-29T10:00:00.000Z');
  let gate:
    { reached: ReturnType<typeof deferred>; release: ReturnType<typeof deferred> } | undefined;
  let hub: TestHub;
  let expectedRows = 0;
  const first = envelope();

  before(async () => {
    hub = await startHub({
      now: () => clock,
      bodyLimit: 64 * 1024,
      configs: [testConfig(), testConfig('14713000', { other: {} })],
      beforeStore: async () => {
        if (!gate) return;
        gate.reached.resolve();
        await gate.release.promise;
      },
    });
  });
  after(() => hub.close());

  const assertRows = () => assert.equal(hub.rows(), expectedRows, 'rows in submissions');

  it('stores a valid envelope: 201, Location, one row, one outbox file', async () => {
    const res = await hub.post(first);
    assert.equal(res.status, 201);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const body = await res.json();
    assert.deepEqual(body, {
      reference: 'TST-2026-000001',
      receivedAt: '2026-11-29T10:00:00.000Z',
    });
    assert.equal(res.headers.get('location'), '/api/v1/submissions/TST-2026-000001');
    expectedRows = 1;
    assertRows();
    const file = join(hub.dataDir, 'outbox', TEST_AGS, 'testantrag', 'TST-2026-000001.json');
    const out = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(out, {
      ...first,
      reference: 'TST-2026-000001',
      receivedAt: '2026-11-29T10:00:00.000Z',
    });

    const receipt = await fetch(`${hub.url}/submissions/${body.reference}`);
    assert.deepEqual(await receipt.json(), body);
  });

  it('replays the same key and body (keys in another order): 200, same body, still one row', async () => {
    const { data, ...rest } = first;
    const reordered = { data: Object.fromEntries(Object.entries(data).reverse()), ...rest };
    const res = await hub.post(reordered);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      reference: 'TST-2026-000001',
      receivedAt: '2026-11-29T10:00:00.000Z',
    });
    assert.equal(res.headers.get('location'), '/api/v1/submissions/TST-2026-000001');
    assertRows();
  });

  it('refuses the same key with another body: 422 idempotency-mismatch', async () => {
    const res = await hub.post({ ...first, data: { ...first.data, name: 'Max Mustermann' } });
    await problemOf(res, 422, 'idempotency-mismatch');
    assertRows();
  });

  it('counts references per prefix and year', async () => {
    const res = await hub.post(envelope());
    assert.equal(res.status, 201);
    assert.equal((await res.json()).reference, 'TST-2026-000002');
    clock = new Date('2026-12-31T23:30:00.000Z'); // already 2027 in Germany
    const next = await hub.post(envelope());
    assert.equal(next.status, 201);
    assert.deepEqual(await next.json(), {
      reference: 'TST-2027-000001',
      receivedAt: '2026-12-31T23:30:00.000Z',
    });
    clock = new Date('2026-11-29T10:00:00.000Z');
    expectedRows += 2;
    assertRows();
  });

  it('accepts a submission whose only issue is a warning', async () => {
    // the test assistant's `email` rule always warns; every stored case above proves this too
    const res = await hub.post(envelope({ locale: 'en' }));
    assert.equal(res.status, 201);
    expectedRows++;
    assertRows();
  });

  it('rejects invalid data with a pointer and code per field, stores nothing', async () => {
    const data = {
      email: 'erika(at)example.org',
      plz: '123',
      hunde: [{ breed: 'katze', since: '2027-01-05' }],
      consent: true,
      extra: 'x',
    };
    const body = await problemOf(await hub.post(envelope({ data })), 422, 'validation');
    const errors = Object.fromEntries(body.errors!.map((e) => [e.pointer, e.code]));
    assert.deepEqual(errors, {
      '/data/name': 'required',
      '/data/email': 'invalid_email',
      '/data/plz': 'invalid_format',
      '/data/hunde/0/breed': 'invalid_value',
      '/data/hunde/0/since': 'in_future',
      '/data/extra': 'unrecognized_keys',
    });
    const breed = body.errors!.find((e) => e.pointer === '/data/hunde/0/breed')!;
    assert.equal(breed.detail, 'Wählen Sie eine Rasse aus der Liste.');
    assertRows();
  });

  it('rejects answers to questions the application does not ask (hidden by other answers)', async () => {
    const asked = {
      ...validData(),
      hunde: [{ breed: 'pudel', since: '2026-03-01', kennel: 'vom Elbtal' }],
    };
    const res = await hub.post(envelope({ data: asked }));
    assert.equal(res.status, 201);
    expectedRows++;
    const data = {
      ...validData(),
      hunde: [{ breed: 'dackel', since: '2026-03-01', kennel: 'vom Elbtal' }],
    };
    const body = await problemOf(await hub.post(envelope({ data })), 422, 'validation');
    assert.deepEqual(
      body.errors!.map((e) => [e.pointer, e.code]),
      [['/data/hunde/0/kennel', 'not_asked']],
    );
    assert.match(body.errors![0]!.detail, /nicht gestellt/);
    assertRows();
  });

  it('rejects wrong types and an empty dog list', async () => {
    const data = { ...validData(), plz: 1067, hunde: [], consent: 'ja' };
    const body = await problemOf(await hub.post(envelope({ data })), 422, 'validation');
    const codes = new Map<string, string[]>();
    for (const e of body.errors!) codes.set(e.pointer, [...(codes.get(e.pointer) ?? []), e.code]);
    assert.deepEqual([...codes.keys()], ['/data/plz', '/data/hunde', '/data/consent']);
    assert.deepEqual(codes.get('/data/plz'), ['invalid_type']);
    assert.deepEqual(codes.get('/data/hunde'), ['required']);
    assert.equal(codes.get('/data/consent')![0], 'required');
    assertRows();
  });

  it('rejects an envelope that breaks the contract, with pointers into the envelope', async () => {
    const bad = {
      ...envelope(),
      locale: 'fr',
      municipality: { ags: '123', name: 'X' },
      surplus: 1,
    };
    const body = await problemOf(await hub.post(bad), 422, 'validation');
    const pointers = body.errors!.map((e) => e.pointer).sort();
    assert.deepEqual(pointers, ['/locale', '/municipality/ags', '/surplus']);
    assertRows();
  });

  it('rejects an unknown assistant, an unknown AGS and an AGS without that assistant', async () => {
    const cases: [Partial<Parameters<typeof envelope>[0]>, string, string][] = [
      [
        { assistant: { id: 'nope', version: '1', schemaVersion: '1' } },
        '/assistant/id',
        'unknown_assistant',
      ],
      [
        { assistant: { id: 'testantrag', version: '1.0.0', schemaVersion: '0' } },
        '/assistant/schemaVersion',
        'unsupported_schema_version',
      ],
      [
        { municipality: { ags: '14999999', name: 'Nirgendwo' } },
        '/municipality/ags',
        'unknown_municipality',
      ],
      [
        { municipality: { ags: '14713000', name: 'Teststadt' } },
        '/municipality/ags',
        'assistant_not_configured',
      ],
    ];
    for (const [over, pointer, code] of cases) {
      const body = await problemOf(await hub.post(envelope(over)), 422, 'validation');
      assert.deepEqual(
        body.errors!.map((e) => [e.pointer, e.code]),
        [[pointer, code]],
      );
      assertRows();
    }
  });

  it('answers malformed JSON with 400', async () => {
    await problemOf(
      await hub.post('{"id": "x", "data": {', { 'idempotency-key': 'k-malformed' }),
      400,
      'malformed',
    );
    await problemOf(await hub.post('', { 'idempotency-key': 'k-empty' }), 400, 'malformed');
    assertRows();
  });

  it('answers an oversize body with 413', async () => {
    const big = envelope({ data: { ...validData(), name: 'x'.repeat(70 * 1024) } });
    await problemOf(await hub.post(big), 413, 'too-large');
    assertRows();
  });

  it('refuses __proto__ and constructor keys anywhere, without polluting Object.prototype', async () => {
    const e = envelope();
    const proto = JSON.stringify(e).replace('"data":{', '"data":{"__proto__":{"polluted":"yes"},');
    await problemOf(await hub.post(proto, { 'idempotency-key': e.id }), 400, 'malformed');
    const ctor = JSON.stringify(e).replace(
      '"data":{',
      '"data":{"constructor":{"prototype":{"polluted":"yes"}},',
    );
    await problemOf(await hub.post(ctor, { 'idempotency-key': e.id }), 400, 'malformed');
    const computed = JSON.stringify(e).replace('"computed":{', '"computed":{"constructor":"x",');
    await problemOf(await hub.post(computed, { 'idempotency-key': e.id }), 400, 'malformed');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assertRows();
  });

  it('refuses absurdly deep nesting with 400, not a crash', async () => {
    const e = envelope();
    const deep = JSON.stringify(e).replace(
      '"computed":{',
      `"computed":{"deep":${'['.repeat(5000)}${']'.repeat(5000)},`,
    );
    await problemOf(await hub.post(deep, { 'idempotency-key': e.id }), 400, 'malformed');
    assertRows();
  });

  it('answers other media types with 415', async () => {
    const e = envelope();
    await problemOf(
      await hub.post(JSON.stringify(e), { 'content-type': 'text/plain' }),
      415,
      'unsupported-media-type',
    );
    await problemOf(
      await hub.post(JSON.stringify(e), { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'unsupported-media-type',
    );
    assertRows();
  });

  it('requires an Idempotency-Key equal to the envelope id', async () => {
    const e = envelope();
    const res = await fetch(`${hub.url}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(e),
    });
    await problemOf(res, 400, 'malformed');
    await problemOf(
      await hub.post(e, { 'idempotency-key': crypto.randomUUID() }),
      400,
      'malformed',
    );
    assertRows();
  });

  it('answers 409 while the first request with the key is in flight, then replays', async () => {
    const e = envelope();
    gate = { reached: deferred(), release: deferred() };
    const firstRequest = hub.post(e);
    await gate.reached.promise; // the first request now waits between validation and storing
    await problemOf(await hub.post(e), 409, 'in-flight');
    assertRows();
    gate.release.resolve();
    gate = undefined;
    const res = await firstRequest;
    assert.equal(res.status, 201);
    const receipt = await res.json();
    expectedRows++;
    assertRows();
    const again = await hub.post(e);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), receipt);
    assertRows();
  });
});
