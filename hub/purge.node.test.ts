// Retention and erasure (issue 9): applications delivered longer ago than the retention are
// purged with their uploads and outbox copy, a tombstone stays and still counts for billing; one
// with a dead delivery is held and listed; --dry-run changes nothing; erasure takes one now.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { Flows, parseFlows } from './flows.js';
import { Retention, retentionDays } from './purge.js';
import { envelope, startHub, TEST_AGS, testConfig, type TestHub } from './test-support.js';

const OTHER_AGS = '14713000';
const DAY = 24 * 60 * 60 * 1000;

describe('retentionDays', () => {
  it('looks up ags/assistant, ags/*, */assistant, */*, then 30', () => {
    const t = { '1': { a: 1, '*': 2 }, '*': { a: 3, '*': 4 } };
    assert.equal(retentionDays(t, '1', 'a'), 1);
    assert.equal(retentionDays(t, '1', 'b'), 2);
    assert.equal(retentionDays(t, '2', 'a'), 3);
    assert.equal(retentionDays(t, '2', 'b'), 4);
    assert.equal(retentionDays(undefined, '2', 'b'), 30);
    assert.equal(retentionDays({ '*': { x: 7 } }, '2', 'b'), 30);
  });
});

describe('purge', () => {
  let hub: TestHub;
  let dataDir: string;
  const refs: Record<string, string> = {};
  const ids: Record<string, string> = {};

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-purge-'));
    writeFileSync(join(dataDir, 'blocked'), 'a file where the sink wants a folder');
    const flows = new Flows(
      parseFlows(
        JSON.stringify({
          sinks: { broken: { type: 'folder', path: 'blocked/sink' } },
          flows: { [OTHER_AGS]: { '*': ['outbox', 'broken'] }, '*': { '*': ['outbox'] } },
        }),
      ),
    );
    hub = await startHub({
      dataDir,
      flows,
      configs: [testConfig(), testConfig(OTHER_AGS)],
      delivery: { maxAttempts: 1, baseMs: 1, pollMs: 50 },
    });
    for (const [name, ags] of [
      ['delivered', TEST_AGS],
      ['second', TEST_AGS],
      ['dead', OTHER_AGS],
    ] as const) {
      const body = envelope({ municipality: { ags, name: 'Teststadt' } });
      const res = await hub.post(body);
      assert.equal(res.status, 201);
      refs[name] = ((await res.json()) as { reference: string }).reference;
      ids[name] = body.id;
      // What an upload of this application leaves (hub/uploads.ts layout).
      mkdirSync(join(dataDir, 'uploads', body.id), { recursive: true });
      writeFileSync(join(dataDir, 'uploads', body.id, 'u1'), 'bytes');
    }
    // The broken sink's delivery is dead after its one attempt.
    const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
    try {
      let dead = 0;
      for (let i = 0; i < 600 && dead !== 1; i++) {
        dead = db
          .prepare(`SELECT COUNT(*) FROM deliveries WHERE status = 'dead'`)
          .pluck()
          .get() as number;
        if (dead !== 1) await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(dead, 1, 'the delivery to the broken sink did not die within 30 s');
    } finally {
      db.close();
    }
  });

  after(async () => {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const envelopeOf = (ref: string) => {
    const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
    try {
      return db.prepare('SELECT envelope FROM submissions WHERE reference = ?').pluck().get(ref);
    } finally {
      db.close();
    }
  };
  const outboxFile = (ags: string, ref: string) =>
    join(dataDir, 'outbox', ags, 'testantrag', `${ref}.json`);

  it('nothing is due within the retention; after it, a dry run lists without deleting', () => {
    const r = new Retention(dataDir);
    try {
      const soon = r.purgeDue(new Date(Date.now() + 29 * DAY));
      assert.deepEqual([soon.purged.length, soon.held.length], [0, 0]);
      const dry = r.purgeDue(new Date(Date.now() + 31 * DAY), undefined, true);
      assert.equal(dry.dryRun, true);
      assert.deepEqual(
        dry.purged.map((p) => p.reference).sort(),
        [refs.delivered, refs.second].sort(),
      );
      assert.deepEqual(
        dry.held.map((h) => h.reference),
        [refs.dead],
      );
      assert.deepEqual(dry.held[0]!.open, [{ sink: 'broken', status: 'dead' }]);
      assert.ok(existsSync(outboxFile(TEST_AGS, refs.delivered!)));
      assert.ok(existsSync(join(dataDir, 'uploads', ids.delivered!)));
      assert.notEqual(envelopeOf(refs.delivered!), '');
      assert.equal(r.auditLog().length, 0);
    } finally {
      r.close();
    }
  });

  it('hub:purge --dry-run (the operator command) reports and changes nothing', () => {
    const flowsFile = join(dataDir, 'flows.json');
    writeFileSync(flowsFile, JSON.stringify({ flows: {}, retention: { '*': { '*': 0 } } }));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'hub/purge-cli.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, DATA_DIR: dataDir, HUB_FLOWS: flowsFile },
      });
    const r = run('--dry-run', '--json');
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as {
      dryRun: boolean;
      purged: { reference: string }[];
      held: { reference: string }[];
    };
    assert.equal(report.dryRun, true);
    assert.deepEqual(
      report.purged.map((p) => p.reference).sort(),
      [refs.delivered, refs.second].sort(),
    );
    assert.deepEqual(
      report.held.map((h) => h.reference),
      [refs.dead],
    );
    assert.notEqual(envelopeOf(refs.delivered!), '');
    const text = run('--dry-run');
    assert.match(text.stdout, /would purge 2 application\(s\) \(dry run: nothing changed\)/);
    assert.match(text.stdout, /held by open deliveries/);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'hub/purge-cli.ts'], {
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: join(dataDir, 'nope') },
    });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /set DATA_DIR/);
  });

  it('purges due applications: envelope, uploads and outbox gone, tombstone and usage kept', async () => {
    const r = new Retention(dataDir);
    try {
      const report = r.purgeDue(new Date(Date.now() + 31 * DAY), { [OTHER_AGS]: { '*': 90 } });
      assert.deepEqual(
        report.purged.map((p) => p.reference).sort(),
        [refs.delivered, refs.second].sort(),
      );
      // The dead one is not yet due under its 90 days, so not listed either.
      assert.deepEqual(report.held, []);
      for (const name of ['delivered', 'second']) {
        assert.equal(envelopeOf(refs[name]!), '');
        assert.ok(!existsSync(outboxFile(TEST_AGS, refs[name]!)));
        assert.ok(!existsSync(join(dataDir, 'uploads', ids[name]!)));
        assert.ok(r.purgedAt(refs[name]!));
      }
      assert.notEqual(envelopeOf(refs.dead!), '');
      assert.ok(existsSync(join(dataDir, 'uploads', ids.dead!)));
      assert.equal(hub.rows(), 3, 'the rows stay as tombstones');
      const audit = r.auditLog();
      assert.equal(audit.length, 2);
      assert.ok(audit.every((a) => a.action === 'purge' && a.actor === 'purge-job'));
      assert.doesNotMatch(JSON.stringify(audit), /Erika|example\.org/);
      // A second run finds nothing new.
      assert.deepEqual(r.purgeDue(new Date(Date.now() + 31 * DAY)).purged, []);
    } finally {
      r.close();
    }
    // A replay of a purged application's key still answers its receipt.
    assert.ok(readdirSync(join(dataDir, 'outbox', TEST_AGS, 'testantrag')).length === 0);
  });

  it('erasure takes an application with an open delivery now and closes it', () => {
    const r = new Retention(dataDir);
    try {
      const out = r.erase(refs.dead!, new Date(), 'admin-token:abc');
      assert.ok(out);
      assert.equal(out.alreadyPurged, false);
      assert.equal(out.closedDeliveries, 0, 'the dead delivery was already closed');
      assert.equal(envelopeOf(refs.dead!), '');
      assert.ok(!existsSync(join(dataDir, 'uploads', ids.dead!)));
      assert.equal(r.erase('NOPE-1', new Date(), 'x'), undefined);
      assert.equal(r.erase(refs.dead!, new Date(), 'x')!.alreadyPurged, true);
      assert.deepEqual(
        r
          .auditLog()
          .slice(0, 2)
          .map((a) => [
            a.action,
            a.reference,
            a.outcome.startsWith('already') || a.outcome.startsWith('purged'),
          ]),
        [
          ['erasure', refs.dead, true],
          ['erasure', refs.dead, true],
        ],
      );
    } finally {
      r.close();
    }
  });
});

describe('erasure and caching over HTTP (admin API)', () => {
  let hub: TestHub;
  const TOKEN = 'test-admin-token-0123456789';
  before(async () => {
    hub = await startHub({ adminToken: TOKEN });
  });
  after(async () => hub.close());

  const del = (ref: string, token?: string) =>
    fetch(`${hub.url}/admin/submissions/${ref}`, {
      method: 'DELETE',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('erases with the right token only, shows the tombstone, logs access and erasure', async () => {
    const body = envelope();
    const res = await hub.post(body);
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const { reference } = (await res.json()) as { reference: string };
    assert.equal((await del(reference)).status, 401);
    assert.equal((await del(reference, 'wrong')).status, 401);
    const before = await fetch(`${hub.url}/admin/submissions/${reference}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(before.headers.get('cache-control'), 'no-store');
    assert.equal(((await before.json()) as { envelope: { id: string } }).envelope.id, body.id);

    const erased = await del(reference, TOKEN);
    assert.equal(erased.status, 200);
    const out = (await erased.json()) as {
      erased: boolean;
      alreadyPurged: boolean;
      deleted: { envelope: boolean; files: string[] };
    };
    assert.deepEqual([out.erased, out.alreadyPurged, out.deleted.envelope], [true, false, true]);
    assert.deepEqual(out.deleted.files, [
      join('outbox', TEST_AGS, 'testantrag', `${reference}.json`),
    ]);
    assert.ok(!existsSync(join(hub.dataDir, out.deleted.files[0]!)));

    const after = (await (
      await fetch(`${hub.url}/admin/submissions/${reference}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
    ).json()) as { envelope: unknown; purgedAt?: string; reference: string };
    assert.equal(after.envelope, null);
    assert.ok(after.purgedAt);
    assert.equal(after.reference, reference);
    assert.equal(
      ((await (await del(reference, TOKEN)).json()) as { alreadyPurged: boolean }).alreadyPurged,
      true,
    );
    assert.equal((await del('HST-2099-999999', TOKEN)).status, 404);
    // A replay of the erased application's key still gets its receipt, and nothing new is stored.
    // The store worked out the body hash only when it emptied the envelope (hub/store.ts): the
    // same application in another key order is still recognised, another one with the key not.
    const reordered = Object.fromEntries(Object.entries(body).reverse()) as typeof body;
    const replay = await hub.post(reordered);
    assert.equal(replay.status, 200);
    assert.equal(((await replay.json()) as { reference: string }).reference, reference);
    const other = await hub.post({ ...body, data: { ...body.data, other: true } });
    assert.equal(other.status, 422);
    assert.match(((await other.json()) as { type: string }).type, /idempotency-mismatch/);
    assert.equal(hub.rows(), 1);

    const r = new Retention(hub.dataDir);
    try {
      const log = r.auditLog().filter((a) => a.reference === reference);
      assert.deepEqual(log.map((a) => a.action).reverse(), [
        'access',
        'erasure',
        'access',
        'erasure',
      ]);
      assert.ok(log.every((a) => /^admin-token:[0-9a-f]{12}$/.test(a.actor)));
      assert.doesNotMatch(JSON.stringify(log), new RegExp(TOKEN));
    } finally {
      r.close();
    }
  });

  it('the contract may be cached; the rest is no-store', async () => {
    const doc = await fetch(`${hub.url}/openapi.json`);
    assert.notEqual(doc.headers.get('cache-control'), 'no-store');
    const health = await fetch(`${hub.url}/health`);
    assert.equal(health.headers.get('cache-control'), 'no-store');
  });
});

describe('the hub purges at start', () => {
  it('an application delivered longer ago than its retention is purged when the hub starts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-purge-start-'));
    try {
      const first = await startHub({ dataDir });
      const res = await first.post(envelope());
      const { reference } = (await res.json()) as { reference: string };
      await first.close();
      const later = new Date(Date.now() + 31 * DAY);
      const second = await startHub({ dataDir, now: () => later });
      try {
        const r = new Retention(dataDir);
        try {
          assert.ok(r.purgedAt(reference));
        } finally {
          r.close();
        }
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
