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
import { createTestDatabase } from './pg-test-support.js';
import type { DeliveryQueue } from './queue.js';
import { PgDeliveryQueue } from './queue-pg.js';
import { PgHubStore } from './store-pg.js';
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
  return {
    store: sqliteHubStore(raw, (row) => commits.submit(row)),
    queue: commits,
    dataDir,
    slow: false,
    async close() {
      await commits.close();
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
