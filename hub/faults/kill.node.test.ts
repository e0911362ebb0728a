// Fault suite 1 (issue 11): the hub killed with SIGKILL while 50 submissions are in flight. The
// client retries as the browser does: the transport's own `submitEnvelope` (same Idempotency-Key
// and body on every try, full-jitter back-off, network errors and 5xx retried) and, when its five
// tries are used up, the device outbox sending the same envelope again later. The hub comes back
// on the same DATA_DIR and port. Every application the client saw confirmed, and every one it
// retried to completion, is stored exactly once.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { submitEnvelope } from '../../src/transport/client.js';
import type { SubmitOutcome } from '../../src/transport/outcome.js';
import {
  application,
  applicationDef,
  freePort,
  hubEnv,
  killAll,
  query,
  startHubProcess,
} from './support.js';

const SENT = 50;
/** The clients start 30 ms apart (they overlap); the hub dies after this many requests. */
const KILL_AT = 25;

describe('hub killed with SIGKILL mid-request', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-fault-kill-'));
  after(() => {
    killAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores every confirmed and every retried application exactly once', async () => {
    const port = await freePort();
    const env = hubEnv(dataDir, port);
    let requests = 0;
    let killAt: () => void = () => undefined;
    const killTime = new Promise<void>((r) => (killAt = r));
    const first = await startHubProcess(env);
    const endpoint = first.url;
    // One application first, so the 50 meet a warm hub and commit in several batches.
    const warm = application();
    const warmed = await submitEnvelope(endpoint, warm, { def: applicationDef });
    assert.ok(warmed.ok, JSON.stringify(warmed));

    const apps = Array.from({ length: SENT }, application);
    const tries = new Map<string, number>();
    const outcomes = new Map<string, SubmitOutcome>();
    const client = async (e: (typeof apps)[number]) => {
      // Like the element: submitEnvelope (5 tries), then the outbox sends the same envelope again.
      for (let round = 1; round <= 20; round++) {
        const outcome = await submitEnvelope(endpoint, e, {
          def: applicationDef,
          fetchFn: async (url, init) => {
            // The hub dies just after the KILL_AT-th request went out: that one and others are
            // in flight, the later ones meet a dead or restarting hub.
            if (++requests === KILL_AT) setTimeout(killAt, 5);
            return fetch(url, init);
          },
          timeoutMs: 10_000,
          onRetry: () => tries.set(e.id, (tries.get(e.id) ?? 1) + 1),
        });
        if (outcome.ok || !outcome.retryable) {
          outcomes.set(e.id, outcome);
          return;
        }
        tries.set(e.id, (tries.get(e.id) ?? 1) + 1);
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    const running = Promise.all(
      apps.map(async (e, i) => {
        await new Promise((r) => setTimeout(r, i * 30));
        await client(e);
      }),
    );

    await killTime;
    first.child.kill('SIGKILL');
    const [, signal] = (await once(first.child, 'exit')) as [number | null, string | null];
    assert.equal(signal, 'SIGKILL');
    const storedAtKill =
      query<{ n: number }>(dataDir, 'SELECT COUNT(*) AS n FROM submissions')[0]!.n - 1;

    // Down for a moment (the clients meet refused connections), then back on the same port.
    await new Promise((r) => setTimeout(r, 1000));
    const second = await startHubProcess(env);
    try {
      await running;
      const rows = query<{ id: string; reference: string }>(
        dataDir,
        `SELECT id, reference FROM submissions WHERE id != '${warm.id}'`,
      );
      const perId = new Map<string, number>();
      for (const r of rows) perId.set(r.id, (perId.get(r.id) ?? 0) + 1);
      const confirmed = [...outcomes].filter(([, o]) => o.ok);
      const duplicates = [...perId.values()].filter((n) => n > 1).length;
      const retried = [...tries.values()].filter((n) => n > 1).length;
      const replays = confirmed.filter(([, o]) => o.ok && o.replayed).length;
      console.log(
        `kill: sent ${SENT} / confirmed ${confirmed.length} / stored ${rows.length} / duplicates ${duplicates}` +
          ` (rows at the kill ${storedAtKill}, answered at the first try ${SENT - retried},` +
          ` retried ${retried}, answered 200 replay ${replays})`,
      );

      // Every application ended confirmed (the client retried them all to completion) …
      assert.equal(outcomes.size, SENT);
      for (const [id, o] of outcomes) assert.ok(o.ok, `${id}: ${JSON.stringify(o)}`);
      // … stored exactly once, under the reference the client was given.
      assert.equal(rows.length, SENT);
      assert.equal(duplicates, 0);
      const referenceOf = new Map(rows.map((r) => [r.id, r.reference]));
      for (const [id, o] of confirmed) {
        assert.equal(perId.get(id), 1, `${id} stored once`);
        assert.equal(referenceOf.get(id), o.ok ? o.reference : undefined, `${id}'s reference`);
      }
      // The kill really hit requests in flight: some were retried after it.
      assert.ok(storedAtKill < SENT, 'some requests were in flight at the kill');
      assert.ok(retried > 0, 'some requests were retried');
      assert.equal(new Set(rows.map((r) => r.reference)).size, SENT, 'references are unique');
    } finally {
      await second.stop();
    }
  });
});
