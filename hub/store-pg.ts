/**
 * The PostgreSQL store (`DATABASE_URL=postgres://…`), for a hub run as several instances behind a
 * load balancer: the same tables and guarantees as the SQLite store (store.ts), shared by every
 * instance through the database, never through process memory.
 *
 * - **Idempotency across instances**: a submission is inserted first with its id alone
 *   (`INSERT … ON CONFLICT (id) DO NOTHING`). When another instance is storing the same id at that
 *   moment, PostgreSQL makes this insert wait for the other transaction; after its COMMIT the
 *   insert does nothing and the first row is answered (`created: false`: the 200 replay).
 * - **References unique across instances**: one counter row per prefix and year, advanced with
 *   `INSERT … ON CONFLICT DO UPDATE … RETURNING` in the submission's transaction (its row lock
 *   orders concurrent transactions; a rolled-back one may leave a gap, never a duplicate).
 * - **Assignment codes unique per AGS**: the primary key (ags, code); a clash draws again.
 * - **Deliveries**: one row per sink in the same transaction; `onDeliveries` (the pg-boss queue,
 *   queue-pg.ts) adds their jobs inside that transaction too, so a committed application always
 *   has its jobs and a rolled-back one has none. The built-in outbox file is written before COMMIT
 *   and removed again when the transaction fails.
 *
 * Migrations (migrations-pg.ts) run in `open()`, under an advisory lock.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { newAssignmentCode } from './assignment-code.js';
import { bodyHash } from './idempotency.js';
import { migrate } from './migrations-pg.js';
import { writeOutboxFile } from './outbox-file.js';
import {
  cents,
  decideNotification,
  paymentOfRow,
  type NewPayment,
  type Notification,
  type NotifyOutcome,
  type PaymentRecord,
  type PaymentRow,
  type PaymentStore,
} from './payments.js';
import {
  retentionDays,
  type AuditEntry,
  type AuditPage,
  type HubStats,
  type PurgeReport,
  type RetentionTable,
} from './purge.js';
import type {
  AttemptResult,
  BatchOutcome,
  Delivery,
  DueDelivery,
  HubStore,
  NewSubmission,
  StoredApplication,
  StoredSubmission,
  UsageRow,
  Validated,
} from './store.js';

/** What pg-boss needs to run its statements on the submission's own transaction. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface PgStoreOptions {
  /** `postgres://user:password@host:5432/database` */
  url: string;
  /** Folder of the outbox files and uploads (shared storage when several instances run). */
  dataDir: string;
  /** Connections in this instance's pool (`DATABASE_POOL_MAX`). Default 10. */
  poolMax?: number;
  /** Where pool errors go (a dropped idle connection, a server restart). Default console.error. */
  onError?: (error: Error) => void;
}

export { isDatabaseUnavailable } from './pg-errors.js';

const STORED = 'id, reference, body_hash AS "bodyHash", response';
const DELIVERY_COLUMNS = `id::float8 AS id, reference, ags, assistant_id AS assistant, sink, status,
  attempts, last_error AS "lastError", created_at AS "createdAt", updated_at AS "updatedAt",
  next_attempt_at::float8 AS "nextAttemptAt", delivered_at AS "deliveredAt"`;

const timeOf = (d: Delivery): Delivery => ({
  ...d,
  nextAttemptAt:
    d.nextAttemptAt === null ? null : new Date(d.nextAttemptAt as unknown as number).toISOString(),
});

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Ignored: the query in progress fails with the same error (and a lost client is destroyed). */
const ignore = () => {};

/**
 * A client from the pool for a transaction. The pool listens for errors of idle clients only; a
 * checked-out client whose connection drops between two queries (a database restart) would emit
 * an unhandled 'error' and end the process, so it gets a listener until released.
 */
async function checkout(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  client.on('error', ignore);
  const release = client.release.bind(client);
  client.release = (err?: Error | boolean) => {
    client.off('error', ignore);
    release(err);
  };
  return client;
}

/**
 * How long `/health`'s ping may take to connect and to answer (below the route's own limit,
 * routes/meta.ts `HEALTH_PING_TIMEOUT_MS`): a ping without an answer fails, its connection dropped.
 */
const HEALTH_PING_MS = 1500;

export class PgHubStore implements HubStore {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  /**
   * `/health`'s own connection, apart from the request pool: a pool busy with requests (all
   * `poolMax` connections checked out, more waiting) still answers the ping at once. One
   * connection, kept while idle for a minute, opened again after an error.
   */
  private readonly healthPool: pg.Pool;
  readonly dataDir: string;
  /** Set by the delivery queue: adds the jobs of new pending deliveries inside the transaction. */
  onDeliveries?: (db: SqlExecutor, ids: number[]) => Promise<void>;

  private constructor(options: PgStoreOptions) {
    this.dataDir = options.dataDir;
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolMax ?? 10,
      // A request must not wait forever for a connection while the server is down: it gets 503.
      connectionTimeoutMillis: 5000,
      application_name: 'komm-hub',
    });
    const onError = options.onError ?? ((e: Error) => console.error('hub: PostgreSQL:', e.message));
    // An idle connection the server dropped (restart, failover) must not crash the process.
    this.pool.on('error', onError);
    // pg-pool listens only once per query for a client's 'error'; a dropped connection can emit
    // twice (the server's 57P01, then the closed socket). The query in progress fails either way,
    // so every client keeps a listener and a second emit never becomes an uncaught exception.
    this.pool.on('connect', (client) => client.on('error', ignore));
    this.healthPool = new pg.Pool({
      connectionString: options.url,
      max: 1,
      connectionTimeoutMillis: HEALTH_PING_MS,
      query_timeout: HEALTH_PING_MS,
      idleTimeoutMillis: 60_000,
      application_name: 'komm-hub-health',
    });
    this.healthPool.on('error', onError);
    this.healthPool.on('connect', (client) => client.on('error', ignore));
  }

  /** Connects and applies the migrations not yet applied (one instance at a time). */
  static async open(options: PgStoreOptions): Promise<PgHubStore> {
    const store = new PgHubStore(options);
    try {
      await store.migrate();
    } catch (e) {
      await store.close();
      throw e;
    }
    return store;
  }

  /** The pool only (nothing connects yet); call `migrate()` before the first query. */
  static connect(options: PgStoreOptions): PgHubStore {
    return new PgHubStore(options);
  }

  /** Applies the migrations not yet applied, under an advisory lock. */
  async migrate(): Promise<number[]> {
    return migrate(this.pool);
  }

  async find(id: string, db: Queryable = this.pool): Promise<StoredSubmission | undefined> {
    const { rows } = await db.query<StoredSubmission>(
      `SELECT ${STORED} FROM submissions WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  async findByReference(reference: string): Promise<StoredSubmission | undefined> {
    const { rows } = await this.pool.query<StoredSubmission>(
      `SELECT ${STORED} FROM submissions WHERE reference = $1`,
      [reference],
    );
    return rows[0];
  }

  async submit(row: NewSubmission): Promise<BatchOutcome> {
    const hash = row.bodyHash ?? bodyHash(JSON.parse(row.envelope));
    const client = await checkout(this.pool);
    const written: string[] = [];
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      // The id first: a concurrent transaction with the same id makes this wait for its end.
      // The placeholder reference is unique per attempt: with '~' || id, two instances inserting
      // the same id at once could collide on the reference's unique index, which ON CONFLICT (id)
      // does not arbitrate — a unique violation and a 500 (seen 14 in 200 rounds under load).
      const claimed = await client.query(
        `INSERT INTO submissions (id, reference, assistant_id, assistant_version, schema_version, ags, body_hash, envelope, response, received_at)
         VALUES ($1, '~' || gen_random_uuid()::text, $2, $3, $4, $5, $6, $7, '', $8) ON CONFLICT (id) DO NOTHING`,
        [
          row.id,
          row.assistantId,
          row.assistantVersion,
          row.schemaVersion,
          row.ags,
          hash,
          row.envelope,
          row.receivedAt,
        ],
      );
      if (claimed.rowCount === 0) {
        await client.query('ROLLBACK');
        const seen = await this.find(row.id, client);
        if (!seen) throw new Error(`submission ${row.id} conflicted but is not stored`);
        return { stored: seen, created: false };
      }
      const { rows: counter } = await client.query<{ last: number }>(
        `INSERT INTO reference_counters (prefix, year, last) VALUES ($1, $2, 1)
         ON CONFLICT (prefix, year) DO UPDATE SET last = reference_counters.last + 1 RETURNING last`,
        [row.prefix, row.year],
      );
      const reference = `${row.prefix}-${row.year}-${String(counter[0]!.last).padStart(6, '0')}`;
      let code = row.assignmentCode;
      while (
        code !== undefined &&
        (
          await client.query(
            'INSERT INTO assignment_codes (ags, code, submission_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
            [row.ags, code, row.id],
          )
        ).rowCount === 0
      )
        code = newAssignmentCode();
      const withCode = code === undefined ? '' : `,"assignmentCode":${JSON.stringify(code)}`;
      const response = `{"reference":${JSON.stringify(reference)},"receivedAt":${JSON.stringify(row.receivedAt)}${withCode}}`;
      await client.query('UPDATE submissions SET reference = $2, response = $3 WHERE id = $1', [
        row.id,
        reference,
        response,
      ]);
      const stored: StoredSubmission = { id: row.id, reference, bodyHash: hash, response };
      const sinks = row.sinks ?? ['outbox'];
      if (sinks.length) {
        const nowMs = Date.now();
        const values: unknown[] = [];
        const tuples = sinks.map((sink) => {
          const done = sink === 'outbox';
          values.push(
            row.id,
            reference,
            row.ags,
            row.assistantId,
            sink,
            done ? 'delivered' : 'pending',
            done ? 1 : 0,
            row.receivedAt,
            done ? null : nowMs,
            done ? row.receivedAt : null,
          );
          const n = values.length - 10;
          return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7}, $${n + 8}, $${n + 8}, $${n + 9}, $${n + 10})`;
        });
        const { rows: made } = await client.query<{ id: number; status: string }>(
          `INSERT INTO deliveries (submission_id, reference, ags, assistant_id, sink, status, attempts, created_at, updated_at, next_attempt_at, delivered_at)
           VALUES ${tuples.join(', ')} RETURNING id::float8 AS id, status`,
          values,
        );
        const pending = made.filter((d) => d.status === 'pending').map((d) => d.id);
        if (pending.length && this.onDeliveries)
          await this.onDeliveries(
            { executeSql: (text, params) => client.query(text, params) },
            pending,
          );
      }
      if (sinks.includes('outbox')) writeOutboxFile(this.dataDir, row, stored, written);
      await client.query('COMMIT');
      return { stored, created: true };
    } catch (e) {
      for (const file of written) rmSync(file, { recursive: true, force: true });
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = e as Error; // the connection is gone: do not hand it out again
      }
      throw e;
    } finally {
      client.release(broken);
    }
  }

  async usage(): Promise<UsageRow[]> {
    const { rows } = await this.pool.query<UsageRow>(
      `SELECT ags, assistant_id AS assistant, COUNT(*)::int AS submissions,
              MIN(received_at) AS "firstReceivedAt", MAX(received_at) AS "lastReceivedAt"
       FROM submissions GROUP BY ags, assistant_id ORDER BY ags, assistant_id`,
    );
    return rows;
  }

  async usageBetween(from: string, to: string): Promise<UsageRow[]> {
    const { rows } = await this.pool.query<UsageRow>(
      `SELECT ags, assistant_id AS assistant, COUNT(*)::int AS submissions,
              MIN(received_at) AS "firstReceivedAt", MAX(received_at) AS "lastReceivedAt"
       FROM submissions WHERE received_at >= $1 AND received_at < $2
       GROUP BY ags, assistant_id ORDER BY ags COLLATE "C", assistant_id COLLATE "C"`,
      [from, to],
    );
    return rows;
  }

  async municipalityName(ags: string, assistant: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ name: string | null }>(
      `SELECT envelope::jsonb #>> '{municipality,name}' AS name FROM submissions
       WHERE ags = $1 AND assistant_id = $2 AND envelope <> ''
       ORDER BY received_at DESC LIMIT 1`,
      [ags, assistant],
    );
    return rows[0]?.name ?? null;
  }

  async listDeliveries(
    filter: { status?: string; ags?: string; assistant?: string },
    limit: number,
  ): Promise<Delivery[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    for (const [column, value] of [
      ['status', filter.status],
      ['ags', filter.ags],
      ['assistant_id', filter.assistant],
    ] as const) {
      if (!value) continue;
      args.push(value);
      where.push(`${column} = $${args.length}`);
    }
    args.push(limit);
    const { rows } = await this.pool.query<Delivery>(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT $${args.length}`,
      args,
    );
    return rows.map(timeOf);
  }

  async findDelivery(id: number): Promise<Delivery | undefined> {
    const { rows } = await this.pool.query<Delivery>(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = $1`,
      [id],
    );
    return rows[0] && timeOf(rows[0]);
  }

  async retryDelivery(id: number, now: Date): Promise<boolean> {
    const client = await checkout(this.pool);
    try {
      await client.query('BEGIN');
      const { rowCount } = await client.query(
        `UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = $1, updated_at = $2
         WHERE id = $3 AND status = 'dead'`,
        [now.getTime(), now.toISOString(), id],
      );
      if (rowCount && this.onDeliveries)
        await this.onDeliveries({ executeSql: (text, params) => client.query(text, params) }, [id]);
      await client.query('COMMIT');
      return (rowCount ?? 0) > 0;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async submissionWithDeliveries(reference: string): Promise<StoredApplication | undefined> {
    const { rows } = await this.pool.query<{
      envelope: string;
      response: string;
      validated: Validated;
    }>('SELECT envelope, response, validated FROM submissions WHERE reference = $1', [reference]);
    if (!rows[0]) return undefined;
    const { rows: deliveries } = await this.pool.query<Delivery>(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE reference = $1 ORDER BY id`,
      [reference],
    );
    return { ...rows[0], deliveries: deliveries.map(timeOf) };
  }

  async pendingDelivery(id: number): Promise<DueDelivery | undefined> {
    const { rows } = await this.pool.query<DueDelivery>(
      `SELECT d.id::float8 AS id, d.sink, d.reference, d.attempts, s.envelope, s.response
       FROM deliveries d JOIN submissions s ON s.id = d.submission_id
       WHERE d.id = $1 AND d.status = 'pending'`,
      [id],
    );
    return rows[0];
  }

  async recordAttempts(results: readonly AttemptResult[], now: Date): Promise<void> {
    if (!results.length) return;
    const at = now.toISOString();
    const client = await checkout(this.pool);
    try {
      await client.query('BEGIN');
      for (const r of results) {
        if (r.ok)
          await client.query(
            `UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = $1,
               updated_at = $1, next_attempt_at = NULL WHERE id = $2`,
            [at, r.id],
          );
        else
          await client.query(
            `UPDATE deliveries SET status = CASE WHEN $1::bigint IS NULL THEN 'dead' ELSE 'pending' END,
               attempts = attempts + 1, last_error = $2, next_attempt_at = $1, updated_at = $3
             WHERE id = $4`,
            [r.retryAt, r.error, at, r.id],
          );
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  /**
   * The queue gave up on a pending delivery (pg-boss's dead-letter queue): `dead`, for the
   * operator to see and retry, with its last error kept and the reason added. No attempt is
   * counted: none was made. False when the row is not pending (delivered, dead or erased).
   */
  async giveUp(id: number, now: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE deliveries SET status = 'dead', next_attempt_at = NULL, updated_at = $2,
         last_error = COALESCE(last_error || ' – ', '') || $3
       WHERE id = $1 AND status = 'pending'`,
      [
        id,
        now.toISOString(),
        'Zustellung abgebrochen: die Warteschlange (pg-boss) versucht es nicht mehr. Ziel prüfen, dann über die Betriebs-API wiederholen.',
      ],
    );
    return (rowCount ?? 0) > 0;
  }

  async storedIds(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const { rows } = await this.pool.query<{ id: string }>(
      'SELECT id FROM submissions WHERE id = ANY($1::text[])',
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** `SELECT 1` on the health connection (never waits for the request pool). */
  async ping(): Promise<void> {
    await this.healthPool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.healthPool.end()]);
  }
}

/**
 * Payments (payments.ts) in the PostgreSQL store's database: a payment opened on one instance is
 * read and notified on any other. A notification locks its row (`SELECT … FOR UPDATE`), so two
 * notifications for one reference at once are decided one after the other.
 */
export class PgPaymentStore implements PaymentStore {
  constructor(private readonly store: PgHubStore) {}

  async open(p: NewPayment): Promise<PaymentRecord> {
    const { rows } = await this.store.pool.query<PaymentRow>(
      `WITH added AS (
         INSERT INTO payments (reference, amount_cents, currency, url, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'open', $5, $5) ON CONFLICT (reference) DO NOTHING RETURNING *)
       SELECT * FROM added UNION ALL SELECT * FROM payments WHERE reference = $1`,
      [p.reference, cents(p.amount), p.currency, p.url, p.at],
    );
    // Empty only when another transaction inserted it after this statement's snapshot.
    const stored = rows[0] ? paymentOfRow(rows[0]) : await this.get(p.reference);
    if (!stored) throw new Error(`payment ${p.reference} conflicted but is not stored`);
    return stored;
  }

  async get(reference: string): Promise<PaymentRecord | undefined> {
    const { rows } = await this.store.pool.query<PaymentRow>(
      'SELECT * FROM payments WHERE reference = $1',
      [reference],
    );
    return rows[0] && paymentOfRow(rows[0]);
  }

  async notify(reference: string, n: Notification, at: Date): Promise<NotifyOutcome> {
    const client = await checkout(this.store.pool);
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<PaymentRow>(
        'SELECT * FROM payments WHERE reference = $1 FOR UPDATE',
        [reference],
      );
      const p = rows[0] && paymentOfRow(rows[0]);
      let outcome: NotifyOutcome;
      if (!p) outcome = { kind: 'not-found' };
      else {
        const d = decideNotification(p, n);
        if (d.kind === 'mismatch') outcome = d;
        else if (d.kind === 'unchanged') outcome = { kind: 'recorded', changed: false, payment: p };
        else {
          const { rows: updated } = await client.query<PaymentRow>(
            `UPDATE payments SET status = $2, updated_at = $3, transaction_id = $4,
               notified_amount_cents = $5 WHERE reference = $1 RETURNING *`,
            [reference, n.status, at.toISOString(), n.transactionId, cents(n.amount)],
          );
          outcome = { kind: 'recorded', changed: true, payment: paymentOfRow(updated[0]!) };
        }
      }
      await client.query('COMMIT');
      return outcome;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = e as Error;
      }
      throw e;
    } finally {
      client.release(broken);
    }
  }

  /** The pool is the store's: closed with it. */
  async close(): Promise<void> {}
}

interface PurgeRow {
  id: string;
  reference: string;
  assistant: string;
  ags: string;
  receivedAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Storage limitation and erasure (purge.ts `Retention`) on the PostgreSQL store. */
export class PgRetention {
  constructor(private readonly store: PgHubStore) {}

  close(): void {}

  async purgeDue(now: Date, retention?: RetentionTable, dryRun = false): Promise<PurgeReport> {
    const { pool } = this.store;
    const { rows } = await pool.query<PurgeRow>(
      `SELECT id, reference, assistant_id AS assistant, ags, received_at AS "receivedAt"
       FROM submissions WHERE purged_at IS NULL ORDER BY received_at`,
    );
    const report: PurgeReport = { dryRun, purged: [], held: [] };
    for (const row of rows) {
      const { rows: deliveries } = await pool.query<{
        sink: string;
        status: string;
        deliveredAt: string | null;
      }>(
        'SELECT sink, status, delivered_at AS "deliveredAt" FROM deliveries WHERE submission_id = $1',
        [row.id],
      );
      const open = deliveries.filter((d) => d.status !== 'delivered');
      const days = retentionDays(retention, row.ags, row.assistant);
      const { reference, assistant, ags, receivedAt } = row;
      if (open.length) {
        if (Date.parse(row.receivedAt) + days * DAY_MS <= now.getTime())
          report.held.push({
            reference,
            assistant,
            ags,
            receivedAt,
            open: open.map(({ sink, status }) => ({ sink, status })),
          });
        continue;
      }
      const last = deliveries.reduce(
        (max, d) => (d.deliveredAt && d.deliveredAt > max ? d.deliveredAt : max),
        row.receivedAt,
      );
      if (Date.parse(last) + days * DAY_MS > now.getTime()) continue;
      const files = dryRun ? this.#files(row) : await this.#purge(row, now, 'purge-job', 'purge');
      report.purged.push({ reference, assistant, ags, receivedAt, deliveredAt: last, files });
    }
    return report;
  }

  async erase(
    reference: string,
    now: Date,
    actor: string,
  ): Promise<
    | { reference: string; alreadyPurged: boolean; files: string[]; closedDeliveries: number }
    | undefined
  > {
    const { rows } = await this.store.pool.query<PurgeRow & { purgedAt: string | null }>(
      `SELECT id, reference, assistant_id AS assistant, ags, received_at AS "receivedAt",
              purged_at AS "purgedAt" FROM submissions WHERE reference = $1`,
      [reference],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.purgedAt) {
      await this.audit({
        at: now.toISOString(),
        action: 'erasure',
        reference,
        actor,
        outcome: 'already purged',
      });
      return { reference, alreadyPurged: true, files: [], closedDeliveries: 0 };
    }
    let closed = 0;
    const files = await this.#purge(row, now, actor, 'erasure', async (db) => {
      const r = await db.query(
        `UPDATE deliveries SET status = 'dead', next_attempt_at = NULL, updated_at = $1,
           last_error = 'Antrag gelöscht (Art. 17 DSGVO): nicht mehr zuzustellen'
         WHERE submission_id = $2 AND status = 'pending'`,
        [now.toISOString(), row.id],
      );
      closed = r.rowCount ?? 0;
    });
    return { reference, alreadyPurged: false, files, closedDeliveries: closed };
  }

  async purgedAt(reference: string): Promise<string | undefined> {
    const { rows } = await this.store.pool.query<{ purgedAt: string | null }>(
      'SELECT purged_at AS "purgedAt" FROM submissions WHERE reference = $1',
      [reference],
    );
    return rows[0]?.purgedAt ?? undefined;
  }

  async audit(entry: AuditEntry, db: Queryable = this.store.pool): Promise<void> {
    await db.query(
      'INSERT INTO audit_log (at, action, reference, actor, outcome) VALUES ($1, $2, $3, $4, $5)',
      [entry.at, entry.action, entry.reference, entry.actor, entry.outcome],
    );
  }

  async auditLog(limit = 1000): Promise<AuditEntry[]> {
    const { rows } = await this.store.pool.query<AuditEntry>(
      'SELECT at, action, reference, actor, outcome FROM audit_log ORDER BY id DESC LIMIT $1',
      [limit],
    );
    return rows;
  }

  /**
   * The audit log newest first, `limit` entries from `offset`, optionally one action and one
   * reference (exact), with the number of all matching entries (the same as `Retention.auditPage`).
   */
  async auditPage(
    filter: { action?: AuditEntry['action']; reference?: string },
    limit: number,
    offset: number,
  ): Promise<AuditPage> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.action) {
      args.push(filter.action);
      where.push(`action = $${args.length}`);
    }
    if (filter.reference) {
      args.push(filter.reference);
      where.push(`reference = $${args.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { pool } = this.store;
    const [items, count] = await Promise.all([
      pool.query<AuditPage['items'][number]>(
        `SELECT id::float8 AS id, at, action, reference, actor, outcome FROM audit_log ${clause}
         ORDER BY id DESC LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
        [...args, limit, offset],
      ),
      pool.query<{ total: number }>(`SELECT COUNT(*)::int AS total FROM audit_log ${clause}`, args),
    ]);
    return { items: items.rows, total: count.rows[0]!.total };
  }

  /** Open and failed deliveries, the oldest open one, applications today and this month (UTC). */
  async stats(now: Date): Promise<HubStats> {
    const day = now.toISOString().slice(0, 10);
    const { pool } = this.store;
    const [queue, counts] = await Promise.all([
      pool.query<{ status: string; n: number; oldest: string }>(
        `SELECT status, COUNT(*)::int AS n, MIN(created_at) AS oldest FROM deliveries
         WHERE status IN ('pending', 'dead') GROUP BY status`,
      ),
      pool.query<{ month: number; today: number }>(
        `SELECT COUNT(*)::int AS month, COUNT(*) FILTER (WHERE received_at >= $1)::int AS today
         FROM submissions WHERE received_at >= $2`,
        [`${day}T00:00:00.000Z`, `${day.slice(0, 7)}-01T00:00:00.000Z`],
      ),
    ]);
    const pending = queue.rows.find((q) => q.status === 'pending');
    return {
      pending: pending?.n ?? 0,
      dead: queue.rows.find((q) => q.status === 'dead')?.n ?? 0,
      oldestPendingAt: pending?.oldest ?? null,
      today: counts.rows[0]!.today,
      month: counts.rows[0]!.month,
    };
  }

  #files(row: PurgeRow): string[] {
    const outbox = join('outbox', row.ags, row.assistant);
    return [
      join('uploads', row.id),
      join(outbox, `${row.reference}.json`),
      join(outbox, `${row.reference}.files`),
    ].filter((p) => existsSync(join(this.store.dataDir, p)));
  }

  async #purge(
    row: PurgeRow,
    now: Date,
    actor: string,
    action: AuditEntry['action'],
    more?: (db: pg.PoolClient) => Promise<void>,
  ): Promise<string[]> {
    const files = this.#files(row);
    const client = await checkout(this.store.pool);
    try {
      await client.query('BEGIN');
      await client.query(`UPDATE submissions SET envelope = '', purged_at = $1 WHERE id = $2`, [
        now.toISOString(),
        row.id,
      ]);
      await more?.(client);
      await this.audit(
        {
          at: now.toISOString(),
          action,
          reference: row.reference,
          actor,
          outcome: `purged, ${files.length} file(s)`,
        },
        client,
      );
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
    for (const f of files) rmSync(join(this.store.dataDir, f), { recursive: true, force: true });
    return files;
  }
}
