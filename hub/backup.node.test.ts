// `npm run hub:backup` (scripts/hub-backup.mjs): a consistent copy of hub.sqlite taken with
// SQLite's online backup API while the hub is running and storing applications.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { envelope, startHub, type TestHub } from './test-support.js';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../scripts/hub-backup.mjs', import.meta.url));

const backup = (dataDir: string, ...args: string[]) =>
  run(process.execPath, [script, ...args], { env: { ...process.env, DATA_DIR: dataDir } });

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('npm run hub:backup', () => {
  let hub: TestHub;
  const out = mkdtempSync(join(tmpdir(), 'komm-hub-backup-'));
  before(async () => (hub = await startHub()));
  after(async () => {
    await hub.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('copies a running hub consistently, with applications arriving during the backup', async () => {
    for (let i = 0; i < 20; i++) assert.equal((await hub.post(envelope())).status, 201);
    const before = hub.rows();
    // Applications keep arriving while the backup runs.
    let posting = true;
    const writer = (async () => {
      let n = 0;
      while (posting) {
        assert.equal((await hub.post(envelope())).status, 201);
        n++;
      }
      return n;
    })();
    const target = join(out, 'nightly', 'hub.sqlite');
    const { stdout } = await backup(hub.dataDir, target);
    posting = false;
    await writer;
    const afterRows = hub.rows();

    assert.match(stdout, /hub:backup: .*hub\.sqlite \(.*submissions \d+/);
    const copied = count(target, 'submissions');
    assert.ok(copied >= before && copied <= afterRows, `${before} <= ${copied} <= ${afterRows}`);
    // One delivery row per application, as in the source: no torn state.
    assert.equal(count(target, 'deliveries'), copied);
    // A single self-contained file: no WAL next to it, no partial file left.
    assert.deepEqual(readdirSync(join(out, 'nightly')), ['hub.sqlite']);
    const db = new Database(target, { readonly: true });
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'delete');
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      db.close();
    }
  });

  it('names the file after the time when no target is given, under DATA_DIR/backups', async () => {
    const { stdout } = await backup(hub.dataDir);
    const files = readdirSync(join(hub.dataDir, 'backups'));
    assert.equal(files.length, 1);
    assert.match(files[0]!, /^hub-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/);
    assert.ok(stdout.includes(files[0]!));
    assert.equal(count(join(hub.dataDir, 'backups', files[0]!), 'submissions'), hub.rows());
  });

  it('refuses an existing target and a DATA_DIR without a database, saying what to do', async () => {
    const target = join(out, 'exists.sqlite');
    await backup(hub.dataDir, target);
    await assert.rejects(backup(hub.dataDir, target), (e: { code: number; stderr: string }) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /exists already: name another target/);
      return true;
    });
    const empty = join(out, 'empty');
    await assert.rejects(backup(empty, join(out, 'x.sqlite')), (e: { stderr: string }) => {
      assert.match(e.stderr, /does not exist: set DATA_DIR/);
      return true;
    });
    assert.equal(existsSync(join(out, 'x.sqlite')), false);
  });
});
