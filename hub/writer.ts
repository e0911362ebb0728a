/**
 * The hub's writer thread (see group-commit.ts): owns the SQLite connection that writes and the
 * outbox files. (The same entry starts the delivery worker thread, `role: 'delivery'`, see
 * delivery.ts, so the hub's build has one worker file.) Each message is one batch: its rows are
 * inserted and their outbox files written in one transaction, then committed (one fsync for the
 * whole batch). When anything fails, the
 * transaction rolls back, the batch's outbox files are removed again and the error goes back:
 * nothing of that batch is stored. Disk waits (fsync, file writes) block this thread only; the
 * main thread keeps parsing and validating the next requests meanwhile.
 */
import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { DeliveryData } from './delivery.js';
import { writeOutboxFile } from './outbox-file.js';
import { openStore, type NewSubmission, type StoredSubmission } from './store.js';

export type { DeliveryOptions } from './delivery.js';

export interface WriterData {
  role?: 'writer';
  dataDir: string;
  durability?: 'full' | 'normal';
  /** `elsewhere`: the delivery worker checkpoints the WAL, not this thread's commits. */
  checkpoints?: 'auto' | 'elsewhere';
}

export type WriterMessage = BatchRequest;

export interface BatchRequest {
  kind?: undefined;
  batch: number;
  rows: NewSubmission[];
}

export type BatchReply =
  | { batch: number; outcomes: { stored: StoredSubmission; created: boolean }[] }
  | { batch: number; error: { message: string; code?: string } };

if ((workerData as WriterData | DeliveryData).role === 'delivery') {
  const { runDeliveryWorker } = await import('./delivery.js');
  await runDeliveryWorker(workerData as DeliveryData, parentPort!);
} else runWriter(workerData as WriterData);

function runWriter({ dataDir, durability, checkpoints }: WriterData): void {
  const store = openStore(dataDir, { durability, checkpoints });
  const madeDirs = new Set<string>();

  parentPort!.on('message', (message: WriterMessage) => {
    const { batch, rows } = message;
    const written: string[] = [];
    let reply: BatchReply;
    try {
      const outcomes = store.insertBatch(rows, (stored, row) => {
        if (!row.sinks || row.sinks.includes('outbox'))
          writeOutboxFile(dataDir, row, stored, written, madeDirs);
      });
      reply = { batch, outcomes };
    } catch (e) {
      for (const file of written) rmSync(file, { force: true });
      const err = e as { message?: string; code?: string };
      reply = { batch, error: { message: String(err.message ?? e), code: err.code } };
    }
    parentPort!.postMessage(reply);
  });
}
