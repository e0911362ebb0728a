/**
 * SQLite storage of accepted submissions (`DATA_DIR/hub.sqlite`, WAL). The reference number is
 * allocated in the same transaction as the insert, so a failed insert never burns a number and
 * two submissions never share one.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface StoredSubmission {
  id: string;
  reference: string;
  bodyHash: string;
  /** JSON of the first 201 answer, replayed on a retry with the same key. */
  response: string;
}

export interface NewSubmission {
  id: string;
  assistantId: string;
  assistantVersion: string;
  schemaVersion: string;
  ags: string;
  bodyHash: string;
  /** JSON of the envelope as received. */
  envelope: string;
  receivedAt: string;
  /** Reference prefix (the definition's `referencePrefix`) and year of the counter. */
  prefix: string;
  year: number;
}

export interface UsageRow {
  ags: string;
  assistant: string;
  submissions: number;
  firstReceivedAt: string;
  lastReceivedAt: string;
}

export interface Store {
  find(id: string): StoredSubmission | undefined;
  findByReference(reference: string): StoredSubmission | undefined;
  /**
   * Allocates the reference, inserts the row with its receipt `{ reference, receivedAt }` and
   * runs `onInserted(stored)` in one transaction: when that throws, nothing is stored.
   */
  insert(row: NewSubmission, onInserted?: (stored: StoredSubmission) => void): StoredSubmission;
  usage(): UsageRow[];
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  assistant_id TEXT NOT NULL,
  assistant_version TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  ags TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  envelope TEXT NOT NULL,
  response TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_by_municipality ON submissions (ags, assistant_id);
CREATE TABLE IF NOT EXISTS reference_counters (
  prefix TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
);
`;

const COLUMNS = 'id, reference, body_hash AS bodyHash, response';

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'hub.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const byId = db.prepare<[string], StoredSubmission>(
    `SELECT ${COLUMNS} FROM submissions WHERE id = ?`,
  );
  const byReference = db.prepare<[string], StoredSubmission>(
    `SELECT ${COLUMNS} FROM submissions WHERE reference = ?`,
  );
  const nextNumber = db.prepare<[string, number], { last: number }>(
    `INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const insertRow = db.prepare(
    `INSERT INTO submissions (id, reference, assistant_id, assistant_version, schema_version, ags, body_hash, envelope, response, received_at)
     VALUES (@id, @reference, @assistantId, @assistantVersion, @schemaVersion, @ags, @bodyHash, @envelope, @response, @receivedAt)`,
  );
  const usage = db.prepare<[], UsageRow>(
    `SELECT ags, assistant_id AS assistant, COUNT(*) AS submissions,
            MIN(received_at) AS firstReceivedAt, MAX(received_at) AS lastReceivedAt
     FROM submissions GROUP BY ags, assistant_id ORDER BY ags, assistant_id`,
  );

  const insert = db.transaction(
    (row: NewSubmission, onInserted?: (stored: StoredSubmission) => void) => {
      const { last } = nextNumber.get(row.prefix, row.year)!;
      const reference = `${row.prefix}-${row.year}-${String(last).padStart(6, '0')}`;
      const response = JSON.stringify({ reference, receivedAt: row.receivedAt });
      const { prefix: _prefix, year: _year, ...columns } = row;
      insertRow.run({ ...columns, reference, response });
      const stored: StoredSubmission = { id: row.id, reference, bodyHash: row.bodyHash, response };
      onInserted?.(stored);
      return stored;
    },
  );

  return {
    find: (id) => byId.get(id),
    findByReference: (reference) => byReference.get(reference),
    insert: (row, onInserted) => insert(row, onInserted),
    usage: () => usage.all(),
    close: () => db.close(),
  };
}
