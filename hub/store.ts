/**
 * SQLite storage of accepted submissions (`DATA_DIR/hub.sqlite`, WAL, by default
 * `synchronous=FULL`: a commit is on disk, not only in the OS cache, when it returns). The
 * reference number is allocated in the same transaction as the insert, so a failed insert never
 * burns a number and two submissions never share one. Rows are inserted in batches (`insertBatch`, one transaction
 * and one fsync for many submissions; see group-commit.ts). Every statement is prepared once and
 * uses an index: the id (primary key), the reference (unique) or the counter row of one prefix
 * and year; nothing scans or counts the table on the submission path.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newAssignmentCode } from './assignment-code.js';
import { storedBodyHash } from './idempotency.js';

export interface StoredSubmission {
  id: string;
  reference: string;
  /**
   * `bodyHash` of the stored envelope, to tell a replay from another application with the same
   * key. '' in the outcome of a row just inserted without one (`NewSubmission.bodyHash`).
   */
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
  /**
   * `bodyHash` of the envelope. When missing, the SQLite store works it out from the stored
   * envelope only when it is needed (a replay, the purge); the PostgreSQL store when it inserts.
   */
  bodyHash?: string;
  /** JSON of the envelope as received. */
  envelope: string;
  receivedAt: string;
  /** Reference prefix (the definition's `referencePrefix`) and year of the counter. */
  prefix: string;
  year: number;
  /**
   * A drawn assignment code (§ 19 Abs. 4 BMG) when the receipt carries one; if the municipality
   * already has it, the store draws another, so codes are unique per `ags`.
   */
  assignmentCode?: string;
  /**
   * The sinks of its flow (flows.ts), one delivery row each, in the same transaction. `outbox`
   * is written by the caller's `onInserted` inside the transaction, so its row is `delivered`;
   * the others are `pending` for the delivery worker. Missing: `["outbox"]` (today's behaviour).
   */
  sinks?: readonly string[];
}

/**
 * What the hub checked of an application, said in its row (issue 12): `full` (the whole envelope
 * against the assistant's schema) or `metadata` (an end-to-end encrypted envelope: only its
 * routing metadata; the Fachverfahren checks the rest after decrypting). `null` once purged.
 */
export type Validated = 'full' | 'metadata' | null;

/** The stored envelope (`''` once purged), its receipt, what was checked and its deliveries. */
export interface StoredApplication {
  envelope: string;
  response: string;
  validated: Validated;
  deliveries: Delivery[];
}

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export interface Delivery {
  id: number;
  reference: string;
  ags: string;
  assistant: string;
  sink: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** A pending delivery that is due, with what the sink needs. */
export interface DueDelivery {
  id: number;
  sink: string;
  reference: string;
  attempts: number;
  envelope: string;
  response: string;
}

/** One attempt's outcome (`recordAttempts`). */
export type AttemptResult =
  | { id: number; ok: true }
  | { id: number; ok: false; error: string; /** ms epoch, or null: dead */ retryAt: number | null };

export interface UsageRow {
  ags: string;
  assistant: string;
  submissions: number;
  firstReceivedAt: string;
  lastReceivedAt: string;
}

/** One row's outcome in `insertBatch`. */
export type BatchOutcome =
  | { stored: StoredSubmission; created: true }
  /** The id was already stored (by another process sharing the file): its first answer. */
  | { stored: StoredSubmission; created: false };

export interface Store {
  find(id: string): StoredSubmission | undefined;
  findByReference(reference: string): StoredSubmission | undefined;
  /**
   * Allocates the reference, inserts the row with its receipt `{ reference, receivedAt }` and
   * runs `onInserted(stored)` in one transaction: when that throws, nothing is stored.
   */
  insert(row: NewSubmission, onInserted?: (stored: StoredSubmission) => void): StoredSubmission;
  /**
   * `insert` for many rows in one transaction (one commit): in order, each gets the next
   * reference of its prefix and year. A row whose id is already stored is not inserted again;
   * its outcome is the stored row with `created: false`. When anything throws (including
   * `onInserted`), nothing of the batch is stored and the error is rethrown.
   */
  insertBatch(
    rows: readonly NewSubmission[],
    onInserted?: (stored: StoredSubmission, row: NewSubmission) => void,
  ): BatchOutcome[];
  usage(): UsageRow[];
  /** Pending deliveries due at `nowMs`, oldest first, but for the ids in `except` (in flight). */
  dueDeliveries(nowMs: number, limit: number, except?: readonly number[]): DueDelivery[];
  /** ms epoch of the next pending delivery (but for `except`), or undefined when none is pending. */
  nextDeliveryAt(except?: readonly number[]): number | undefined;
  /** Records attempts (one transaction for all). */
  recordAttempts(results: readonly AttemptResult[], now: Date): void;
  listDeliveries(
    filter: { status?: string; ags?: string; assistant?: string },
    limit: number,
  ): Delivery[];
  findDelivery(id: number): Delivery | undefined;
  /** A dead delivery back to pending (attempts from 0 again); false when it is not dead. */
  retryDelivery(id: number, now: Date): boolean;
  /** The stored envelope, its receipt and its deliveries. */
  submissionWithDeliveries(reference: string): StoredApplication | undefined;
  /**
   * A passive WAL checkpoint: copies committed pages from the log into the database file without
   * waiting for (or blocking) the writer; the log starts over once all of it is copied.
   */
  checkpoint(): void;
  close(): void;
  /** The connection itself (for the few reads of `sqliteHubStore`). */
  readonly db: Database.Database;
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
CREATE TABLE IF NOT EXISTS deliveries (
  id INTEGER PRIMARY KEY,
  submission_id TEXT NOT NULL,
  reference TEXT NOT NULL,
  ags TEXT NOT NULL,
  assistant_id TEXT NOT NULL,
  sink TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  next_attempt_at INTEGER,
  delivered_at TEXT
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (status, next_attempt_at);
-- The console and the purge (purge.ts) read an application's deliveries by its reference: without
-- it, one full scan per stored application (a hub with 200,000 rows did not finish its start-up
-- purge).
CREATE INDEX IF NOT EXISTS deliveries_by_reference ON deliveries (reference);
-- Files written before 2026-12 had a second such index, by submission id. Nothing reads by it any
-- more, and as the ids are random, each insert wrote a page of that index of its own.
DROP INDEX IF EXISTS deliveries_by_submission;
CREATE TABLE IF NOT EXISTS reference_counters (
  prefix TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
);
CREATE TABLE IF NOT EXISTS assignment_codes (
  ags TEXT NOT NULL,
  code TEXT NOT NULL,
  submission_id TEXT NOT NULL,
  PRIMARY KEY (ags, code)
) WITHOUT ROWID;
`;

/**
 * A stored row's receipt and body hash, and its envelope where that hash is not worked out yet
 * (`body_hash = ''`, see `insertOne`): `storedOf` works it out when the row is read.
 */
const COLUMNS = `id, reference, body_hash AS bodyHash, response,
  CASE body_hash WHEN '' THEN envelope END AS envelope`;

type StoredRow = StoredSubmission & { envelope: string | null };

/** A stored row as `StoredSubmission`, its body hash worked out from the envelope if need be. */
function storedOf(row: StoredRow | undefined): StoredSubmission | undefined {
  if (!row) return undefined;
  const { envelope, ...stored } = row;
  return { ...stored, bodyHash: storedBodyHash(stored.bodyHash, envelope) };
}

/**
 * `submissions.validated` (see `Validated`), computed from the stored envelope when read: nothing
 * more to write per application, and rows stored before the column existed have it too. Added by
 * whichever connection opens the file first; another one racing it finds it there.
 */
function addValidatedColumn(db: Database.Database): void {
  const has = db
    .prepare("SELECT 1 FROM pragma_table_info('submissions') WHERE name = 'validated'")
    .get();
  if (has) return;
  try {
    db.exec(`ALTER TABLE submissions ADD COLUMN validated TEXT GENERATED ALWAYS AS (
      CASE WHEN envelope = '' THEN NULL
           WHEN json_type(envelope, '$.encrypted') IS NULL THEN 'full'
           ELSE 'metadata' END) VIRTUAL`);
  } catch (e) {
    if (!/duplicate column/i.test(String(e))) throw e;
  }
}

export interface StoreOptions {
  /**
   * `full` (default): every commit is synced to disk before it returns, so what was answered
   * 201 survives a power cut. `normal`: WAL commits are not synced (checkpoints are): a commit
   * survives a crash of the process, but the last ones may be lost on a power cut or OS crash.
   */
  durability?: 'full' | 'normal';
  /**
   * `elsewhere`: this connection leaves WAL checkpoints to another one (the writer thread, whose
   * commits the 201s wait for, while the delivery worker checkpoints with `checkpoint()`); it
   * checkpoints itself only when the log passes 10,000 pages (~40 MB), in case nobody else does.
   * Default `auto`: SQLite's own, every 1,000 pages, at the end of a commit.
   */
  checkpoints?: 'auto' | 'elsewhere';
}

export function openStore(dataDir: string, options: StoreOptions = {}): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'hub.sqlite'));
  db.pragma('journal_mode = WAL');
  // FULL (SQLite's default, said explicitly): in WAL mode the log is synced on every commit, so a
  // 201 (sent only after its batch committed) survives a power cut, not just a crash of the process.
  db.pragma(`synchronous = ${options.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  // 2 MiB of pages per connection (SQLite's usual default; this build's is 16 MiB). A larger cache
  // costs the writer more than it saves: every commit walks the page cache's hash table
  // (pcache1TruncateUnsafe, 5 % of the writer's CPU with 32 MiB), while an index page that is not
  // cached is read from the OS's file cache in microseconds. The other connections (main thread,
  // delivery worker) lose their whole cache after each commit of the writer anyway (WAL).
  db.pragma('cache_size = -2000');
  if (options.checkpoints === 'elsewhere') db.pragma('wal_autocheckpoint = 10000');
  db.exec(SCHEMA);
  addValidatedColumn(db);

  const byIdRow = db.prepare<[string], StoredRow>(
    `SELECT ${COLUMNS} FROM submissions WHERE id = ?`,
  );
  const byReferenceRow = db.prepare<[string], StoredRow>(
    `SELECT ${COLUMNS} FROM submissions WHERE reference = ?`,
  );
  const byId = { get: (id: string) => storedOf(byIdRow.get(id)) };
  const byReference = { get: (reference: string) => storedOf(byReferenceRow.get(reference)) };
  const nextNumber = db.prepare<[string, number], { last: number }>(
    `INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const insertRow = db.prepare(
    `INSERT INTO submissions (id, reference, assistant_id, assistant_version, schema_version, ags, body_hash, envelope, response, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const claimCode = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO assignment_codes (ags, code, submission_id) VALUES (?, ?, ?)',
  );
  const usage = db.prepare<[], UsageRow>(
    `SELECT ags, assistant_id AS assistant, COUNT(*) AS submissions,
            MIN(received_at) AS firstReceivedAt, MAX(received_at) AS lastReceivedAt
     FROM submissions GROUP BY ags, assistant_id ORDER BY ags, assistant_id`,
  );

  const insertDelivery = db.prepare(
    `INSERT INTO deliveries (submission_id, reference, ags, assistant_id, sink, status, attempts, created_at, updated_at, next_attempt_at, delivered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const DELIVERY_COLUMNS = `id, reference, ags, assistant_id AS assistant, sink, status, attempts,
    last_error AS lastError, created_at AS createdAt, updated_at AS updatedAt,
    next_attempt_at AS nextAttemptAt, delivered_at AS deliveredAt`;
  // `except`: a JSON array of the ids in flight (a handful), skipped by the delivery worker.
  const due = db.prepare<[number, string, number], DueDelivery>(
    `SELECT d.id, d.sink, d.reference, d.attempts, s.envelope, s.response
     FROM deliveries d JOIN submissions s ON s.id = d.submission_id
     WHERE d.status = 'pending' AND d.next_attempt_at <= ?
       AND d.id NOT IN (SELECT value FROM json_each(?))
     ORDER BY d.next_attempt_at LIMIT ?`,
  );
  const nextDue = db.prepare<[string], { at: number | null }>(
    `SELECT MIN(next_attempt_at) AS at FROM deliveries
     WHERE status = 'pending' AND id NOT IN (SELECT value FROM json_each(?))`,
  );
  const markDelivered = db.prepare<[string, string, number]>(
    `UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, updated_at = ?,
       next_attempt_at = NULL WHERE id = ?`,
  );
  const markFailed = db.prepare<[string | null, string, number | null, string, number]>(
    `UPDATE deliveries SET status = CASE WHEN ? IS NULL THEN 'dead' ELSE 'pending' END,
       attempts = attempts + 1, last_error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?`,
  );
  const retry = db.prepare<[number, string, number]>(
    `UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = ?, updated_at = ?
     WHERE id = ? AND status = 'dead'`,
  );
  const byReferenceDeliveries = db.prepare<[string], Delivery>(
    `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE reference = ? ORDER BY id`,
  );
  const deliveryById = db.prepare<[number], Delivery>(
    `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = ?`,
  );
  const fullByReference = db.prepare<
    [string],
    { envelope: string; response: string; validated: Validated }
  >('SELECT envelope, response, validated FROM submissions WHERE reference = ?');
  const recordAll = db.transaction((results: readonly AttemptResult[], at: string) => {
    for (const r of results) {
      if (r.ok) markDelivered.run(at, at, r.id);
      else {
        const retryAt = r.retryAt;
        markFailed.run(retryAt === null ? null : 'x', r.error, retryAt, at, r.id);
      }
    }
  });
  const timeOf = (d: Delivery): Delivery => ({
    ...d,
    nextAttemptAt:
      d.nextAttemptAt === null
        ? null
        : new Date(d.nextAttemptAt as unknown as number).toISOString(),
  });

  const insertOne = (
    row: NewSubmission,
    onInserted?: (stored: StoredSubmission, row: NewSubmission) => void,
  ): StoredSubmission => {
    const { last } = nextNumber.get(row.prefix, row.year)!;
    const reference = `${row.prefix}-${row.year}-${String(last).padStart(6, '0')}`;
    let code = row.assignmentCode;
    // The primary key (ags, code) keeps codes unique per municipality; a clash draws again.
    while (code !== undefined && claimCode.run(row.ags, code, row.id).changes === 0)
      code = newAssignmentCode();
    const withCode = code === undefined ? '' : `,"assignmentCode":${JSON.stringify(code)}`;
    const response = `{"reference":${JSON.stringify(reference)},"receivedAt":${JSON.stringify(row.receivedAt)}${withCode}}`;
    // The body hash is needed only when the same id comes again (a replay, rare): without one
    // from the caller, '' is stored and the hash is worked out from the stored envelope when
    // the row is read (`storedOf`), or by the purge before it empties the envelope (purge.ts).
    // Parsing and hashing every envelope here was a sixth of the writer thread's time.
    const hash = row.bodyHash ?? '';
    insertRow.run(
      row.id,
      reference,
      row.assistantId,
      row.assistantVersion,
      row.schemaVersion,
      row.ags,
      hash,
      row.envelope,
      response,
      row.receivedAt,
    );
    const stored: StoredSubmission = { id: row.id, reference, bodyHash: hash, response };
    onInserted?.(stored, row);
    const nowMs = Date.now();
    for (const sink of row.sinks ?? ['outbox']) {
      const done = sink === 'outbox';
      insertDelivery.run(
        row.id,
        reference,
        row.ags,
        row.assistantId,
        sink,
        done ? 'delivered' : 'pending',
        done ? 1 : 0,
        row.receivedAt,
        row.receivedAt,
        done ? null : nowMs,
        done ? row.receivedAt : null,
      );
    }
    return stored;
  };

  // IMMEDIATE: take the write lock before the id checks, so no other process can store one of
  // these ids between the check and the insert.
  const batch = db.transaction(
    (
      rows: readonly NewSubmission[],
      onInserted?: (stored: StoredSubmission, row: NewSubmission) => void,
    ): BatchOutcome[] =>
      rows.map((row) => {
        const seen = byId.get(row.id);
        return seen
          ? { stored: seen, created: false }
          : { stored: insertOne(row, onInserted), created: true };
      }),
  );
  const insert = db.transaction(insertOne);

  return {
    find: (id) => byId.get(id),
    findByReference: (reference) => byReference.get(reference),
    insert: (row, onInserted) => insert.immediate(row, onInserted),
    insertBatch: (rows, onInserted) => batch.immediate(rows, onInserted),
    usage: () => usage.all(),
    dueDeliveries: (nowMs, limit, except = []) => due.all(nowMs, JSON.stringify(except), limit),
    nextDeliveryAt: (except = []) => nextDue.get(JSON.stringify(except))?.at ?? undefined,
    recordAttempts: (results, now) => {
      if (results.length) recordAll.immediate(results, now.toISOString());
    },
    listDeliveries: (filter, limit) => {
      const where: string[] = [];
      const args: (string | number)[] = [];
      if (filter.status) {
        where.push('status = ?');
        args.push(filter.status);
      }
      if (filter.ags) {
        where.push('ags = ?');
        args.push(filter.ags);
      }
      if (filter.assistant) {
        where.push('assistant_id = ?');
        args.push(filter.assistant);
      }
      args.push(limit);
      const sql = `SELECT ${DELIVERY_COLUMNS} FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return (db.prepare(sql).all(...args) as Delivery[]).map(timeOf);
    },
    findDelivery: (id) => {
      const d = deliveryById.get(id);
      return d && timeOf(d);
    },
    retryDelivery: (id, now) => retry.run(now.getTime(), now.toISOString(), id).changes > 0,
    submissionWithDeliveries: (reference) => {
      const row = fullByReference.get(reference);
      return row && { ...row, deliveries: byReferenceDeliveries.all(reference).map(timeOf) };
    },
    checkpoint: () => void db.pragma('wal_checkpoint(PASSIVE)'),
    close: () => db.close(),
    db,
  };
}

/**
 * What the hub's routes and jobs need from the database, the same for both implementations:
 * SQLite in `DATA_DIR` (`sqliteHubStore`: reads on the main thread's connection, writes through
 * the writer thread's group commit) and PostgreSQL (`DATABASE_URL`, store-pg.ts). The contract
 * suite (store-contract.node.test.ts) runs the same cases against both.
 */
export interface HubStore {
  readonly kind: 'sqlite' | 'postgres';
  find(id: string): Promise<StoredSubmission | undefined>;
  findByReference(reference: string): Promise<StoredSubmission | undefined>;
  /**
   * Stores a validated submission with its reference, delivery rows and outbox file in one
   * transaction; resolves after the commit. An id stored before (a resend, or another hub
   * instance at the same moment) is not stored again: `created: false` with the first row.
   */
  submit(row: NewSubmission): Promise<BatchOutcome>;
  usage(): Promise<UsageRow[]>;
  /** Submissions per municipality and assistant with `from <= received_at < to` (ISO times). */
  usageBetween(from: string, to: string): Promise<UsageRow[]>;
  /** The municipality's name in the newest stored envelope of this AGS and assistant. */
  municipalityName(ags: string, assistant: string): Promise<string | null>;
  listDeliveries(
    filter: { status?: string; ags?: string; assistant?: string },
    limit: number,
  ): Promise<Delivery[]>;
  findDelivery(id: number): Promise<Delivery | undefined>;
  /** A dead delivery back to pending (attempts from 0 again); false when it is not dead. */
  retryDelivery(id: number, now: Date): Promise<boolean>;
  submissionWithDeliveries(reference: string): Promise<StoredApplication | undefined>;
  /** One pending delivery with what its sink needs, or undefined (not pending, or gone). */
  pendingDelivery(id: number): Promise<DueDelivery | undefined>;
  /** Records attempts (one transaction for all). */
  recordAttempts(results: readonly AttemptResult[], now: Date): Promise<void>;
  /** Which of these application ids are stored (the uploads sweep). */
  storedIds(ids: readonly string[]): Promise<Set<string>>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The SQLite `HubStore`: reads on `store` (the main thread's connection), writes through
 * `submit` (the group commit, group-commit.ts). Every call is the synchronous statement wrapped
 * in a resolved promise: no extra thread hop or timer on the request path.
 */
export function sqliteHubStore(
  store: Store,
  submit: (row: NewSubmission) => Promise<BatchOutcome>,
  close: () => Promise<void> = async () => store.close(),
): HubStore {
  const run = <T>(fn: () => T): Promise<T> => {
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(e as Error);
    }
  };
  const db = store.db;
  const byMonth = db.prepare<[string, string], UsageRow>(
    `SELECT ags, assistant_id AS assistant, COUNT(*) AS submissions,
            MIN(received_at) AS firstReceivedAt, MAX(received_at) AS lastReceivedAt
     FROM submissions WHERE received_at >= ? AND received_at < ?
     GROUP BY ags, assistant_id ORDER BY ags, assistant_id`,
  );
  const nameOf = db.prepare<[string, string], { name: string | null }>(
    `SELECT json_extract(envelope, '$.municipality.name') AS name FROM submissions
     WHERE ags = ? AND assistant_id = ? AND envelope <> ''
     ORDER BY received_at DESC LIMIT 1`,
  );
  const pending = db.prepare<[number], DueDelivery>(
    `SELECT d.id, d.sink, d.reference, d.attempts, s.envelope, s.response
     FROM deliveries d JOIN submissions s ON s.id = d.submission_id
     WHERE d.id = ? AND d.status = 'pending'`,
  );
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM submissions WHERE id = ?');
  return {
    kind: 'sqlite',
    find: (id) => run(() => store.find(id)),
    findByReference: (reference) => run(() => store.findByReference(reference)),
    submit,
    usage: () => run(() => store.usage()),
    usageBetween: (from, to) => run(() => byMonth.all(from, to)),
    municipalityName: (ags, assistant) => run(() => nameOf.get(ags, assistant)?.name ?? null),
    listDeliveries: (filter, limit) => run(() => store.listDeliveries(filter, limit)),
    findDelivery: (id) => run(() => store.findDelivery(id)),
    retryDelivery: (id, now) => run(() => store.retryDelivery(id, now)),
    submissionWithDeliveries: (reference) => run(() => store.submissionWithDeliveries(reference)),
    pendingDelivery: (id) => run(() => pending.get(id)),
    recordAttempts: (results, now) => run(() => store.recordAttempts(results, now)),
    storedIds: (ids) => run(() => new Set(ids.filter((id) => exists.get(id)))),
    ping: () => run(() => void db.prepare('SELECT 1').get()),
    close,
  };
}
