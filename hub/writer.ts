/**
 * The hub's writer thread (see group-commit.ts): owns the SQLite connection that writes and the
 * outbox files. Each message is one batch: its rows are inserted and their outbox files written
 * in one transaction, then committed (one fsync for the whole batch). When anything fails, the
 * transaction rolls back, the batch's outbox files are removed again and the error goes back:
 * nothing of that batch is stored. Disk waits (fsync, file writes) block this thread only; the
 * main thread keeps parsing and validating the next requests meanwhile.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { SinkConfig } from './flows.js';
import {
  openStore,
  type AttemptResult,
  type DueDelivery,
  type NewSubmission,
  type StoredSubmission,
} from './store.js';

export interface DeliveryOptions {
  /** First back-off in ms (doubling, full jitter). Default 1000. */
  baseMs?: number;
  /** Longest back-off in ms. Default 10 minutes. */
  capMs?: number;
  /** Attempts before a delivery is dead. Default 12. */
  maxAttempts?: number;
  /** Longest wait between two looks for due deliveries, in ms. Default 5000. */
  pollMs?: number;
}

export interface WriterData {
  dataDir: string;
  durability?: 'full' | 'normal';
  /** The configured sinks by name (flows.ts), without the built-in outbox. */
  sinks?: Record<string, SinkConfig>;
  delivery?: DeliveryOptions;
}

export type WriterMessage =
  | BatchRequest
  | { kind: 'sinks'; sinks: Record<string, SinkConfig> }
  /** Look for due deliveries now (after an admin retry). */
  | { kind: 'kick' };

export interface BatchRequest {
  kind?: undefined;
  batch: number;
  rows: NewSubmission[];
}

export type BatchReply =
  | { batch: number; outcomes: { stored: StoredSubmission; created: boolean }[] }
  | { batch: number; error: { message: string; code?: string } };

const { dataDir, durability, delivery = {} } = workerData as WriterData;
let sinks: Record<string, SinkConfig> = (workerData as WriterData).sinks ?? {};
const store = openStore(dataDir, { durability });
const madeDirs = new Set<string>();

/**
 * `outbox/<AGS>/<assistant>/<reference>.json`: the envelope as received plus `reference` and
 * `receivedAt`, written atomically (temp file + rename) so a reader never sees half a file.
 */
function writeOutbox(row: NewSubmission, stored: StoredSubmission, written: string[]): void {
  const dir = join(dataDir, 'outbox', row.ags, row.assistantId);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const file = join(dir, `${stored.reference}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  // row.envelope is the JSON object as received; the receipt's two keys are appended to it.
  const text = withReceipt(row.envelope, stored.response);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    written.push(file);
  } catch (e) {
    rmSync(tmp, { force: true });
    madeDirs.delete(dir);
    throw e;
  }
}

/** The envelope as received plus the receipt's keys (`reference`, `receivedAt`, …). */
function withReceipt(envelope: string, response: string): string {
  return `${envelope.trimEnd().slice(0, -1)},${response.slice(1)}\n`;
}

/**
 * Folder sink: `DATA_DIR/<path>/<reference>/antrag.json`, written into a hidden temporary folder
 * next to it and renamed, so an import job never sees half an application. A folder that is
 * already there was delivered before (a crash between rename and commit): delivered.
 */
function deliverFolder(path: string, d: DueDelivery): void {
  const target = join(dataDir, path, d.reference);
  if (existsSync(target)) return;
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${d.reference}.${process.pid}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp);
    writeFileSync(join(tmp, 'antrag.json'), withReceipt(d.envelope, d.response));
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

function deliverOne(d: DueDelivery): void {
  const sink = Object.hasOwn(sinks, d.sink) ? sinks[d.sink] : undefined;
  if (!sink) throw new Error(`Senke „${d.sink}“ ist nicht (mehr) konfiguriert`);
  if (sink.type === 'folder') return deliverFolder(sink.path, d);
  throw new Error(`Senke vom Typ ${sink.type} ist noch nicht verfügbar`);
}

const baseMs = delivery.baseMs ?? 1000;
const capMs = delivery.capMs ?? 10 * 60 * 1000;
const maxAttempts = delivery.maxAttempts ?? 12;
const pollMs = delivery.pollMs ?? 5000;
const CHUNK = 64;
let timer: NodeJS.Timeout | undefined;
let timerAt = Infinity;
/** New pending deliveries wait this long, so that under load one run takes many of them. */
const GATHER_MS = 50;
/**
 * Requests first: while batches keep arriving (one within BUSY_MS), deliveries wait, but never
 * longer than MAX_DEFER_MS at a time, so under sustained load they still trickle out and the
 * backlog is delivered when the load ends.
 */
const BUSY_MS = 25;
const MAX_DEFER_MS = 2000;
let lastBatchAt = 0;
let deferredSince: number | undefined;

/** Full jitter: a random wait between 0 and min(cap, base · 2^(attempt-1)). */
function backoff(attempt: number): number {
  return Math.floor(Math.random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
}

/** Runs the worker in `ms` (at most `pollMs`), unless it is due sooner anyway. */
function schedule(ms: number): void {
  const wait = Math.max(0, Math.min(ms, pollMs));
  if (timer && timerAt <= Date.now() + wait) return;
  if (timer) clearTimeout(timer);
  timerAt = Date.now() + wait;
  timer = setTimeout(runDeliveries, wait);
}

/**
 * The delivery worker: runs on this thread's event loop between batches, a few deliveries at a
 * time (their outcomes committed together), so the request path's commits are never held up
 * by a slow or broken sink for more than one small chunk.
 */
function runDeliveries(): void {
  timer = undefined;
  timerAt = Infinity;
  const now = Date.now();
  if (now - lastBatchAt < BUSY_MS) {
    deferredSince ??= now;
    if (now - deferredSince < MAX_DEFER_MS) return schedule(GATHER_MS);
  }
  deferredSince = undefined;
  let more = false;
  try {
    const due = store.dueDeliveries(Date.now(), CHUNK);
    const results: AttemptResult[] = due.map((d) => {
      try {
        deliverOne(d);
        return { id: d.id, ok: true };
      } catch (e) {
        const attempt = d.attempts + 1;
        return {
          id: d.id,
          ok: false,
          error: String((e as Error).message ?? e),
          retryAt: attempt >= maxAttempts ? null : Date.now() + backoff(attempt),
        };
      }
    });
    store.recordAttempts(results, new Date());
    more = due.length === CHUNK;
  } catch (e) {
    console.error('hub: delivery worker:', e);
  }
  if (more) return schedule(0);
  const next = store.nextDeliveryAt();
  schedule(next === undefined ? pollMs : next - Date.now());
}

schedule(0); // a restarted hub resumes the pending deliveries

parentPort!.on('message', (message: WriterMessage) => {
  if (message.kind === 'sinks') {
    sinks = message.sinks;
    return schedule(0);
  }
  if (message.kind === 'kick') return schedule(0);
  const { batch, rows } = message;
  lastBatchAt = Date.now();
  const written: string[] = [];
  let reply: BatchReply;
  try {
    const outcomes = store.insertBatch(rows, (stored, row) => {
      if (!row.sinks || row.sinks.includes('outbox')) writeOutbox(row, stored, written);
    });
    reply = { batch, outcomes };
    if (rows.some((r) => r.sinks?.some((s) => s !== 'outbox'))) schedule(GATHER_MS);
  } catch (e) {
    for (const file of written) rmSync(file, { force: true });
    const err = e as { message?: string; code?: string };
    reply = { batch, error: { message: String(err.message ?? e), code: err.code } };
  }
  parentPort!.postMessage(reply);
});
