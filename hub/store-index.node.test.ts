// Every query the hub runs per stored application finds its rows through an index: a full scan
// per row made the start-up purge of a hub with 200,000 applications run for minutes before the
// hub listened (issue 11's bench). Checked with SQLite's own query plan on a real store file.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from './store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'komm-index-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('deliveries are found by reference (console, purge) through an index', () => {
  openStore(dataDir).close();
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  try {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    // the purge's query (purge.ts)
    assert.match(
      plan('SELECT sink, status, delivered_at FROM deliveries WHERE reference = ?'),
      /USING (COVERING )?INDEX deliveries_by_reference/,
    );
    assert.match(
      plan('SELECT id FROM deliveries WHERE reference = ?'),
      /USING (COVERING )?INDEX deliveries_by_reference/,
    );
  } finally {
    db.close();
  }
});

test('a store file with the old index by submission id loses it when opened (one page less per insert)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'komm-index-old-'));
  try {
    openStore(dir).close();
    const old = new Database(join(dir, 'hub.sqlite'));
    old.exec('CREATE INDEX deliveries_by_submission ON deliveries (submission_id)');
    old.close();
    openStore(dir).close();
    const db = new Database(join(dir, 'hub.sqlite'), { readonly: true });
    try {
      const indexes = (
        db
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deliveries'",
          )
          .all() as {
          name: string;
        }[]
      ).map((r) => r.name);
      assert.deepEqual(indexes.sort(), ['deliveries_by_reference', 'deliveries_due']);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
