// A hub killed hard (SIGKILL, no shutdown code runs) with deliveries still pending, then started
// again on the same DATA_DIR, delivers every pending one exactly once (issue 6, "reliable
// delivery"). The real hub as a child process (`node --import tsx hub/main.ts`, the example
// configs and the real assistants), its flows file on disk, SQLite read by a separate connection.
// The sink is down at first: a folder sink whose target folder path is taken by a FILE.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  application,
  hubEnv,
  killAll,
  query,
  startHubProcess,
  type HubProcess,
} from './process-test-support.js';
import { waitFor } from './test-support.js';

const TOKEN = 'restart-test-token-0123456789';

interface DeliveryRow {
  reference: string;
  sink: string;
  status: string;
  attempts: number;
  deliveredAt: string | null;
}

/** The deliveries table, read through a connection of its own (the hub may be dead or alive). */
const deliveries = (dataDir: string) =>
  query<DeliveryRow>(
    dataDir,
    'SELECT reference, sink, status, attempts, delivered_at AS deliveredAt FROM deliveries ORDER BY id',
  );

async function post(hub: HubProcess): Promise<string> {
  const e = application();
  const res = await fetch(`${hub.url}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': e.id },
    body: JSON.stringify(e),
  });
  const body = (await res.json()) as { reference?: string };
  assert.equal(res.status, 201, JSON.stringify(body));
  return body.reference!;
}

describe('hub killed with SIGKILL while deliveries are pending', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-kill-'));
  const flowsFile = join(dataDir, 'flows.json');
  after(() => {
    killAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers every pending delivery exactly once after the restart', async () => {
    // The sink's folder path is taken by a file: every attempt fails (ENOTDIR/EEXIST).
    writeFileSync(join(dataDir, 'blocked'), 'a file where the DMS folder belongs');
    writeFileSync(
      flowsFile,
      JSON.stringify({
        sinks: { dms: { type: 'folder', path: 'blocked/dms' } },
        flows: { '*': { '*': ['dms'] } },
      }),
    );
    const env = hubEnv(dataDir, 0, {
      HUB_FLOWS: flowsFile,
      HUB_ADMIN_TOKEN: TOKEN,
      HUB_DELIVERY_MAX_ATTEMPTS: '1000',
    });

    const first = await startHubProcess(env);
    const references: string[] = [];
    for (let i = 0; i < 5; i++) references.push(await post(first));
    // Wait until the worker has tried (and failed) each of them at least once …
    await waitFor(
      'a failed attempt of each delivery',
      () => {
        const rows = deliveries(dataDir);
        return rows.length === 5 && rows.every((d) => d.attempts >= 1) ? rows : undefined;
      },
      60_000,
    );
    // … and two more that the worker may not have reached yet.
    references.push(await post(first), await post(first));
    first.child.kill('SIGKILL');
    const [, signal] = (await once(first.child, 'exit')) as [number | null, string | null];
    assert.equal(signal, 'SIGKILL');

    const pending = deliveries(dataDir);
    assert.equal(pending.length, references.length);
    assert.deepEqual(new Set(pending.map((d) => d.status)), new Set(['pending']));
    assert.deepEqual(pending.map((d) => d.reference).sort(), [...references].sort());
    assert.equal(existsSync(join(dataDir, 'blocked/dms')), false);

    // The sink works again; the hub comes back on the same DATA_DIR.
    rmSync(join(dataDir, 'blocked'));
    const second = await startHubProcess(env);
    try {
      const done = await waitFor(
        'every delivery delivered',
        () => {
          const rows = deliveries(dataDir);
          return rows.every((d) => d.status === 'delivered') ? rows : undefined;
        },
        90_000,
        () => `${JSON.stringify(deliveries(dataDir), null, 1)}\nhub output:\n${second.output()}`,
      );
      // Still one row per application and sink, each delivered once.
      assert.equal(done.length, references.length);
      assert.deepEqual(done.map((d) => d.reference).sort(), [...references].sort());
      for (const d of done) {
        assert.equal(d.sink, 'dms');
        assert.ok(d.deliveredAt, `${d.reference} has a delivery time`);
      }
      // One folder per application, nothing else (no temp folder, no second copy).
      const folders = readdirSync(join(dataDir, 'blocked/dms')).sort();
      assert.deepEqual(folders, [...references].sort());
      for (const reference of references) {
        const written = JSON.parse(
          readFileSync(join(dataDir, 'blocked/dms', reference, 'antrag.json'), 'utf8'),
        ) as { reference: string; assistant: { id: string } };
        assert.equal(written.reference, reference);
        assert.equal(written.assistant.id, 'brauchtumsfeuer');
      }

      // The operator API agrees, and a while later nothing has been delivered again.
      await new Promise((r) => setTimeout(r, 1000));
      const res = await fetch(`${second.url}/admin/deliveries`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(res.status, 200);
      const items = ((await res.json()) as { items: DeliveryRow[] }).items;
      assert.equal(items.length, references.length);
      assert.ok(items.every((d) => d.status === 'delivered'));
      assert.deepEqual(deliveries(dataDir), done);
      assert.deepEqual(readdirSync(join(dataDir, 'blocked/dms')).sort(), folders);
    } finally {
      await second.stop();
    }
  });
});
