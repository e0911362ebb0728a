/**
 * The contract between `bench/run.ts` and its parts (`bench/engine.ts`, `bench/hub.ts`,
 * `bench/browser.ts`). Each part exports `bench(ctx)` and returns rows for the printed table
 * plus whatever raw figures it wants kept in `bench/results/latest.json`.
 */
export interface BenchRow {
  /** What was measured, e.g. `engine: validateAll hundesteuer (3 dogs)`. */
  figure: string;
  /** The measured value as shown, e.g. `212 µs` or `2,140 /s`. */
  value: string;
  /** The bar from the issue, e.g. `≤ 300 µs`; empty when it is a figure without a bar. */
  goal?: string;
  /** Whether the goal holds; undefined when there is no goal. */
  ok?: boolean;
}

export interface BenchResult {
  rows: BenchRow[];
  /** Raw numbers (medians, percentiles, counts) written to latest.json. */
  details: Record<string, unknown>;
}

export interface BenchContext {
  /** Repository root (absolute, with a trailing slash). */
  root: string;
  /** Shorter runs for a smoke check (`npm run bench -- --quick`). */
  quick: boolean;
  log: (line: string) => void;
}

export type BenchPart = (ctx: BenchContext) => Promise<BenchResult>;
