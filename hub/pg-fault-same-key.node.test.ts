/**
 * Fault suite, item 2 (issue 11): the same Idempotency-Key to two hub instances at the same
 * moment, 200 times. Two `buildHub` on two ports, one PostgreSQL database (real server), real
 * sockets. Each time exactly one application is stored; one instance answers 201, the other 200
 * (the replay: its insert waited for the first transaction, then found the id) or 409 (in flight),
 * never 500. Decided by the database's unique key, not by process memory. Prints its counts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { createTestDatabase } from './pg-test-support.js';
import { envelope, startHub } from './test-support.js';

const ROUNDS = 200;

test(`the same key to two instances at once, ${ROUNDS} times: one stored each time`, async () => {
  const db = await createTestDatabase('samekey');
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-pg-samekey-'));
  const a = await startHub({ database: { url: db.url }, dataDir, rateLimit: false });
  const b = await startHub({ database: { url: db.url }, dataDir, rateLimit: false });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const answers = new Map<string, number>();
    const ids: string[] = [];
    let wrong = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const e = envelope();
      ids.push(e.id);
      const [ra, rb] = await Promise.all([a.post(e), b.post(e)]);
      const bodies = await Promise.all([ra.json(), rb.json()]);
      const pair = [ra.status, rb.status].sort().join('+');
      answers.set(pair, (answers.get(pair) ?? 0) + 1);
      const ok = pair === '200+201' || pair === '201+409';
      if (!ok) wrong++;
      // A 200 replays the 201's receipt exactly.
      if (pair === '200+201') assert.deepEqual(bodies[0], bodies[1]);
    }
    const { rows } = await client.query<{ id: string; n: number }>(
      'SELECT id, COUNT(*)::int AS n FROM submissions WHERE id = ANY($1::text[]) GROUP BY id',
      [ids],
    );
    const { rows: refs } = await client.query<{ n: number; distinct: number }>(
      'SELECT COUNT(*)::int AS n, COUNT(DISTINCT reference)::int AS distinct FROM submissions',
    );
    const stored = rows.length;
    const duplicates = rows.filter((r) => r.n > 1).length;
    console.log(
      `same key to two instances: rounds ${ROUNDS}, answers ${JSON.stringify(Object.fromEntries(answers))}, stored ${stored}, duplicates ${duplicates}, rows ${refs[0]!.n}, distinct references ${refs[0]!.distinct}, unexpected answers ${wrong}`,
    );
    assert.equal(wrong, 0);
    assert.equal(stored, ROUNDS);
    assert.equal(duplicates, 0);
    assert.equal(refs[0]!.n, ROUNDS);
    assert.equal(refs[0]!.distinct, ROUNDS);
  } finally {
    await client.end();
    await a.close();
    await b.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
