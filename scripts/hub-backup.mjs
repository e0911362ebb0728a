#!/usr/bin/env node
// `npm run hub:backup [-- <target file>]`: a consistent copy of the hub's database
// (`DATA_DIR/hub.sqlite`: applications, deliveries, payments, reference counters) while the hub
// keeps running. It uses SQLite's online backup API (better-sqlite3 `db.backup()`), never a
// file copy: copying `hub.sqlite` alone misses what is still in `hub.sqlite-wal`, and copying
// both while the hub writes can give a torn pair.
//
//   DATA_DIR   the hub's data folder (default `.data`, as the hub)
//   target     default `DATA_DIR/backups/hub-<UTC time>.sqlite`; an existing file is refused
//
// The copy is a single self-contained SQLite file (no -wal). The script checks it
// (`PRAGMA integrity_check`) and prints its path and row counts; exit code 1 on any failure.
// Folders next to the database (`outbox/`, folder sinks, `uploads/`) are plain files: back them
// up with the usual file tools after this.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

/**
 * @param {{ dataDir: string, target?: string, now?: Date }} options
 * @returns {Promise<{ target: string, counts: Record<string, number> }>}
 */
export async function backupHub({ dataDir, target, now = new Date() }) {
  const source = join(dataDir, 'hub.sqlite');
  if (!existsSync(source))
    throw new Error(`${source} does not exist: set DATA_DIR to the hub's data folder`);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = resolve(target ?? join(dataDir, 'backups', `hub-${stamp}.sqlite`));
  if (existsSync(file)) throw new Error(`${file} exists already: name another target`);
  mkdirSync(dirname(file), { recursive: true });
  // Written under a temporary name and renamed: a half-written backup never looks like one.
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    db.close();
  }
  const copy = new Database(partial);
  /** @type {Record<string, number>} */
  const counts = {};
  try {
    // The backup keeps the source's WAL mode; a backup file stands alone.
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity_check of the copy: ${String(check)}`);
    const tables = /** @type {{ name: string }[]} */ (
      copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()
    );
    for (const { name } of tables)
      counts[name] = /** @type {{ n: number }} */ (
        copy.prepare(`SELECT COUNT(*) AS n FROM "${name.replaceAll('"', '""')}"`).get()
      ).n;
  } catch (e) {
    copy.close();
    rmSync(partial, { force: true });
    throw e;
  }
  copy.close();
  renameSync(partial, file);
  return { target: file, counts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dataDir = process.env.DATA_DIR ?? '.data';
  try {
    const { target, counts } = await backupHub({ dataDir, target: process.argv[2] });
    const rows = Object.entries(counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    console.log(`hub:backup: ${target} (${rows})`);
  } catch (e) {
    console.error(`hub:backup: FAILED: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
