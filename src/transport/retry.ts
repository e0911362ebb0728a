/**
 * When to try again and how long to wait: full-jitter exponential back-off (AWS Architecture
 * Blog, "Exponential Backoff and Jitter"), overridden by the hub's `Retry-After`.
 */

/** How often and how patiently a submission is retried. */
export interface RetryPolicy {
  /** Tries in total, the first one included. */
  maxAttempts: number;
  /** Upper bound of the first back-off, in ms; it doubles per retry. */
  baseMs: number;
  /** No wait is longer than this, in ms (`Retry-After` included). */
  capMs: number;
}

/** DESIGN.md transport v1: 5 tries, 20 s cap. */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxAttempts: 5,
  baseMs: 500,
  capMs: 20_000,
});

/**
 * Statuses worth another try: 408 timeout, 409 the first request with this Idempotency-Key is
 * still in flight, 425 too early, 429 rate limit, 500/502/503/504 server or gateway trouble.
 */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([
  408, 409, 425, 429, 500, 502, 503, 504,
]);

/** Whether an HTTP status is transient (network errors and timeouts are, too). */
export const isTransientStatus = (status: number): boolean => TRANSIENT_STATUSES.has(status);

/**
 * Full-jitter back-off before retry number `retryIndex` (0 = the wait after the first try):
 * `random() * min(cap, base * 2 ** retryIndex)`.
 */
export function backoffDelay(
  retryIndex: number,
  random: () => number = Math.random,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, retryIndex));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * The wait a `Retry-After` header asks for, in ms: delta-seconds (`"120"`) or an HTTP-date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`). A date in the past means 0. `undefined` when the header is
 * missing or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // Only something that looks like a date: Date.parse('12.5') would happily return a year.
  if (!/[A-Za-z]/.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before retry `retryIndex`: the hub's `Retry-After` if given, else jittered back-off; never over the cap. */
export function retryDelay(
  retryIndex: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.capMs);
  return backoffDelay(retryIndex, random, policy);
}

/** Waits `ms`; resolves early (never rejects) when `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The real clock. */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
