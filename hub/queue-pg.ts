/**
 * Deliveries on PostgreSQL with pg-boss (12.x): one job per pending delivery row, added in the
 * same transaction as the row (store-pg.ts `onDeliveries`), so a committed application always has
 * its jobs. Every hub instance works the queue; pg-boss fetches with `FOR UPDATE SKIP LOCKED`, so
 * a job runs on one instance at a time.
 *
 * A job delivers its row (delivery.ts `createDeliverer`, the same sink code as the SQLite worker)
 * and records the outcome on the row: `delivered`; or failed with `attempts + 1` and the error,
 * then the job throws and pg-boss retries it after its back-off (`retryDelay` doubling with
 * jitter, capped); or `dead` at once after `maxAttempts` or when retrying cannot help (the job
 * then completes). A job that pg-boss gives up on anyway (retries used up, expired after a crash)
 * lands in the dead-letter queue, whose worker marks its row `dead` with the last error kept.
 *
 * pg-boss pitfalls (../shared/TOOLCHAIN-hub-deps.md): the dead-letter queue is created first;
 * `boss.on('error')` is required; the default poll (2 s, one job per fetch) is far too slow, so
 * LISTEN/NOTIFY wakes the workers at once and they poll every 0.5 s as a backstop.
 */
import { PgBoss } from 'pg-boss';
import type { MunicipalityConfig } from '../src/engine/config.js';
import { createDeliverer, type DeliveryOptions } from './delivery.js';
import type { SinkConfig } from './flows.js';
import type { DeliveryQueue } from './queue.js';
import type { PgHubStore } from './store-pg.js';

export const DELIVERY_QUEUE = 'hub-deliveries';
export const DEAD_LETTER_QUEUE = 'hub-deliveries-dead';

export interface PgQueueOptions {
  url: string;
  store: PgHubStore;
  dataDir: string;
  sinks: Record<string, SinkConfig>;
  configs: readonly MunicipalityConfig[];
  delivery?: DeliveryOptions;
  /** Where pg-boss errors go (a lost connection during a database restart). */
  onError?: (error: Error) => void;
}

interface JobData {
  deliveryId: number;
}

export class PgDeliveryQueue implements DeliveryQueue {
  readonly boss: PgBoss;
  readonly #options: PgQueueOptions;
  readonly #deliverer;
  readonly #retry: { baseMs: number; capMs: number; maxAttempts: number };
  #started: Promise<void> | undefined;

  constructor(options: PgQueueOptions) {
    this.#options = options;
    const d = options.delivery ?? {};
    this.#retry = {
      baseMs: d.baseMs ?? 1000,
      capMs: d.capMs ?? 10 * 60 * 1000,
      maxAttempts: d.maxAttempts ?? 12,
    };
    this.#deliverer = createDeliverer(options);
    this.boss = new PgBoss({
      connectionString: options.url,
      max: 4,
      useListenNotify: true,
      application_name: 'komm-hub-queue',
    });
    const onError =
      options.onError ?? ((e: Error) => console.error('hub: delivery queue:', e.message));
    this.boss.on('error', onError);
  }

  /** Starts pg-boss (its schema on the first start), the queues and this instance's workers. */
  start(): Promise<void> {
    return (this.#started ??= this.#start());
  }

  async #start(): Promise<void> {
    const { boss } = this;
    const { baseMs, capMs, maxAttempts } = this.#retry;
    await boss.start();
    await boss.createQueue(DEAD_LETTER_QUEUE);
    // The retry settings go with every job too: pg-boss keeps a queue's settings from its first
    // creation (createQueue does nothing when it exists), so a later HUB_DELIVERY_MAX_ATTEMPTS or
    // back-off would otherwise not apply and pg-boss would give up at the old limit.
    const retry = {
      retryLimit: maxAttempts - 1,
      retryDelay: Math.max(1, Math.round(baseMs / 1000)),
      retryBackoff: true,
      retryDelayMax: Math.max(1, Math.round(capMs / 1000)),
      deadLetter: DEAD_LETTER_QUEUE,
    };
    await boss.createQueue(DELIVERY_QUEUE, { ...retry, notify: true });
    this.#options.store.onDeliveries = async (db, ids) => {
      await boss.insert(
        DELIVERY_QUEUE,
        ids.map((deliveryId) => ({ data: { deliveryId } satisfies JobData, ...retry })),
        { db },
      );
    };
    const concurrency = Math.max(1, this.#options.delivery?.concurrency ?? 4);
    await boss.work<JobData>(
      DELIVERY_QUEUE,
      {
        batchSize: 1,
        localConcurrency: concurrency,
        pollingIntervalSeconds: 0.5,
        // NOTIFY announces new jobs, not retries that come due: keep polling at 0.5 s anyway.
        notifyPollingIntervalSeconds: 0.5,
      },
      async ([job]) => this.#run(job!.data.deliveryId),
    );
    await boss.work<JobData>(
      DEAD_LETTER_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 0.5 },
      async ([job]) => this.#dead(job!.data.deliveryId),
    );
  }

  async #run(id: number): Promise<void> {
    const { store } = this.#options;
    const d = await store.pendingDelivery(id);
    if (!d) return; // delivered, dead or erased meanwhile: nothing to do
    const result = await this.#deliverer.attempt(d, this.#retry, Date.now);
    await store.recordAttempts([result], new Date());
    // Failed but not dead: pg-boss retries the job after its back-off.
    if (!result.ok && result.retryAt !== null) throw new Error(result.error);
  }

  /**
   * pg-boss gave up on the job before the row did (its retries counted attempts that were never
   * recorded: an instance that died mid-delivery, a database error while recording, a queue
   * created with a lower HUB_DELIVERY_MAX_ATTEMPTS): the row is dead, its last error kept and the
   * reason added, no attempt counted. Visible to the operator (`/admin/deliveries?status=dead`,
   * the console) and held by the retention purge until it is retried or erased.
   */
  async #dead(id: number): Promise<void> {
    await this.#options.store.giveUp(id, new Date());
  }

  kick(): void {
    // A retried row got its job in the retry's transaction (store-pg.ts); NOTIFY wakes a worker.
  }

  setSinks(sinks: Record<string, SinkConfig>): void {
    this.#deliverer.setSinks(sinks);
  }

  async close(ms = 3000): Promise<void> {
    this.#options.store.onDeliveries = undefined;
    if (this.#started) {
      await this.#started.catch(() => {});
      await this.boss.stop({ graceful: true, timeout: ms });
    }
    this.#deliverer.close();
  }
}
