/**
 * Schema of the PostgreSQL store (store-pg.ts), as numbered migrations. Each runs once, in its own
 * transaction, and is recorded in `hub_migrations`; `migrate` holds an advisory lock while it
 * looks and applies, so of several hub instances starting at once one migrates and the others
 * wait, then find nothing left to do. Never edit a migration that has shipped: add the next one.
 *
 * Same tables and meaning as the SQLite store (store.ts, purge.ts): times are ISO-8601 text
 * (ordered as text, like SQLite's), `next_attempt_at` is ms since the epoch.
 */
import type pg from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'submissions, deliveries, reference counters, assignment codes, audit log',
    sql: `
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  assistant_id TEXT NOT NULL,
  assistant_version TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  ags TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  envelope TEXT NOT NULL,
  response TEXT NOT NULL,
  received_at TEXT NOT NULL,
  purged_at TEXT
);
CREATE INDEX submissions_by_municipality ON submissions (ags, assistant_id);
CREATE INDEX submissions_by_received ON submissions (received_at);
CREATE TABLE deliveries (
  id BIGSERIAL PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  reference TEXT NOT NULL,
  ags TEXT NOT NULL,
  assistant_id TEXT NOT NULL,
  sink TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts INTEGER NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  next_attempt_at BIGINT,
  delivered_at TEXT
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_by_reference ON deliveries (reference);
CREATE INDEX deliveries_by_submission ON deliveries (submission_id);
CREATE TABLE reference_counters (
  prefix TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
);
CREATE TABLE assignment_codes (
  ags TEXT NOT NULL,
  code TEXT NOT NULL,
  submission_id TEXT NOT NULL,
  PRIMARY KEY (ags, code)
);
CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  reference TEXT NOT NULL,
  actor TEXT NOT NULL,
  outcome TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'payments',
    // The same table as the SQLite store's (payments.ts): with several instances, a payment
    // opened on one must be found and notified on any other.
    sql: `
CREATE TABLE payments (
  reference TEXT PRIMARY KEY,
  amount_cents INTEGER NOT NULL,
  currency TEXT NOT NULL,
  url TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'failed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  transaction_id TEXT,
  notified_amount_cents INTEGER
);
`,
  },
  {
    version: 3,
    name: 'submissions.validated',
    // What the hub checked, said in the row (issue 12; store.ts `Validated`): computed from the
    // stored envelope, so nothing more to write per application; NULL once purged ('').
    sql: `
ALTER TABLE submissions ADD COLUMN validated TEXT GENERATED ALWAYS AS (
  CASE WHEN envelope = '' THEN NULL
       WHEN (envelope::jsonb) ? 'encrypted' THEN 'metadata'
       ELSE 'full' END) STORED;
`,
  },
];

/** Any 64-bit number the hub alone uses: the key of its migration lock. */
const MIGRATION_LOCK = 7_311_240_611;

/**
 * Applies the migrations not yet recorded, under `pg_advisory_lock` (released when done, or
 * with the session if the process dies). Returns the versions this call applied.
 */
export async function migrate(
  pool: pg.Pool,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const client = await pool.connect();
  const lost = () => {}; // a dropped connection fails the query in progress instead
  client.on('error', lost);
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS hub_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM hub_migrations',
      );
      const done = new Set(rows.map((r) => r.version));
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO hub_migrations (version, name) VALUES ($1, $2)', [
            m.version,
            m.name,
          ]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw new Error(
            `PostgreSQL migration ${m.version} (${m.name}) failed, nothing of it applied: ${(e as Error).message}`,
            { cause: e },
          );
        }
        applied.push(m.version);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.off('error', lost);
    client.release();
  }
  return applied;
}
