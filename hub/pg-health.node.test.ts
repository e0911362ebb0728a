/**
 * `/health` on the PostgreSQL store while the request pool is saturated (every connection checked
 * out, more requests waiting): the ping has a connection of its own (store-pg.ts `healthPool`),
 * so the hub answers 200 at once instead of waiting for the pool and reporting 503.
 * Real PostgreSQL (createTestDatabase).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './pg-test-support.js';
import { PgHubStore } from './store-pg.js';
import { startHub } from './test-support.js';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase('health_pool');
});
after(async () => {
  await db?.drop();
});

/** Resolves with the time `p` took, or rejects after `ms`. */
async function within<T>(p: Promise<T>, ms: number): Promise<number> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      p,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return performance.now() - t0;
}

test('the store: every request connection checked out, the ping still answers at once', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-pg-health-'));
  const store = await PgHubStore.open({ url: db.url, dataDir, poolMax: 2 });
  let held = [await store.pool.connect(), await store.pool.connect()];
  const release = () => {
    for (const c of held) c.release();
    held = [];
  };
  try {
    // Saturated: a request now waits for a connection.
    const waiting = store.pool.query('SELECT 1');
    assert.equal(store.pool.waitingCount, 1);
    await within(store.ping(), 1000);
    await within(store.ping(), 1000); // again, on the same connection
    release();
    await waiting;
  } finally {
    release();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('/health answers 200 while every request connection waits on a lock', async () => {
  const hub = await startHub({ database: { url: db.url, poolMax: 2 } });
  const locker = new pg.Client({ connectionString: db.url });
  await locker.connect();
  try {
    assert.equal((await fetch(`${hub.url}/health`)).status, 200);
    // Two lookups hold the pool's two connections (blocked by the lock), a third one waits.
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE submissions IN ACCESS EXCLUSIVE MODE');
    const lookups = [1, 2, 3].map((n) => fetch(`${hub.url}/submissions/TEST-2026-00000${n}`));
    const blocked = await locker.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'submissions'::regclass AND NOT granted`,
    );
    for (let i = 0; i < 50 && blocked.rows[0]!.n < 2; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const again = await locker.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'submissions'::regclass AND NOT granted`,
      );
      blocked.rows[0]!.n = again.rows[0]!.n;
    }
    assert.equal(blocked.rows[0]!.n, 2, 'both request connections wait on the lock');
    let res: Response | undefined;
    const took = await within(
      fetch(`${hub.url}/health`).then((r) => (res = r)),
      1500,
    );
    assert.equal(res!.status, 200, await res!.text());
    assert.ok(took < 1500, `${took} ms`);
    await locker.query('COMMIT');
    for (const r of await Promise.all(lookups)) assert.equal(r.status, 404);
  } finally {
    await locker.end();
    await hub.close();
  }
});
