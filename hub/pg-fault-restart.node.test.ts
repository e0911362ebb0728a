/**
 * Fault suite, item 3 (issue 11): PostgreSQL stopped and started again while submissions keep
 * coming. Real processes and sockets: an embedded PostgreSQL of this test's own (not the shared
 * test cluster), paused (fast shutdown, open connections cut) for a few seconds and resumed on the
 * same data; two hub instances on it. A client retrying like the browser transport
 * (src/transport/retry.ts: transient statuses, Retry-After, back-off; a lost connection is
 * retried too) sends every application until it is confirmed.
 *
 * Requests during the outage must get 503 problem+json with Retry-After, never 500; afterwards
 * every application is stored exactly once. Prints sent / confirmed / stored / duplicates.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { isTransientStatus, parseRetryAfter, retryDelay } from '../src/transport/retry.js';
import { startEmbeddedPostgres } from './pg-cluster.js';
import { envelope, startHub, type TestHub } from './test-support.js';

const APPLICATIONS = 120;
const OUTAGE_MS = 4000;

test('PostgreSQL restarted under load: 503 with Retry-After during the outage, nothing lost', async () => {
  const cluster = await startEmbeddedPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-pg-restart-'));
  const hubs: TestHub[] = [];
  const counts = {
    sent: 0,
    confirmed: 0,
    answers503: 0,
    withoutRetryAfter: 0,
    notProblemJson: 0,
    answers500: 0,
    lost: 0,
    other: 0,
  };
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE restart_test');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, '/restart_test');
    hubs.push(await startHub({ database: { url }, dataDir, rateLimit: false }));
    hubs.push(await startHub({ database: { url }, dataDir, rateLimit: false }));

    /** Like the browser transport: resend the same envelope until it is confirmed. */
    const send = async (i: number): Promise<string> => {
      const e = envelope();
      counts.sent++;
      for (let attempt = 0; ; attempt++) {
        const hub = hubs[(i + attempt) % 2]!;
        let status: number | undefined;
        let retryAfterMs: number | undefined;
        try {
          const r = await hub.post(e);
          status = r.status;
          const type = r.headers.get('content-type') ?? '';
          const body = (await r.json()) as { type?: string };
          if (status === 201 || status === 200) {
            counts.confirmed++;
            return e.id;
          }
          if (status === 503) {
            counts.answers503++;
            if (!r.headers.get('retry-after')) counts.withoutRetryAfter++;
            if (
              !type.startsWith('application/problem+json') ||
              !body.type?.endsWith('/unavailable')
            )
              counts.notProblemJson++;
          } else if (status >= 500) counts.answers500++;
          else if (status !== 409) counts.other++;
          retryAfterMs = parseRetryAfter(r.headers.get('retry-after'), Date.now());
        } catch {
          counts.lost++; // the connection broke: the transport retries as well
        }
        if (status !== undefined && !isTransientStatus(status))
          throw new Error(`application ${e.id}: not retryable status ${status}`);
        await new Promise((r) => setTimeout(r, retryDelay(Math.min(attempt, 3), retryAfterMs)));
      }
    };

    // Load: one application every 50 ms; the database goes away after one second.
    const sending: Promise<string>[] = [];
    const load = (async () => {
      for (let i = 0; i < APPLICATIONS; i++) {
        sending.push(send(i));
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await new Promise((r) => setTimeout(r, 1000));
    const t0 = Date.now();
    await cluster.pause();
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    await cluster.resume();
    const outage = Date.now() - t0;
    await load;
    const ids = await Promise.all(sending);

    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const { rows } = await check.query<{ id: string; n: number }>(
      'SELECT id, COUNT(*)::int AS n FROM submissions WHERE id = ANY($1::text[]) GROUP BY id',
      [ids],
    );
    const { rows: total } = await check.query<{ n: number }>(
      'SELECT COUNT(*)::int AS n FROM submissions',
    );
    await check.end();
    const stored = rows.length;
    const duplicates = rows.filter((r) => r.n > 1).length;
    console.log(
      `database restart (outage ${outage} ms): sent ${counts.sent} / confirmed ${counts.confirmed} / stored ${stored} / duplicates ${duplicates}; rows ${total[0]!.n}; 503 answers ${counts.answers503} (without Retry-After ${counts.withoutRetryAfter}, not problem+json ${counts.notProblemJson}), 500 answers ${counts.answers500}, connections lost ${counts.lost}, other ${counts.other}`,
    );
    assert.ok(counts.answers503 > 0, 'the outage was seen');
    assert.equal(counts.answers500, 0);
    assert.equal(counts.withoutRetryAfter, 0);
    assert.equal(counts.notProblemJson, 0);
    assert.equal(counts.other, 0);
    assert.equal(counts.confirmed, APPLICATIONS);
    assert.equal(stored, APPLICATIONS);
    assert.equal(duplicates, 0);
    assert.equal(total[0]!.n, APPLICATIONS);
  } finally {
    for (const h of hubs) await h.close().catch(() => {});
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
