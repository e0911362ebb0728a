/**
 * Usage per month for billing "nach tatsächlich genutzten Assistenten" (issue 6): stored
 * submissions per municipality (AGS) and assistant in one calendar month (UTC, by `receivedAt`),
 * with the municipality's name, the assistant's category and the first and last time. Served by
 * `GET /api/v1/admin/usage?month=YYYY-MM` (routes/admin.ts) as JSON or, for `Accept: text/csv`,
 * as CSV (RFC 4180).
 *
 * Reads through its own read-only connection to `DATA_DIR/hub.sqlite` (WAL: readers never block
 * the writer thread, nor the other way round), opened on first use. The month filter scans the
 * submissions table (there is no index on `received_at`): fine for a report an operator asks for
 * once a month, not for the request path.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Assistant } from '../src/engine/define-assistant.js';
import type { Category } from '../src/engine/types.js';
import type { Municipality } from './configs.js';
import type { HubStore } from './store.js';

export interface UsageItem {
  ags: string;
  /** From the hub's config for the AGS; else the name in the newest stored envelope. */
  municipality: string | null;
  assistant: string;
  /** The assistant definition's category; null for an assistant this hub no longer has. */
  category: Category | null;
  submissions: number;
  firstReceivedAt: string;
  lastReceivedAt: string;
}

export interface UsageReport {
  /** `YYYY-MM`. */
  month: string;
  /** Start (inclusive) and end (exclusive) of the month, UTC. */
  from: string;
  to: string;
  generatedAt: string;
  items: UsageItem[];
}

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` → its UTC bounds, or undefined when it is not a month in that format. */
export function monthRange(month: string): { from: string; to: string } | undefined {
  const m = MONTH_PATTERN.exec(month);
  if (!m) return undefined;
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  return {
    from: new Date(Date.UTC(year, index, 1)).toISOString(),
    to: new Date(Date.UTC(year, index + 1, 1)).toISOString(),
  };
}

/** The month of a date as `YYYY-MM` (UTC). */
export const monthOf = (date: Date): string => date.toISOString().slice(0, 7);

interface Row {
  ags: string;
  assistant: string;
  submissions: number;
  firstReceivedAt: string;
  lastReceivedAt: string;
}

export interface UsageDeps {
  dataDir: string;
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  municipalities: ReadonlyMap<string, Municipality>;
}

export interface UsageReader {
  report(month: string, generatedAt: Date): UsageReport | undefined;
  close(): void;
}

export function usageReader(deps: UsageDeps): UsageReader {
  let db: Database.Database | undefined;
  let statements:
    | {
        month: Database.Statement<[string, string], Row>;
        name: Database.Statement<[string, string], { name: string | null }>;
      }
    | undefined;
  const prepare = () => {
    db = new Database(join(deps.dataDir, 'hub.sqlite'), { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return (statements = {
      month: db.prepare<[string, string], Row>(
        `SELECT ags, assistant_id AS assistant, COUNT(*) AS submissions,
                MIN(received_at) AS firstReceivedAt, MAX(received_at) AS lastReceivedAt
         FROM submissions WHERE received_at >= ? AND received_at < ?
         GROUP BY ags, assistant_id ORDER BY ags, assistant_id`,
      ),
      // For an AGS the configs no longer have: the name in its newest envelope. An erased or
      // purged application keeps its row (it was used, so it counts) with an empty envelope.
      name: db.prepare<[string, string], { name: string | null }>(
        `SELECT json_extract(envelope, '$.municipality.name') AS name FROM submissions
         WHERE ags = ? AND assistant_id = ? AND envelope <> ''
         ORDER BY received_at DESC LIMIT 1`,
      ),
    });
  };
  return {
    report(month, generatedAt) {
      const range = monthRange(month);
      if (!range) return undefined;
      const sql = statements ?? prepare();
      const rows = sql.month.all(range.from, range.to);
      return {
        month,
        ...range,
        generatedAt: generatedAt.toISOString(),
        items: rows.map((r) => ({
          ags: r.ags,
          municipality:
            deps.municipalities.get(r.ags)?.config.municipality.name ??
            sql.name.get(r.ags, r.assistant)?.name ??
            null,
          assistant: r.assistant,
          category: Object.hasOwn(deps.assistants, r.assistant)
            ? deps.assistants[r.assistant]!.category
            : null,
          submissions: r.submissions,
          firstReceivedAt: r.firstReceivedAt,
          lastReceivedAt: r.lastReceivedAt,
        })),
      };
    },
    close() {
      db?.close();
      db = undefined;
      statements = undefined;
    },
  };
}

/**
 * The same report from any `HubStore` (the PostgreSQL store: several hub instances, one
 * database), read through the store's own queries instead of a second SQLite connection.
 */
export function usageReaderFrom(
  store: Pick<HubStore, 'usageBetween' | 'municipalityName'>,
  deps: Omit<UsageDeps, 'dataDir'>,
): { report(month: string, generatedAt: Date): Promise<UsageReport | undefined>; close(): void } {
  return {
    async report(month, generatedAt) {
      const range = monthRange(month);
      if (!range) return undefined;
      const rows = await store.usageBetween(range.from, range.to);
      const items: UsageItem[] = [];
      for (const r of rows)
        items.push({
          ags: r.ags,
          municipality:
            deps.municipalities.get(r.ags)?.config.municipality.name ??
            (await store.municipalityName(r.ags, r.assistant)),
          assistant: r.assistant,
          category: Object.hasOwn(deps.assistants, r.assistant)
            ? deps.assistants[r.assistant]!.category
            : null,
          submissions: r.submissions,
          firstReceivedAt: r.firstReceivedAt,
          lastReceivedAt: r.lastReceivedAt,
        });
      return { month, ...range, generatedAt: generatedAt.toISOString(), items };
    },
    close() {},
  };
}

export const USAGE_CSV_COLUMNS = [
  'ags',
  'municipality',
  'assistant',
  'category',
  'submissions',
  'firstReceivedAt',
  'lastReceivedAt',
] as const satisfies readonly (keyof UsageItem)[];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. A text
 * starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet shows it as
 * text instead of running it as a formula (the envelope's name comes from the browser).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Header row and one row per item, CRLF line ends (RFC 4180). */
export function usageCsv(items: readonly UsageItem[]): string {
  const lines = [USAGE_CSV_COLUMNS.join(',')];
  for (const item of items) lines.push(USAGE_CSV_COLUMNS.map((c) => csvField(item[c])).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}

/**
 * Whether the `Accept` header prefers `text/csv` over JSON (quality values honoured; JSON wins
 * ties, a missing header and the full wildcard).
 */
export function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  let csv = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q)) continue;
    const type = range.trim();
    if (type === 'text/csv') csv = Math.max(csv, q);
    else if (type === 'application/json') json = Math.max(json, q);
    else if (type === 'text/*') csv = Math.max(csv, q);
    else if (type === 'application/*' || type === '*/*') json = Math.max(json, q);
  }
  return csv > json;
}
