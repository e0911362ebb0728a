/**
 * The HTTP client of transport v1: posts one envelope to `{endpoint}/submissions` with its id as
 * `Idempotency-Key`, retries transient failures with back-off, and turns every answer into a typed
 * outcome. It never throws: the element renders outcomes, not exceptions (STYLE.md Rule 12).
 */
import type { AssistantDefinition } from '../engine/types.js';
import { envelopeSchema, type Envelope } from './envelope-schema.js';
import type {
  ReceiptPayment,
  RetryInfo,
  SubmitOutcome,
  SubmitFailure,
  TransientReason,
} from './outcome.js';
import { parseProblem, problemIssues, problemKind, type Problem } from './problem.js';
import {
  DEFAULT_RETRY_POLICY,
  isTransientStatus,
  parseRetryAfter,
  retryDelay,
  sleep as realSleep,
  type Sleep,
} from './retry.js';

/** The slice of `fetch` the client uses; inject one in tests. */
export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/** Options of `submitEnvelope`. */
export interface SubmitOptions<P = unknown> {
  /** The assistant definition: maps the hub's validation errors to fields and steps. */
  def: AssistantDefinition<P>;
  /** Defaults to the global `fetch`. */
  fetchFn?: FetchFn;
  /** Aborts the current try and every later one; the outcome is then `aborted`. */
  signal?: AbortSignal;
  /** Per try, including reading the answer. Default 15 000 ms. */
  timeoutMs?: number;
  /** Tries in total. Default 5. */
  maxAttempts?: number;
  /** Waits between tries (inject to test without a clock). */
  sleep?: Sleep;
  /** Jitter source in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** Clock for `Retry-After` dates, in ms since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Called before each wait, e.g. to show "Wird erneut versucht …". */
  onRetry?: (info: RetryInfo) => void;
}

/** Default per-try timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

type Attempt =
  | { kind: 'response'; status: number; headers: Headers; body: unknown }
  | { kind: 'network' | 'timeout' | 'aborted' };

interface Transient {
  reason: TransientReason;
  status?: number;
  problem?: Problem;
  retryAfterMs?: number;
}

const parseJson = (text: string): unknown => {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
};

/**
 * One try. The fetch and the body read race an abort promise, so a hung connection (or a fetchFn
 * that ignores its signal) still ends at the timeout.
 */
async function attemptOnce(
  fetchFn: FetchFn,
  url: string,
  init: RequestInit,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<Attempt> {
  const ctrl = new AbortController();
  let timedOut = false;
  const forward = () => ctrl.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort(new DOMException('The submission timed out.', 'TimeoutError'));
  }, timeoutMs);
  const stopped = new Promise<never>((_, reject) => {
    ctrl.signal.addEventListener('abort', () => reject(ctrl.signal.reason), { once: true });
  });
  stopped.catch(() => undefined);
  try {
    const res = await Promise.race([fetchFn(url, { ...init, signal: ctrl.signal }), stopped]);
    const text = await Promise.race([res.text(), stopped]);
    return { kind: 'response', status: res.status, headers: res.headers, body: parseJson(text) };
  } catch {
    if (signal?.aborted) return { kind: 'aborted' };
    return { kind: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The receipt's payment, only when complete and its link is http(s) (never `javascript:`). */
function receiptPayment(v: unknown): ReceiptPayment | undefined {
  const p = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const url = str(p.url);
  const { amount } = p;
  if (!url || !/^https?:\/\//i.test(url) || typeof amount !== 'number' || !Number.isFinite(amount))
    return undefined;
  return { url, amount, currency: str(p.currency) ?? 'EUR', status: str(p.status) ?? 'open' };
}

/** A final outcome for an answer, or what to know about a transient one. */
function classify<P>(
  a: Extract<Attempt, { kind: 'response' }>,
  def: AssistantDefinition<P>,
  now: number,
): SubmitOutcome | Transient {
  const { status, headers, body } = a;
  const headerId = headers.get('x-request-id') ?? undefined;
  if (status >= 200 && status < 300) {
    const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const reference = str(b.reference);
    // A 2xx without a reference is no proof of storage: never show a confirmation for it.
    if (!reference)
      return {
        ok: false,
        kind: 'rejected',
        retryable: false,
        status,
        ...(headerId ? { requestId: headerId } : {}),
      };
    const assignmentCode = str(b.assignmentCode);
    const payment = receiptPayment(b.payment);
    return {
      ok: true,
      reference,
      receivedAt: str(b.receivedAt) ?? new Date(now).toISOString(),
      ...(assignmentCode ? { assignmentCode } : {}),
      ...(payment ? { payment } : {}),
      replayed: status === 200,
      status,
    };
  }
  const problem = parseProblem(body, headerId);
  const requestId = problem?.requestId ?? headerId;
  const withProblem = { ...(problem ? { problem } : {}), ...(requestId ? { requestId } : {}) };
  if (isTransientStatus(status)) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
    return {
      reason: 'status',
      status,
      ...(problem ? { problem } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  if (status === 413)
    return { ok: false, kind: 'too-large', retryable: false, status, ...withProblem };
  if (status === 422 && problem) {
    const kind = problemKind(problem);
    if (kind === 'idempotency-mismatch')
      return {
        ok: false,
        kind: 'idempotency-mismatch',
        retryable: false,
        status,
        problem,
        ...(requestId ? { requestId } : {}),
      };
    if (kind === 'validation' || problem.errors?.length)
      return {
        ok: false,
        kind: 'validation',
        retryable: false,
        status,
        issues: problemIssues(def, problem),
        problem,
        ...(requestId ? { requestId } : {}),
      };
  }
  return { ok: false, kind: 'rejected', retryable: false, status, ...withProblem };
}

const transientOutcome = (t: Transient, attempts: number): SubmitFailure => ({
  ok: false,
  kind: 'transient',
  retryable: true,
  reason: t.reason,
  attempts,
  ...(t.status !== undefined ? { status: t.status } : {}),
  ...(t.problem ? { problem: t.problem } : {}),
  ...(t.problem?.requestId ? { requestId: t.problem.requestId } : {}),
});

const toPointer = (path: readonly PropertyKey[]): string =>
  path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Transport validates, then sends (STYLE.md Rule 12): a broken envelope never reaches the hub. */
function checkEnvelope(envelope: Envelope): SubmitFailure | undefined {
  const r = envelopeSchema.safeParse(envelope);
  if (r.success) return undefined;
  const errors = r.error.issues.map((i) => ({ pointer: toPointer(i.path), code: i.code }));
  return { ok: false, kind: 'invalid', retryable: false, errors };
}

const ABORTED: SubmitFailure = Object.freeze({
  ok: false,
  kind: 'aborted',
  retryable: true,
}) as SubmitFailure;

/**
 * Posts `envelope` to `{endpoint}/submissions` (DESIGN.md transport contract v1) and resolves with
 * a typed outcome; never rejects. The same `Idempotency-Key` (the envelope id) and the same body go
 * out on every try, so the hub stores the application at most once however often it arrives.
 */
export async function submitEnvelope<P>(
  endpoint: string,
  envelope: Envelope,
  options: SubmitOptions<P>,
): Promise<SubmitOutcome> {
  const { def, signal, onRetry } = options;
  const fetchFn: FetchFn = options.fetchFn ?? ((url, init) => fetch(url, init));
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAttempts = Math.max(
    1,
    Math.floor(options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts),
  );
  const url = `${endpoint.replace(/\/+$/, '')}/submissions`;
  // A sealed envelope (encrypt.ts) carries its answers as ciphertext: the hub checks its metadata.
  const invalid = 'encrypted' in envelope ? undefined : checkEnvelope(envelope);
  if (invalid) return invalid;
  let body: string;
  try {
    body = JSON.stringify(envelope);
  } catch {
    // A cycle or a BigInt in the answers: no request can carry it.
    return {
      ok: false,
      kind: 'invalid',
      retryable: false,
      errors: [{ pointer: '/data', code: 'not_json' }],
    };
  }
  const init: RequestInit = {
    method: 'POST',
    mode: 'cors',
    credentials: 'omit',
    cache: 'no-store',
    // The page's whole address as Referer, also to a hub on another site (browsers send only the
    // origin there by default): the hub sends the citizen back to it after paying a fee when the
    // operator set no PAYMENT_RETURN_URL. Never over http from an https page.
    referrerPolicy: 'no-referrer-when-downgrade',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
    body,
  };

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) return ABORTED;
    const a = await attemptOnce(fetchFn, url, init, signal, timeoutMs);
    if (a.kind === 'aborted') return ABORTED;
    let transient: Transient;
    if (a.kind === 'response') {
      const verdict = classify(a, def, now());
      if ('ok' in verdict) return verdict;
      transient = verdict;
    } else {
      transient = { reason: a.kind };
    }
    if (attempt >= maxAttempts) return transientOutcome(transient, attempt);
    const delayMs = retryDelay(attempt - 1, transient.retryAfterMs, random);
    try {
      onRetry?.({
        attempt,
        maxAttempts,
        delayMs,
        reason: transient.reason,
        ...(transient.status !== undefined ? { status: transient.status } : {}),
        ...(transient.problem ? { problem: transient.problem } : {}),
      });
    } catch (err) {
      // A host's analytics hook must not cost the citizen the submission.
      console.error('komm-assistenten: onRetry threw', err);
    }
    try {
      await sleep(delayMs, signal);
    } catch {
      // An injected sleep that rejects is as good as one that returned.
    }
  }
}
