/**
 * One contract, two delivery queues: the SQLite delivery worker thread (delivery.ts, run by the
 * group commit) and pg-boss on a real PostgreSQL (queue-pg.ts). Real sinks: a folder sink (the DMS
 * drop, with its PDF) and a webhook to a real HTTP server on this machine. The rows the operator
 * API reads (status, attempts, last error) are what is checked. pg-boss's back-off is in whole
 * seconds, so the PostgreSQL cases wait longer.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { SinkConfig } from './flows.js';
import { CommitQueue } from './group-commit.js';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { createTestDatabase } from './pg-test-support.js';
import { Retention, type RetentionApi } from './purge.js';
import type { DeliveryQueue } from './queue.js';
import { DEAD_LETTER_QUEUE, DELIVERY_QUEUE, PgDeliveryQueue } from './queue-pg.js';
import { PgHubStore, PgRetention } from './store-pg.js';
import {
  openStore,
  sqliteHubStore,
  type Delivery,
  type HubStore,
  type NewSubmission,
} from './store.js';
import { waitFor } from './test-support.js';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;

/** A Fachverfahren's inbox: answers each delivery from its script, counts and overlaps. */
class Receiver {
  server: Server;
  url = '';
  /** Status codes to answer per application id, in order; then 200. */
  script = new Map<string, number[]>();
  calls = new Map<string, number>();
  busy = new Set<string>();
  overlaps = 0;
  constructor() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        // Keyed by the application's id: delivery ids repeat across the test databases.
        const { id } = JSON.parse(body) as { id: string };
        const key = id;
        if (this.busy.has(key)) this.overlaps++;
        this.busy.add(key);
        this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
        const status = this.script.get(id)?.shift() ?? 200;
        setTimeout(() => {
          this.busy.delete(key);
          res.writeHead(status).end();
        }, 20);
      });
    });
  }
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/inbox`;
  }
  stop() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

interface Subject {
  store: HubStore;
  queue: DeliveryQueue;
  /** The retention purge and the console's numbers on the same database. */
  retention: RetentionApi;
  dataDir: string;
  /** Seconds of one back-off step (pg-boss counts whole seconds). */
  slow: boolean;
  close(): Promise<void>;
}

type Open = (sinks: Record<string, SinkConfig>, maxAttempts: number) => Promise<Subject>;

const openSqlite: Open = async (sinks, maxAttempts) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'queue-contract-'));
  const commits = new CommitQueue({
    dataDir,
    sinks,
    delivery: { baseMs: 30, capMs: 200, pollMs: 50, maxAttempts },
  });
  const raw = openStore(dataDir);
  const retention = new Retention(dataDir);
  return {
    store: sqliteHubStore(raw, (row) => commits.submit(row)),
    queue: commits,
    retention,
    dataDir,
    slow: false,
    async close() {
      await commits.close();
      retention.close();
      raw.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

const openPg: Open = async (sinks, maxAttempts) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'queue-contract-pg-'));
  const db = await createTestDatabase('queue');
  const store = await PgHubStore.open({ url: db.url, dataDir });
  const queue = new PgDeliveryQueue({
    url: db.url,
    store,
    dataDir,
    sinks,
    configs: [],
    delivery: { baseMs: 1000, capMs: 2000, maxAttempts },
  });
  await queue.start();
  return {
    store,
    queue,
    retention: new PgRetention(store),
    dataDir,
    slow: true,
    async close() {
      await queue.close();
      await store.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

function row(sinks: string[]): NewSubmission {
  const id = randomUUID();
  return {
    id,
    assistantId: 'testantrag',
    assistantVersion: '1.0.0',
    schemaVersion: '1',
    ags: '14612000',
    envelope: JSON.stringify({
      id,
      assistant: { id: 'testantrag', version: '1.0.0', schemaVersion: '1' },
      municipality: { ags: '14612000', name: 'Dresden' },
      data: { name: 'Erika Mustermann' },
    }),
    receivedAt: new Date().toISOString(),
    prefix: 'TST',
    year: 2026,
    sinks,
  };
}

const receiver = new Receiver();
after(() => receiver.stop());

for (const [name, open] of [
  ['SQLite worker thread', openSqlite],
  ['PostgreSQL + pg-boss', openPg],
] as const) {
  describe(`delivery queue contract: ${name}`, () => {
    const subjects: Subject[] = [];
    after(async () => {
      for (const s of subjects) await s.close();
    });
    const fresh = async (maxAttempts = 5) => {
      if (!receiver.url) await receiver.start();
      const s = await open(
        {
          dms: { type: 'folder', path: 'dms/{ags}' },
          fv: { type: 'webhook', url: receiver.url, secret: SECRET },
        },
        maxAttempts,
      );
      subjects.push(s);
      return s;
    };
    const rowOf = async (store: HubStore, reference: string, sink: string) =>
      (await store.submissionWithDeliveries(reference))!.deliveries.find((d) => d.sink === sink)!;
    const settled = async (store: HubStore, reference: string, sink: string, timeout: number) => {
      return waitFor<Delivery>(
        `${sink} of ${reference} to leave pending`,
        async () => {
          const d = await rowOf(store, reference, sink);
          return d.status === 'pending' ? undefined : d;
        },
        timeout,
      );
    };

    test('folder and webhook: delivered once each, the folder holds the application', async () => {
      const { store, dataDir } = await fresh();
      const r = row(['outbox', 'dms', 'fv']);
      const { stored } = await store.submit(r);
      const dms = await settled(store, stored.reference, 'dms', 20_000);
      const fv = await settled(store, stored.reference, 'fv', 20_000);
      assert.equal(dms.status, 'delivered');
      assert.equal(fv.status, 'delivered');
      assert.equal(fv.attempts, 1);
      assert.ok(existsSync(join(dataDir, 'dms', '14612000', stored.reference, 'antrag.pdf')));
      assert.equal(receiver.calls.get(r.id), 1);
    });

    test('503, 503, then 200: delivered on the third attempt with back-off', async () => {
      const { store } = await fresh();
      const r = row(['fv']);
      receiver.script.set(r.id, [503, 503]);
      const { stored } = await store.submit(r);
      const fv = await settled(store, stored.reference, 'fv', 30_000);
      assert.equal(fv.status, 'delivered');
      assert.equal(fv.attempts, 3);
      assert.match(fv.lastError ?? '', /503/);
    });

    test('a 400 is dead at once; after maxAttempts 503s dead too; a retry then delivers', async () => {
      const { store, queue } = await fresh(2);
      const refused = row(['fv']);
      receiver.script.set(refused.id, [400]);
      const down = row(['fv']);
      receiver.script.set(down.id, [503, 503]);
      const a = await store.submit(refused);
      const b = await store.submit(down);
      const deadA = await settled(store, a.stored.reference, 'fv', 20_000);
      assert.equal(deadA.status, 'dead');
      assert.equal(deadA.attempts, 1);
      assert.match(deadA.lastError ?? '', /400/);
      const deadB = await settled(store, b.stored.reference, 'fv', 30_000);
      assert.equal(deadB.status, 'dead');
      assert.equal(deadB.attempts, 2);
      assert.match(deadB.lastError ?? '', /503/);

      // The operator fixed the receiver (its script is used up: 200 now) and retries.
      assert.equal(await store.retryDelivery(deadB.id, new Date()), true);
      queue.kick();
      const again = await settled(store, b.stored.reference, 'fv', 20_000);
      assert.equal(again.status, 'delivered');
      assert.equal(again.attempts, 1);
    });

    test('retries used up: dead, shown to the operator, counted, held by the purge, never purged', async () => {
      const { store, retention } = await fresh(2);
      const r = row(['outbox', 'fv']);
      receiver.script.set(r.id, [503, 503, 503]);
      const { stored } = await store.submit(r);
      const dead = await settled(store, stored.reference, 'fv', 30_000);
      assert.equal(dead.status, 'dead');
      assert.equal(dead.attempts, 2);
      assert.match(dead.lastError ?? '', /503/);
      assert.equal(receiver.calls.get(r.id), 2, 'no attempt after the last');
      // The operator sees it: the dead list and the console's overview numbers.
      const listed = await store.listDeliveries({ status: 'dead' }, 100);
      assert.deepEqual(
        listed.map((d) => d.id),
        [dead.id],
      );
      assert.equal((await retention.stats!(new Date())).dead, 1);
      // A year later the purge holds it, naming the dead delivery, and keeps the application.
      const later = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);
      const report = await retention.purgeDue(later);
      assert.deepEqual(report.purged, []);
      assert.deepEqual(
        report.held.map((h) => [h.reference, h.open]),
        [[stored.reference, [{ sink: 'fv', status: 'dead' }]]],
      );
      assert.equal(await retention.purgedAt(stored.reference), undefined);
      assert.equal((await store.submissionWithDeliveries(stored.reference))?.envelope, r.envelope);
    });
  });
}

describe('pg-boss: two hub instances work one queue', () => {
  test('60 deliveries, two queues on one database: each delivered once, none twice at once', async () => {
    if (!receiver.url) await receiver.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'queue-two-'));
    const db = await createTestDatabase('queue2');
    const sinks: Record<string, SinkConfig> = {
      fv: { type: 'webhook', url: receiver.url, secret: SECRET },
    };
    const stores = [
      await PgHubStore.open({ url: db.url, dataDir }),
      await PgHubStore.open({ url: db.url, dataDir }),
    ];
    const queues = stores.map(
      (store) => new PgDeliveryQueue({ url: db.url, store, dataDir, sinks, configs: [] }),
    );
    try {
      for (const q of queues) await q.start();
      const rows60 = Array.from({ length: 60 }, () => row(['fv']));
      const refs = await Promise.all(rows60.map((r, i) => stores[i % 2]!.submit(r)));
      await waitFor(
        'all 60 delivered',
        async () =>
          (await stores[0]!.listDeliveries({ status: 'delivered' }, 1000)).length === 60 ||
          undefined,
        60_000,
      );
      const rows = await stores[0]!.listDeliveries({}, 1000);
      const calls = rows60.map((r) => receiver.calls.get(r.id) ?? 0);
      console.log(
        `pg-boss two instances: deliveries ${refs.length}, delivered ${rows.filter((d) => d.status === 'delivered').length}, webhook calls ${calls.reduce((a, b) => a + b, 0)}, delivered twice ${calls.filter((c) => c > 1).length}, overlapping ${receiver.overlaps}`,
      );
      assert.deepEqual(new Set(calls), new Set([1]));
      assert.equal(receiver.overlaps, 0);
    } finally {
      for (const q of queues) await q.close();
      for (const s of stores) await s.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('pg-boss: the dead-letter queue', () => {
  test('pg-boss gives up before the row does: the row is dead with the reason, no attempt counted; a retry delivers', async () => {
    if (!receiver.url) await receiver.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'queue-dead-letter-'));
    const db = await createTestDatabase('deadletter');
    const store = await PgHubStore.open({ url: db.url, dataDir });
    const queue = new PgDeliveryQueue({
      url: db.url,
      store,
      dataDir,
      sinks: { fv: { type: 'webhook', url: receiver.url, secret: SECRET } },
      configs: [],
      delivery: { baseMs: 1000, capMs: 1000, maxAttempts: 3 },
    });
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      await queue.start();
      // A real database fault: recording an attempt fails (as when the database drops the
      // connection at that moment, or an instance dies before it records). The job fails each
      // time, pg-boss counts retries the row never saw, and after its limit (2 retries for 3
      // attempts) the job goes to the dead-letter queue.
      await admin.query(`
        CREATE FUNCTION refuse_attempt() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'Testfehler: Versuch nicht gespeichert'; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER refuse_attempt BEFORE UPDATE ON deliveries FOR EACH ROW
          WHEN (NEW.status <> 'dead') EXECUTE FUNCTION refuse_attempt();`);
      const r = row(['fv']);
      receiver.script.set(r.id, [503, 503, 503]);
      const { stored } = await store.submit(r);
      const dead = await waitFor(
        'the dead-letter worker to mark the row dead',
        async () => {
          const d = (await store.submissionWithDeliveries(stored.reference))!.deliveries[0]!;
          return d.status === 'dead' ? d : undefined;
        },
        30_000,
      );
      console.log(
        `dead letter: webhook calls ${receiver.calls.get(r.id)}, row attempts ${dead.attempts}, status ${dead.status}`,
      );
      assert.equal(receiver.calls.get(r.id), 3, 'pg-boss ran the job 1 + 2 retries');
      assert.equal(dead.attempts, 0, 'no attempt was recorded, none is invented');
      assert.match(dead.lastError ?? '', /Warteschlange \(pg-boss\).*Betriebs-API wiederholen/);
      assert.deepEqual(
        (await store.listDeliveries({ status: 'dead' }, 10)).map((d) => d.id),
        [dead.id],
      );
      const { rows: deadLetters } = await admin.query<{ n: number }>(
        `SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = $1`,
        [DEAD_LETTER_QUEUE],
      );
      assert.equal(deadLetters[0]!.n, 1);

      // The database is healthy again; the operator retries: delivered (the receiver answers 200).
      await admin.query('DROP TRIGGER refuse_attempt ON deliveries');
      assert.equal(await store.retryDelivery(dead.id, new Date()), true);
      const again = await waitFor(
        'the retried delivery',
        async () => {
          const d = await store.findDelivery(dead.id);
          return d?.status === 'delivered' ? d : undefined;
        },
        20_000,
      );
      assert.equal(again.attempts, 1);
      assert.equal(receiver.calls.get(r.id), 4);
    } finally {
      await admin.end();
      await queue.close();
      await store.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a queue created earlier with fewer attempts: this instance’s HUB_DELIVERY_MAX_ATTEMPTS applies', async () => {
    if (!receiver.url) await receiver.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'queue-settings-'));
    const db = await createTestDatabase('queuesettings');
    // An earlier start (HUB_DELIVERY_MAX_ATTEMPTS=1) left the queue with no retries.
    const earlier = new PgBoss({ connectionString: db.url });
    earlier.on('error', () => {});
    await earlier.start();
    await earlier.createQueue(DEAD_LETTER_QUEUE);
    await earlier.createQueue(DELIVERY_QUEUE, { retryLimit: 0, deadLetter: DEAD_LETTER_QUEUE });
    await earlier.stop({ graceful: false });
    const store = await PgHubStore.open({ url: db.url, dataDir });
    const queue = new PgDeliveryQueue({
      url: db.url,
      store,
      dataDir,
      sinks: { fv: { type: 'webhook', url: receiver.url, secret: SECRET } },
      configs: [],
      delivery: { baseMs: 1000, capMs: 1000, maxAttempts: 3 },
    });
    try {
      await queue.start();
      const r = row(['fv']);
      receiver.script.set(r.id, [503, 503]);
      const { stored } = await store.submit(r);
      const done = await waitFor(
        'the delivery to leave pending',
        async () => {
          const d = (await store.submissionWithDeliveries(stored.reference))!.deliveries[0]!;
          return d.status === 'pending' ? undefined : d;
        },
        30_000,
      );
      assert.equal(done.status, 'delivered', done.lastError ?? '');
      assert.equal(done.attempts, 3);
    } finally {
      await queue.close();
      await store.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
