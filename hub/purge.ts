/**
 * Storage limitation (issue 9, Art. 5 Abs. 1 lit. e DSGVO): the hub deletes the personal data of
 * an application a number of days after its last successful delivery (`retention` in the flows
 * file, default 30), and at once when the operator erases it (Art. 17, admin API).
 *
 * What goes: the stored envelope (the row's `envelope` becomes `""`), the uploaded files
 * (`DATA_DIR/uploads/<id>/`) and the hub's own outbox copy (`outbox/<AGS>/<assistant>/<reference>.json`
 * and `<reference>.files/`). What stays, as the tombstone: the row's id, reference, assistant,
 * AGS, received time and receipt, its deliveries (sink, status, times, attempts) and
 * `purged_at`, so billing counts and the operator's audit trail survive. Folder sinks (a DMS
 * import drop) belong to the municipality: the hub does not reach into them.
 *
 * An application with a pending or dead delivery is never purged by the job: it is listed as
 * `held` for the operator. Erasure takes it anyway and closes its open deliveries (dead, with
 * the reason), so nothing is sent from an erased application.
 *
 * Runs on its own SQLite connection (WAL, busy timeout): a purge is a few small transactions
 * beside the writer thread's group commits. Erasure and access through the admin API are written
 * to `audit_log` without personal data (when, what, which reference, a fingerprint of the token).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storedBodyHash } from './idempotency.js';

/** Default days after the last successful delivery. */
export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `retention` of the flows file: `{ "<ags>|*": { "<assistant>|*": days } }`. */
export type RetentionTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Days for one application: `[ags][assistant]`, `[ags]["*"]`, `["*"][assistant]`, `["*"]["*"]`, default. */
export function retentionDays(
  table: RetentionTable | undefined,
  ags: string,
  assistant: string,
): number {
  const own = table && Object.hasOwn(table, ags) ? table[ags] : undefined;
  const any = table && Object.hasOwn(table, '*') ? table['*'] : undefined;
  const pick = (t: Readonly<Record<string, number>> | undefined, k: string) =>
    t && Object.hasOwn(t, k) ? t[k] : undefined;
  return (
    pick(own, assistant) ??
    pick(own, '*') ??
    pick(any, assistant) ??
    pick(any, '*') ??
    DEFAULT_RETENTION_DAYS
  );
}

export interface PurgedApplication {
  reference: string;
  assistant: string;
  ags: string;
  receivedAt: string;
  /** The last successful delivery (or the receipt when there was none to make). */
  deliveredAt: string;
  /** Files removed (uploads and the outbox copy), relative to DATA_DIR. */
  files: string[];
}

export interface HeldApplication {
  reference: string;
  assistant: string;
  ags: string;
  receivedAt: string;
  /** Deliveries not yet delivered: sink and status (`pending` or `dead`). */
  open: { sink: string; status: string }[];
}

export interface PurgeReport {
  dryRun: boolean;
  purged: PurgedApplication[];
  held: HeldApplication[];
}

/** The job's last run in this hub process (server.ts keeps it for the console's overview). */
export interface PurgeRun {
  at: string;
  purged: number;
  held: number;
  /** The run failed with this message (it runs again at the next interval). */
  error?: string;
}

/** One page of the audit log, newest first (`auditPage`). */
export interface AuditPage {
  items: (AuditEntry & { id: number })[];
  /** Entries matching the filter, all pages. */
  total: number;
}

/** The operator console's overview numbers (`stats`). */
export interface HubStats {
  pending: number;
  dead: number;
  /** `createdAt` of the oldest pending delivery, or null when none is pending. */
  oldestPendingAt: string | null;
  /** Applications received since the start of the UTC day and of the UTC month of `now`. */
  today: number;
  month: number;
}

interface Row {
  id: string;
  reference: string;
  assistant: string;
  ags: string;
  receivedAt: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  reference TEXT NOT NULL,
  actor TEXT NOT NULL,
  outcome TEXT NOT NULL
);
`;

export interface AuditEntry {
  at: string;
  /** `access` (Art. 15), `erasure` (Art. 17), `purge` (retention). */
  action: 'access' | 'erasure' | 'purge';
  reference: string;
  /** Who: `admin-token:<first 12 hex of its sha256>` or `purge-job`. */
  actor: string;
  outcome: string;
}

type MaybePromise<T> = T | Promise<T>;

/** What the hub needs of retention and erasure: `Retention` (SQLite) or `PgRetention` (store-pg.ts). */
export interface RetentionApi {
  purgeDue(now: Date, retention?: RetentionTable, dryRun?: boolean): MaybePromise<PurgeReport>;
  erase(
    reference: string,
    now: Date,
    actor: string,
  ): MaybePromise<
    | { reference: string; alreadyPurged: boolean; files: string[]; closedDeliveries: number }
    | undefined
  >;
  purgedAt(reference: string): MaybePromise<string | undefined>;
  audit(entry: AuditEntry): MaybePromise<void>;
  auditLog(limit?: number): MaybePromise<AuditEntry[]>;
  /** The operator console (issue 13): one page of the audit log. Optional until every store has it. */
  auditPage?(
    filter: { action?: AuditEntry['action']; reference?: string },
    limit: number,
    offset: number,
  ): MaybePromise<AuditPage>;
  /** The operator console's overview numbers. Optional until every store has it. */
  stats?(now: Date): MaybePromise<HubStats>;
  close(): void;
}

/** The purge and erasure side of the hub's database (its own connection). */
export class Retention implements RetentionApi {
  readonly #db: Database.Database;

  constructor(private readonly dataDir: string) {
    this.#db = new Database(join(dataDir, 'hub.sqlite'));
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(SCHEMA);
    const columns = this.#db.prepare('PRAGMA table_info(submissions)').all() as { name: string }[];
    if (!columns.length)
      throw new Error(
        `${join(dataDir, 'hub.sqlite')} has no submissions table: start the hub once`,
      );
    if (!columns.some((c) => c.name === 'purged_at'))
      this.#db.exec('ALTER TABLE submissions ADD COLUMN purged_at TEXT');
  }

  close(): void {
    this.#db.close();
  }

  /**
   * Applications whose personal data is due at `now` (all deliveries delivered, the last one
   * `retention` days ago), purged unless `dryRun`; and those held by an open delivery.
   */
  purgeDue(now: Date, retention?: RetentionTable, dryRun = false): PurgeReport {
    const rows = this.#db
      .prepare(
        `SELECT id, reference, assistant_id AS assistant, ags, received_at AS receivedAt
         FROM submissions WHERE purged_at IS NULL ORDER BY received_at`,
      )
      .all() as Row[];
    const deliveriesOf = this.#db.prepare(
      `SELECT sink, status, delivered_at AS deliveredAt FROM deliveries WHERE reference = ?`,
    );
    const report: PurgeReport = { dryRun, purged: [], held: [] };
    for (const row of rows) {
      const deliveries = deliveriesOf.all(row.reference) as {
        sink: string;
        status: string;
        deliveredAt: string | null;
      }[];
      const open = deliveries.filter((d) => d.status !== 'delivered');
      const days = retentionDays(retention, row.ags, row.assistant);
      if (open.length) {
        // Listed only once it would otherwise be due: a fresh pending delivery is no news.
        if (Date.parse(row.receivedAt) + days * DAY_MS <= now.getTime())
          report.held.push({
            ...pickRow(row),
            open: open.map(({ sink, status }) => ({ sink, status })),
          });
        continue;
      }
      const last = deliveries.reduce(
        (max, d) => (d.deliveredAt && d.deliveredAt > max ? d.deliveredAt : max),
        row.receivedAt,
      );
      if (Date.parse(last) + days * DAY_MS > now.getTime()) continue;
      const files = dryRun ? this.#files(row) : this.#purge(row, now, 'purge-job', 'purge');
      report.purged.push({ ...pickRow(row), deliveredAt: last, files });
    }
    return report;
  }

  /**
   * Erases one application now (Art. 17): its personal data as `purgeDue` would, and its open
   * deliveries are closed (dead: "gelöscht"). `undefined` when there is no such reference.
   */
  erase(
    reference: string,
    now: Date,
    actor: string,
  ):
    | { reference: string; alreadyPurged: boolean; files: string[]; closedDeliveries: number }
    | undefined {
    const row = this.#db
      .prepare(
        `SELECT id, reference, assistant_id AS assistant, ags, received_at AS receivedAt,
                purged_at AS purgedAt
         FROM submissions WHERE reference = ?`,
      )
      .get(reference) as (Row & { purgedAt: string | null }) | undefined;
    if (!row) return undefined;
    if (row.purgedAt) {
      this.audit({
        at: now.toISOString(),
        action: 'erasure',
        reference,
        actor,
        outcome: 'already purged',
      });
      return { reference, alreadyPurged: true, files: [], closedDeliveries: 0 };
    }
    let closed = 0;
    const files = this.#purge(row, now, actor, 'erasure', () => {
      closed = this.#db
        .prepare(
          `UPDATE deliveries SET status = 'dead', next_attempt_at = NULL, updated_at = ?,
             last_error = 'Antrag gelöscht (Art. 17 DSGVO): nicht mehr zuzustellen'
           WHERE reference = ? AND status = 'pending'`,
        )
        .run(now.toISOString(), row.reference).changes;
    });
    return { reference, alreadyPurged: false, files, closedDeliveries: closed };
  }

  /** Whether the application's personal data is gone (`purged_at` set). */
  purgedAt(reference: string): string | undefined {
    const r = this.#db
      .prepare('SELECT purged_at AS purgedAt FROM submissions WHERE reference = ?')
      .get(reference) as { purgedAt: string | null } | undefined;
    return r?.purgedAt ?? undefined;
  }

  audit(entry: AuditEntry): void {
    this.#db
      .prepare(
        'INSERT INTO audit_log (at, action, reference, actor, outcome) VALUES (?, ?, ?, ?, ?)',
      )
      .run(entry.at, entry.action, entry.reference, entry.actor, entry.outcome);
  }

  /**
   * The audit log newest first, `limit` entries from `offset`, optionally only one action and
   * one reference (exact), with the number of all matching entries.
   */
  auditPage(
    filter: { action?: AuditEntry['action']; reference?: string },
    limit: number,
    offset: number,
  ): AuditPage {
    const where: string[] = [];
    const args: string[] = [];
    if (filter.action) {
      where.push('action = ?');
      args.push(filter.action);
    }
    if (filter.reference) {
      where.push('reference = ?');
      args.push(filter.reference);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const items = this.#db
      .prepare(
        `SELECT id, at, action, reference, actor, outcome FROM audit_log ${clause}
         ORDER BY id DESC LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset) as AuditPage['items'];
    const { total } = this.#db
      .prepare(`SELECT COUNT(*) AS total FROM audit_log ${clause}`)
      .get(...args) as { total: number };
    return { items, total };
  }

  /** Open and failed deliveries, the oldest open one, applications today and this month (UTC). */
  stats(now: Date): HubStats {
    const day = now.toISOString().slice(0, 10);
    const queue = this.#db
      .prepare(
        `SELECT status, COUNT(*) AS n, MIN(created_at) AS oldest FROM deliveries
         WHERE status IN ('pending', 'dead') GROUP BY status`,
      )
      .all() as { status: string; n: number; oldest: string }[];
    const counts = this.#db
      .prepare(
        `SELECT COUNT(*) AS month, COALESCE(SUM(received_at >= ?), 0) AS today
         FROM submissions WHERE received_at >= ?`,
      )
      .get(`${day}T00:00:00.000Z`, `${day.slice(0, 7)}-01T00:00:00.000Z`) as {
      month: number;
      today: number;
    };
    const pending = queue.find((q) => q.status === 'pending');
    return {
      pending: pending?.n ?? 0,
      dead: queue.find((q) => q.status === 'dead')?.n ?? 0,
      oldestPendingAt: pending?.oldest ?? null,
      today: counts.today,
      month: counts.month,
    };
  }

  auditLog(limit = 1000): AuditEntry[] {
    return this.#db
      .prepare(
        'SELECT at, action, reference, actor, outcome FROM audit_log ORDER BY id DESC LIMIT ?',
      )
      .all(limit) as AuditEntry[];
  }

  /** The files `#purge` removes (relative to DATA_DIR), those that exist. */
  #files(row: Row): string[] {
    const outbox = join('outbox', row.ags, row.assistant);
    return [
      join('uploads', row.id),
      join(outbox, `${row.reference}.json`),
      join(outbox, `${row.reference}.files`),
    ].filter((p) => existsSync(join(this.dataDir, p)));
  }

  #purge(
    row: Row,
    now: Date,
    actor: string,
    action: AuditEntry['action'],
    more?: () => void,
  ): string[] {
    const files = this.#files(row);
    // The row first (in one transaction with the audit entry): should removing a file fail, the
    // data is already unreachable through the hub, and the next run removes what is left.
    this.#db.transaction(() => {
      // A body hash the store left to be worked out (hub/store.ts) is worked out now, while the
      // envelope is still there: a resend of the same application still gets its first answer.
      const { hash, envelope } = this.#db
        .prepare('SELECT body_hash AS hash, envelope FROM submissions WHERE id = ?')
        .get(row.id) as { hash: string; envelope: string };
      this.#db
        .prepare(`UPDATE submissions SET envelope = '', body_hash = ?, purged_at = ? WHERE id = ?`)
        .run(storedBodyHash(hash, envelope), now.toISOString(), row.id);
      more?.();
      this.audit({
        at: now.toISOString(),
        action,
        reference: row.reference,
        actor,
        outcome: `purged, ${files.length} file(s)`,
      });
    })();
    for (const f of files) rmSync(join(this.dataDir, f), { recursive: true, force: true });
    return files;
  }
}

const pickRow = ({ reference, assistant, ags, receivedAt }: Row) => ({
  reference,
  assistant,
  ags,
  receivedAt,
});
