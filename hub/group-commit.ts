/**
 * Group commit. Accepted submissions are not committed one by one: `submit` queues the row, and
 * the queue goes to the writer thread (writer.ts) as one batch, committed in one transaction
 * with one fsync. While the writer commits a batch, the next one forms from the requests that
 * arrive meanwhile, so under load a batch holds what arrived during one commit and when idle a
 * lone submission is sent on the next turn of the event loop (no waiting window).
 *
 * `submit` resolves only after the batch holding the row has committed, so a 201 is never sent
 * for a row that is not on disk. When a batch fails, every submission in it is rejected and none
 * of its rows or outbox files is kept.
 *
 * The queue also runs the delivery worker (delivery.ts), a second thread: after each committed
 * batch it is told so (deliveries wait while requests keep coming), and `kick()` / `setSinks()`
 * reach it.
 */
import { Worker } from 'node:worker_threads';
import type { BatchOutcome, NewSubmission } from './store.js';
import type { MunicipalityConfig } from '../src/engine/config.js';
import type { DeliveryData, DeliveryMessage, DeliveryOptions, DeliveryReply } from './delivery.js';
import type { SinkConfig } from './flows.js';
import type { BatchReply, BatchRequest, WriterData } from './writer.js';

/** A batch failed in the writer; nothing of it was stored. */
export class CommitError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'CommitError';
  }
}

/** Batches without deliveries are told to the delivery worker at most this often (ms). */
const NOTICE_MS = 10;

interface Pending {
  row: NewSubmission;
  resolve: (outcome: BatchOutcome) => void;
  reject: (error: Error) => void;
}

export interface CommitQueueOptions {
  dataDir: string;
  /** See `StoreOptions.durability`. Default `full`. */
  durability?: 'full' | 'normal';
  /** Most rows per transaction. Default 256. */
  maxBatch?: number;
  /** Called after each committed batch with its number of rows. */
  onBatch?: (rows: number) => void;
  /** The configured sinks (flows.ts) the delivery worker delivers to. */
  sinks?: Record<string, SinkConfig>;
  delivery?: DeliveryOptions;
  /** The municipalities' public configs (office address, texts, parameters for the PDF). */
  configs?: readonly MunicipalityConfig[];
  /** `false`: no delivery worker thread (pending deliveries wait; the store contract tests). */
  deliveryWorker?: boolean;
}

/**
 * The writer thread (or, with `role: 'delivery'`, the delivery worker): the built writer.js next
 * to the bundle, or writer.ts through tsx.
 */
function startWriter(workerData: WriterData | DeliveryData): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./writer.js', import.meta.url), { workerData });
  // Running from source (tests, tsx): Node 20 does not pass tsx's loader on to a worker.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./writer.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

export class CommitQueue {
  readonly #writerData: WriterData;
  readonly #deliveryData: DeliveryData;
  readonly #maxBatch: number;
  readonly #onBatch?: (rows: number) => void;
  #worker: Worker | undefined;
  #delivery: Worker | undefined;
  #queue: Pending[] = [];
  #inFlight: { batch: number; items: Pending[] } | undefined;
  #scheduled = false;
  #batches = 0;
  #closed = false;
  readonly #deliveryOff: boolean;
  #idle: (() => void) | undefined;
  #noticeAt = -Infinity;

  constructor(options: CommitQueueOptions) {
    this.#deliveryOff = options.deliveryWorker === false;
    this.#writerData = {
      dataDir: options.dataDir,
      durability: options.durability,
      // The delivery worker checkpoints the WAL, so that no commit (and no 201) waits for one.
      checkpoints: this.#deliveryOff ? 'auto' : 'elsewhere',
    };
    this.#deliveryData = {
      role: 'delivery',
      dataDir: options.dataDir,
      durability: options.durability,
      sinks: options.sinks ?? {},
      delivery: options.delivery,
      configs: options.configs ?? [],
    };
    this.#maxBatch = options.maxBatch ?? 256;
    this.#onBatch = options.onBatch;
    this.#worker = this.#start(); // now, so that the first submission does not wait for it
    if (!this.#deliveryOff) this.#delivery = this.#startDelivery();
  }

  /** Resolves once the row's batch has committed (or found the id already stored). */
  submit(row: NewSubmission): Promise<BatchOutcome> {
    if (this.#closed) return Promise.reject(new CommitError('the hub is closing'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ row, resolve, reject });
      if (!this.#inFlight && !this.#scheduled) {
        this.#scheduled = true;
        // Collect what the current turn of the event loop still accepts, then send.
        setImmediate(() => {
          this.#scheduled = false;
          this.#flush();
        });
      }
    });
  }

  /** New sink definitions (a reload of the flows file) for the delivery worker. */
  setSinks(sinks: Record<string, SinkConfig>): void {
    this.#deliveryData.sinks = sinks;
    this.#post({ kind: 'sinks', sinks });
  }

  /** Tells the delivery worker to look for due deliveries now (after an admin retry). */
  kick(): void {
    this.#post({ kind: 'kick' });
  }

  #post(message: DeliveryMessage): void {
    if (this.#closed || this.#deliveryOff) return;
    this.#delivery ??= this.#startDelivery();
    this.#delivery.postMessage(message);
  }

  /**
   * Waits for queued and running batches, then stops the writer; the delivery worker finishes
   * the deliveries in flight (at most `deliveryMs`) and records them first.
   */
  async close(deliveryMs = 3000): Promise<void> {
    this.#closed = true;
    while (this.#inFlight || this.#queue.length) {
      await new Promise<void>((r) => (this.#idle = r));
    }
    const worker = this.#worker;
    this.#worker = undefined;
    const delivery = this.#delivery;
    this.#delivery = undefined;
    await Promise.all([worker?.terminate(), delivery && this.#stopDelivery(delivery, deliveryMs)]);
  }

  async #stopDelivery(delivery: Worker, ms: number): Promise<void> {
    const stopped = new Promise<void>((resolve) => {
      const done = () => resolve();
      delivery.on('message', (m: DeliveryReply) => m.kind === 'stopped' && done());
      delivery.once('exit', done);
      setTimeout(done, ms + 2000).unref();
    });
    delivery.postMessage({ kind: 'stop', ms } satisfies DeliveryMessage);
    await stopped;
    await delivery.terminate();
  }

  #startDelivery(): Worker {
    const worker = startWriter(this.#deliveryData);
    worker.unref();
    worker.on('error', (e) => console.error('hub: delivery worker failed:', e));
    worker.on('exit', () => {
      // It should not die; if it does, the next notice starts a new one (pending rows wait).
      if (this.#delivery === worker) this.#delivery = undefined;
    });
    return worker;
  }

  #start(): Worker {
    const worker = startWriter(this.#writerData);
    worker.unref(); // open sockets keep the process alive, not an idle writer
    worker.on('message', (reply: BatchReply) => this.#settle(reply));
    worker.on('error', (e) => this.#lost(worker, e));
    worker.on('exit', (code) => this.#lost(worker, new Error(`writer exited with ${code}`)));
    return worker;
  }

  #flush(): void {
    if (this.#inFlight || this.#queue.length === 0) return;
    const items = this.#queue.splice(0, this.#maxBatch);
    const batch = ++this.#batches;
    this.#inFlight = { batch, items };
    this.#worker ??= this.#start();
    const request: BatchRequest = { batch, rows: items.map((i) => i.row) };
    this.#worker.postMessage(request);
  }

  #settle(reply: BatchReply): void {
    const running = this.#inFlight;
    if (!running || running.batch !== reply.batch) return;
    this.#inFlight = undefined;
    if ('error' in reply) {
      const error = new CommitError(reply.error.message, reply.error.code);
      for (const item of running.items) item.reject(error);
    } else {
      running.items.forEach((item, i) => item.resolve(reply.outcomes[i] as BatchOutcome));
      this.#onBatch?.(running.items.length);
      // The delivery worker learns of every batch with deliveries for it; of the others (under
      // load, one every few ms) once per NOTICE_MS, enough for it to know requests keep coming
      // and to checkpoint, without waking its thread for each.
      const pending = running.items.some((i) => i.row.sinks?.some((s) => s !== 'outbox'));
      const now = performance.now();
      if (pending || now - this.#noticeAt >= NOTICE_MS) {
        this.#noticeAt = now;
        this.#post({ kind: 'batch', pending });
      }
    }
    this.#next();
  }

  /** The writer died (it should not): its batch fails, the next batch starts a new writer. */
  #lost(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    const running = this.#inFlight;
    this.#inFlight = undefined;
    if (running) {
      const failed = new CommitError(`writer failed: ${error.message}`);
      for (const item of running.items) item.reject(failed);
    }
    this.#next();
  }

  #next(): void {
    // What queued during the commit is the next batch: send it right away.
    if (this.#queue.length) this.#flush();
    else if (this.#idle) {
      const idle = this.#idle;
      this.#idle = undefined;
      idle();
    }
  }
}
