// The transport client against the REAL reference hub over HTTP (fastify on a free port, SQLite in
// a temp DATA_DIR): retries, double clicks and validation errors end as the contract says, and the
// database holds exactly what it should.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { buildHub } from '../../hub/server.js';
import { submitEnvelope, type FetchFn, type SubmitOptions } from './client.js';
import { createEnvelope, newEnvelopeId } from './envelope.js';
import type { Envelope } from './envelope-schema.js';
import type { RetryInfo } from './outcome.js';
import {
  transportTestAssistant as def,
  transportTestConfig as config,
  validAnswers,
} from './test-assistant.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let app: FastifyInstance;
let dataDir: string;
let endpoint: string;
/** While set, the hub holds each request after validation until it resolves. */
let gate: Promise<void> | undefined;
let entered: (() => void) | undefined;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'komm-transport-hub-'));
  app = buildHub({
    dataDir,
    configs: [config],
    assistants: { [def.id]: def },
    allowedOrigins: '*',
    logger: false,
    rateLimit: false,
    warn: (m) => assert.fail(m),
    beforeStore: async () => {
      entered?.();
      if (gate) await gate;
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  assert.ok(address && typeof address === 'object');
  endpoint = `http://127.0.0.1:${address.port}/api/v1`;
});

after(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Rows in the hub's `submissions` table (all, or of one envelope id). */
function rows(id?: string): number {
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const sql = `SELECT COUNT(*) AS n FROM submissions${id ? ' WHERE id = ?' : ''}`;
    return (db.prepare(sql).get(...(id ? [id] : [])) as { n: number }).n;
  } finally {
    db.close();
  }
}

const storedEnvelope = (id: string): unknown => {
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return JSON.parse(
      (db.prepare('SELECT envelope FROM submissions WHERE id = ?').get(id) as { envelope: string })
        .envelope,
    );
  } finally {
    db.close();
  }
};

const envelope = (data: Record<string, unknown> = validAnswers): Envelope =>
  createEnvelope({
    def,
    config,
    data,
    computed: { gebuehr: 12 },
    locale: 'de',
    id: newEnvelopeId(),
    prefilled: ['halter.name'],
  });

const realFetch: FetchFn = (url, init) => fetch(url, init);

const unavailable = () =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }), {
    status: 503,
    headers: { 'content-type': 'application/problem+json', 'retry-after': '0' },
  });

const options = (
  fetchFn: FetchFn = realFetch,
  extra: Partial<SubmitOptions<{ fee: number }>> = {},
): SubmitOptions<{ fee: number }> => ({
  def,
  fetchFn,
  timeoutMs: 5000,
  ...extra,
});

describe('submitEnvelope against the reference hub', () => {
  it('stores a valid envelope once and answers with a reference (201)', async () => {
    const env = envelope();
    const out = await submitEnvelope(endpoint, env, options());
    assert.ok(out.ok, JSON.stringify(out));
    assert.match(out.reference, /^TT-\d{4}-\d{6}$/);
    assert.equal(out.replayed, false);
    assert.equal(out.status, 201);
    assert.ok(!Number.isNaN(Date.parse(out.receivedAt)));
    assert.equal(rows(env.id), 1);
    assert.deepEqual(storedEnvelope(env.id), env);
    assert.ok(existsSync(join(dataDir, 'outbox', '14612000', def.id, `${out.reference}.json`)));
  });

  it('503 (Retry-After: 0), then the real hub: 201 and exactly one row', async () => {
    const env = envelope();
    let calls = 0;
    const fetchFn: FetchFn = (url, init) =>
      ++calls === 1 ? Promise.resolve(unavailable()) : realFetch(url, init);
    const retries: RetryInfo[] = [];
    const out = await submitEnvelope(
      endpoint,
      env,
      options(fetchFn, { onRetry: (i) => void retries.push(i) }),
    );
    assert.ok(out.ok, JSON.stringify(out));
    assert.equal(out.replayed, false);
    assert.equal(calls, 2);
    assert.deepEqual(
      retries.map((r) => [r.status, r.delayMs]),
      [[503, 0]],
    );
    assert.equal(rows(env.id), 1);
  });

  it('a lost answer: stored on the first try, replayed (200, same reference) on the retry, one row', async () => {
    const env = envelope();
    let calls = 0;
    const references: string[] = [];
    const fetchFn: FetchFn = async (url, init) => {
      const res = await realFetch(url, init);
      if (++calls === 1) {
        references.push(((await res.json()) as { reference: string }).reference);
        return unavailable(); // the hub stored it, but a proxy lost the answer
      }
      return res;
    };
    const out = await submitEnvelope(endpoint, env, options(fetchFn));
    assert.ok(out.ok, JSON.stringify(out));
    assert.equal(out.replayed, true);
    assert.equal(out.status, 200);
    assert.equal(out.reference, references[0]);
    assert.equal(rows(env.id), 1);
  });

  it('a double click (two concurrent submissions of one envelope) stores one row', async () => {
    const env = envelope();
    const before = rows();
    const [a, b] = await Promise.all([
      submitEnvelope(endpoint, env, options()),
      submitEnvelope(endpoint, env, options()),
    ]);
    assert.ok(a.ok && b.ok, JSON.stringify([a, b]));
    assert.equal(a.reference, b.reference);
    assert.deepEqual([a.replayed, b.replayed].sort(), [false, true]);
    assert.equal(rows(env.id), 1);
    assert.equal(rows(), before + 1);
  });

  it('a double click while the first is still in flight: 409, retried, then the replay', async () => {
    const env = envelope();
    let release!: () => void;
    gate = new Promise((r) => (release = r));
    const firstHeld = new Promise<void>((r) => (entered = r));
    try {
      const first = submitEnvelope(endpoint, env, options());
      await firstHeld;
      entered = undefined;
      const retries: RetryInfo[] = [];
      const second = submitEnvelope(
        endpoint,
        env,
        options(realFetch, {
          onRetry: (i) => {
            retries.push(i);
            release();
          },
        }),
      );
      const [a, b] = await Promise.all([first, second]);
      assert.ok(a.ok && b.ok, JSON.stringify([a, b]));
      assert.deepEqual([a.replayed, b.replayed], [false, true]);
      assert.equal(a.reference, b.reference);
      assert.equal(retries.length, 1);
      assert.equal(retries[0]!.status, 409);
      assert.equal(retries[0]!.delayMs, 1000, "the hub's Retry-After: 1");
      assert.match(retries[0]!.problem?.requestId ?? '', UUID);
      assert.equal(rows(env.id), 1);
    } finally {
      gate = undefined;
      entered = undefined;
      release?.();
    }
  });

  it('a 422 from the hub maps to issues with the right path and step; nothing is stored', async () => {
    const env = envelope({
      halter: { name: 'Erika Mustermann', plz: '1067' },
      hunde: [{ name: 'Bello' }],
    });
    let calls = 0;
    const out = await submitEnvelope(
      endpoint,
      env,
      options((u, i) => (calls++, realFetch(u, i))),
    );
    assert.ok(!out.ok && out.kind === 'validation', JSON.stringify(out));
    assert.equal(calls, 1, 'not retried');
    assert.equal(out.status, 422);
    assert.match(out.requestId ?? '', UUID);
    assert.equal(out.problem.requestId, out.requestId);
    const byPath = Object.fromEntries(out.issues.map((i) => [i.path, i]));
    assert.deepEqual(Object.keys(byPath).sort(), ['halter.plz', 'hunde.0.rasse']);
    assert.deepEqual(
      [
        byPath['halter.plz']!.key,
        byPath['halter.plz']!.step,
        byPath['halter.plz']!.code,
        byPath['halter.plz']!.severity,
      ],
      ['halter.plz', 'halter', 'invalid_format', 'error'],
    );
    assert.deepEqual(
      [byPath['hunde.0.rasse']!.key, byPath['hunde.0.rasse']!.step, byPath['hunde.0.rasse']!.code],
      ['hunde[].rasse', 'rassen', 'required'],
    );
    assert.equal(out.issues[0]!.step, 'halter', 'the first issue is on the earliest step');
    assert.equal(rows(env.id), 0);
  });

  it('the same id with other answers is an idempotency mismatch; the first stays stored', async () => {
    const env = envelope();
    const first = await submitEnvelope(endpoint, env, options());
    assert.ok(first.ok);
    const other = {
      ...env,
      data: { ...validAnswers, halter: { name: 'Max Mustermann', plz: '01067' } },
    };
    const out = await submitEnvelope(endpoint, other, options());
    assert.ok(!out.ok && out.kind === 'idempotency-mismatch', JSON.stringify(out));
    assert.match(out.requestId ?? '', UUID);
    assert.equal(rows(env.id), 1);
    assert.deepEqual(storedEnvelope(env.id), env);
  });

  it('an unreachable hub ends as a transient network failure after every try', async () => {
    const waits: number[] = [];
    const out = await submitEnvelope(
      'http://127.0.0.1:1/api/v1',
      envelope(),
      options(realFetch, {
        maxAttempts: 3,
        sleep: async (ms) => void waits.push(ms),
      }),
    );
    assert.deepEqual(out, {
      ok: false,
      kind: 'transient',
      retryable: true,
      reason: 'network',
      attempts: 3,
    });
    assert.equal(waits.length, 2);
  });
});
