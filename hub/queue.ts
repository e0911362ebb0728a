/**
 * Deliveries behind one interface, two implementations:
 * - SQLite: the in-process delivery worker thread (delivery.ts), run by the group commit
 *   (`CommitQueue` in group-commit.ts is the queue); one hub process per DATA_DIR delivers.
 * - PostgreSQL: pg-boss (queue-pg.ts), jobs in the same database, taken with `SKIP LOCKED`: any
 *   instance may deliver, none the same delivery twice at the same time.
 * Either way the delivery rows (`pending | delivered | dead`, attempts, last error) are what the
 * operator API and console read. queue-contract.node.test.ts runs the same cases on both.
 */
import type { SinkConfig } from './flows.js';

export interface DeliveryQueue {
  /** Look for due deliveries now (after an operator's retry). */
  kick(): void;
  /** New sink definitions (a reload of the flows file). */
  setSinks(sinks: Record<string, SinkConfig>): void;
  /** Finishes the deliveries in flight (at most `ms`), then stops. */
  close(ms?: number): Promise<void>;
}
