/**
 * Problem details (RFC 9457, `application/problem+json`) from the data hub, and their mapping back
 * onto the assistant's fields. Parsing is lenient: a problem with a malformed `errors` list still
 * yields its `requestId`, which the citizen quotes as "Fehlernummer".
 */
import { normalizePath } from '../engine/paths.js';
import type { AssistantDefinition, Issue } from '../engine/types.js';
import { stepOfKey } from '../engine/walk.js';
import { pointerToPath } from './pointer.js';

export { pointerToPath, pathToPointer } from './pointer.js';

/** One entry of a validation problem's `errors`. */
export interface ProblemError {
  /** JSON Pointer into the envelope, e.g. `/data/hunde/0/breed`. */
  pointer: string;
  /**
   * The hub's explanation, in the envelope's language. Citizens see our own text for a `code` we
   * know, and this one (as text) for a code we have no text for (see `issueText`).
   */
  detail?: string;
  /** Issue code, the same vocabulary as the engine's (`required`, `invalid_iban` …). */
  code?: string;
}

/** A problem+json body as far as the transport understands it. */
export interface Problem {
  /** Problem type URI; its last segment names the kind (`validation`, `idempotency-mismatch`). */
  type: string;
  title?: string;
  status?: number;
  detail?: string;
  /** The hub's id of this request, shown to the citizen as "Fehlernummer". */
  requestId?: string;
  errors?: ProblemError[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function parseErrors(v: unknown): ProblemError[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: ProblemError[] = [];
  for (const e of v) {
    if (!e || typeof e !== 'object') continue;
    const r = e as Record<string, unknown>;
    const pointer = typeof r.pointer === 'string' ? r.pointer : undefined;
    if (pointer === undefined) continue;
    const detail = str(r.detail);
    const code = str(r.code);
    out.push({ pointer, ...(detail ? { detail } : {}), ...(code ? { code } : {}) });
  }
  return out;
}

/**
 * Reads a problem from a parsed JSON body. `undefined` when the body is not an object (an HTML
 * error page of a proxy, say). `fallbackRequestId` (e.g. an `X-Request-Id` header) fills in a
 * missing `requestId`.
 */
export function parseProblem(body: unknown, fallbackRequestId?: string): Problem | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const problem: Problem = { type: str(b.type) ?? 'about:blank' };
  const title = str(b.title);
  const detail = str(b.detail);
  const requestId = str(b.requestId) ?? fallbackRequestId;
  const errors = parseErrors(b.errors);
  if (title) problem.title = title;
  if (typeof b.status === 'number' && Number.isInteger(b.status)) problem.status = b.status;
  if (detail) problem.detail = detail;
  if (requestId) problem.requestId = requestId;
  if (errors) problem.errors = errors;
  return problem;
}

/** The kind a problem type names: the last segment of its URI (`…/validation` -> `validation`). */
export const problemKind = (problem: Problem | undefined): string | undefined =>
  problem ? /([^/#:]+)\/?$/.exec(problem.type)?.[1] : undefined;

/**
 * The problem's `errors` as engine issues, in the hub's order: concrete `path`, normalised `key`,
 * the `step` that shows the field (`''` when no step does), severity `error`, the hub's `code`
 * (`invalid` when it gave none) and its `detail` in `params`. Errors outside `/data` (envelope
 * metadata) are no field's business and stay in `problem.errors` only.
 */
export function problemIssues<P>(
  def: AssistantDefinition<P>,
  problem: Problem | undefined,
): Issue[] {
  const issues: Issue[] = [];
  for (const e of problem?.errors ?? []) {
    const path = pointerToPath(e.pointer);
    if (!path) continue;
    const key = normalizePath(path);
    issues.push({
      path,
      key,
      code: e.code ?? 'invalid',
      severity: 'error',
      step: stepOfKey(def, key) ?? '',
      ...(e.detail ? { params: { detail: e.detail } } : {}),
    });
  }
  return issues;
}
