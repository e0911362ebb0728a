// Group commit (hub/group-commit.ts, hub/writer.ts): submissions that arrive together are
// committed in one transaction, each 201 only after it; a failing batch stores none of its rows.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { it } from 'node:test';
import type { Envelope } from '../src/transport/envelope-schema.js';
import { canonicalJson, bodyHash } from './idempotency.js';
import { createHash, randomUUID } from 'node:crypto';
import { CommitQueue } from './group-commit.js';
import { deferred, envelope, startHub, TEST_AGS, testConfig, validData } from './test-support.js';

const OTHER_AGS = '14713000';
const kinds = { testantrag: { kinds: ['dackel', 'pudel'] } };

/** A `beforeStore` that holds every submission until `open()`, and tells when `n` are held. */
function gate() {
  const release = deferred();
  let held = 0;
  const waiting: { n: number; resolve: () => void }[] = [];
  return {
    beforeStore: async () => {
      held++;
      for (const w of waiting.filter((w) => w.n <= held)) w.resolve();
      await release.promise;
    },
    held: (n: number) =>
      held >= n ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ n, resolve })),
    open: () => release.resolve(),
  };
}

it('commits submissions that arrive together in one batch: all stored, references consecutive, replays answered', async () => {
  const batches: number[] = [];
  const g = gate();
  const hub = await startHub({ beforeStore: g.beforeStore, onBatch: (n) => batches.push(n) });
  try {
    const envelopes = Array.from({ length: 20 }, () => envelope());
    const answers = envelopes.map((e) => hub.post(e));
    await g.held(20);
    g.open();
    const responses = await Promise.all(answers);
    assert.deepEqual(
      responses.map((r) => r.status),
      envelopes.map(() => 201),
    );
    const receipts = (await Promise.all(responses.map((r) => r.json()))) as {
      reference: string;
    }[];
    const references = receipts.map((r) => r.reference).sort();
    assert.deepEqual(
      references,
      Array.from({ length: 20 }, (_, i) => `TST-2026-${String(i + 1).padStart(6, '0')}`),
    );
    assert.deepEqual(batches, [20], 'one transaction for the 20 submissions');
    assert.equal(hub.rows(), 20);
    const outbox = readdirSync(join(hub.dataDir, 'outbox', TEST_AGS, 'testantrag')).sort();
    assert.deepEqual(
      outbox,
      references.map((r) => `${r}.json`),
    );

    // Each key replays its own receipt, in any order and concurrently.
    const replays = await Promise.all(envelopes.map((e) => hub.post(e)));
    assert.deepEqual(
      replays.map((r) => r.status),
      envelopes.map(() => 200),
    );
    assert.deepEqual(await Promise.all(replays.map((r) => r.json())), receipts);
    assert.equal(hub.rows(), 20);
  } finally {
    await hub.close();
  }
});

it('a failing batch answers 500 to every submission in it and stores none; the keys and numbers stay free', async () => {
  const batches: number[] = [];
  const g = gate();
  const hub = await startHub({
    configs: [testConfig(TEST_AGS, kinds), testConfig(OTHER_AGS, kinds)],
    beforeStore: g.beforeStore,
    onBatch: (n) => batches.push(n),
  });
  const blocked = join(hub.dataDir, 'outbox', OTHER_AGS);
  try {
    // The other municipality's outbox folder cannot be made: a file sits where it belongs.
    mkdirSync(join(hub.dataDir, 'outbox'), { recursive: true });
    writeFileSync(blocked, 'not a folder');
    const fine1 = envelope();
    const fine2 = envelope();
    const failing = envelope({ municipality: { ags: OTHER_AGS, name: 'Teststadt' } });
    // In this order into the batch: two rows inserted and their files written, then the failure.
    const answers: Promise<Response>[] = [];
    for (const [i, e] of [fine1, fine2, failing].entries()) {
      answers.push(hub.post(e));
      await g.held(i + 1);
    }
    g.open();
    const responses = await Promise.all(answers);
    for (const res of responses) {
      assert.equal(res.status, 500);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const body = (await res.json()) as { type: string; requestId: string };
      assert.equal(body.type, 'https://komm-assistenten.de/problems/internal');
    }
    assert.equal(hub.rows(), 0, 'nothing of the batch is stored');
    const fineDir = join(hub.dataDir, 'outbox', TEST_AGS, 'testantrag');
    assert.deepEqual(existsSync(fineDir) ? readdirSync(fineDir) : [], [], 'no outbox file left');
    assert.deepEqual(batches, [], 'no batch committed');

    // Fixed, the same submissions go through with the first numbers: none was burned.
    rmSync(blocked);
    const again = await Promise.all([fine1, fine2, failing].map((e: Envelope) => hub.post(e)));
    assert.deepEqual(
      again.map((r) => r.status),
      [201, 201, 201],
    );
    const refs = ((await Promise.all(again.map((r) => r.json()))) as { reference: string }[])
      .map((r) => r.reference)
      .sort();
    assert.deepEqual(refs, ['TST-2026-000001', 'TST-2026-000002', 'TST-2026-000003']);
    assert.equal(hub.rows(), 3);
  } finally {
    await hub.close();
  }
});

it('a stored key gets its first answer whether its body is valid now or not', async () => {
  let clock = new Date('2026-11-29T10:00:00.000Z');
  const hub = await startHub({ now: () => clock });
  try {
    const data = validData();
    data.hunde = [{ breed: 'dackel', since: '2026-11-20' }];
    const first = envelope({ data });
    const created = await hub.post(first);
    assert.equal(created.status, 201);
    const receipt = await created.json();

    // Valid: found by the writer's transaction; nothing inserted.
    const again = await hub.post(first);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), receipt);

    // Invalid today (the dog's date now lies in the future): still the first answer.
    clock = new Date('2026-11-01T10:00:00.000Z');
    const late = await hub.post(first);
    assert.equal(late.status, 200);
    assert.deepEqual(await late.json(), receipt);

    // Another, invalid body under the stored key: the key's problem, not the body's.
    const other = await hub.post({ ...first, data: { ...data, name: '' } });
    assert.equal(other.status, 422);
    assert.equal(
      ((await other.json()) as { type: string }).type,
      'https://komm-assistenten.de/problems/idempotency-mismatch',
    );
    // A body with another id under the stored key: likewise.
    const wrongId = await hub.post(envelope({ data }), { 'idempotency-key': first.id });
    assert.equal(wrongId.status, 422);
    assert.equal(hub.rows(), 1);
  } finally {
    await hub.close();
  }
});

it('closing the hub lets the batch being committed finish: its 201 is sent and its row kept', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-close-'));
  try {
    const g = gate();
    const hub = await startHub({ dataDir, beforeStore: g.beforeStore });
    const answer = hub.post(envelope());
    await g.held(1);
    g.open();
    const closed = hub.close(); // while the submission is on its way to the writer
    const res = await answer;
    await closed;
    assert.equal(res.status, 201);
    const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
    try {
      assert.equal(db.prepare('SELECT COUNT(*) AS n FROM submissions').pluck().get(), 1);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it('hashes bodies as canonical JSON (sorted keys at every level), by either route', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const cases: unknown[] = [
    { b: 1, a: [{ d: 'x', c: null }, 2, 'ü"\\n'], e: { g: true, f: 1.5 } },
    JSON.parse('{"b": 1, "10": "ten", "9": "nine", "a": {"2": 0, "x": []}}'), // integer-like keys
    JSON.parse('{"z": 1, "__proto__": {"y": 2}}'), // as parsed JSON: an own key
    [],
    'text',
    null,
  ];
  for (const value of cases) assert.equal(bodyHash(value), sha(canonicalJson(value)));
  assert.equal(
    canonicalJson(cases[0]),
    '{"a":[{"c":null,"d":"x"},2,"ü\\"\\\\n"],"b":1,"e":{"f":1.5,"g":true}}',
  );
  assert.equal(
    canonicalJson(cases[1]),
    '{"10":"ten","9":"nine","a":{"2":0,"x":[]},"b":1}',
    'sorted as strings, not as integers',
  );
});

it('the delivery worker checkpoints the WAL, so the log stays small though the writer never checkpoints', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-wal-'));
  const queue = new CommitQueue({ dataDir });
  try {
    const row = () => {
      const id = randomUUID();
      return {
        id,
        assistantId: 'testantrag',
        assistantVersion: '1',
        schemaVersion: '1',
        ags: TEST_AGS,
        // about one 4 KiB page per row: 12 bursts of 250 rows are ~3,000 pages, ~12 MiB of log
        envelope: JSON.stringify({ id, text: 'x'.repeat(4000) }),
        receivedAt: new Date().toISOString(),
        prefix: 'TST',
        year: 2026,
      };
    };
    for (let burst = 0; burst < 12; burst++) {
      await Promise.all(Array.from({ length: 250 }, () => queue.submit(row())));
      await new Promise((r) => setTimeout(r, 300)); // the checkpoint comes 200 ms after a batch
    }
    // The writer alone would let the log grow to 10,000 pages (~40 MiB) before checkpointing;
    // SQLite's default would have checkpointed every 1,000 pages in the commits.
    const wal = statSync(join(dataDir, 'hub.sqlite-wal')).size;
    assert.ok(wal < 4 * 1024 * 1024, `WAL ${wal} bytes`);
    const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
    try {
      assert.equal(db.prepare('SELECT COUNT(*) FROM submissions').pluck().get(), 3000);
    } finally {
      db.close();
    }
  } finally {
    await queue.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
