/**
 * Idempotency (IETF draft "The Idempotency-Key HTTP Header Field"): the envelope id is the key.
 * A retry with the same key and the same body gets the first answer again; the same key with a
 * different body is refused; a retry while the first request is still running gets 409.
 * "Same body" means the same canonical JSON (keys sorted, no whitespace), so a client that
 * re-serialises the envelope with another key order is still recognised.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level. Input must be plain parsed JSON. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Thrown by `sortedCopy` for keys whose order a JS object would not keep as sorted. */
const UNSORTABLE = Symbol('unsortable');

/**
 * The value with every object's keys inserted in sorted order, so that one native
 * `JSON.stringify` yields `canonicalJson` (about a third faster than building it piece by piece).
 * Objects keep integer-like keys first whatever the insertion order, and `__proto__` cannot be
 * inserted as a plain key: for keys starting with a digit, and for `__proto__`, it gives up.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sortedCopy(value[i]);
    return out;
  }
  const keys = Object.keys(value).sort();
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') throw UNSORTABLE;
    out[key] = sortedCopy((value as Record<string, unknown>)[key]);
  }
  return out;
}

/** `canonicalJson`, by the faster route where it gives the same text. */
function canonicalText(body: unknown): string {
  try {
    return JSON.stringify(sortedCopy(body));
  } catch (e) {
    if (e === UNSORTABLE) return canonicalJson(body);
    throw e;
  }
}

export const bodyHash = (body: unknown): string =>
  createHash('sha256').update(canonicalText(body)).digest('hex');

/** Keys whose first request has not been answered yet (this process only). */
export class InFlight {
  readonly #keys = new Set<string>();

  /** Claims the key; false when another request already holds it. */
  claim(key: string): boolean {
    if (this.#keys.has(key)) return false;
    this.#keys.add(key);
    return true;
  }

  release(key: string): void {
    this.#keys.delete(key);
  }
}

/**
 * The body hash of a stored application: its `body_hash` column, or, where that is '' (the SQLite
 * store leaves it to be worked out when needed, hub/store.ts), the hash of its stored envelope.
 */
export const storedBodyHash = (column: string, envelope: string | null | undefined): string =>
  column || (envelope ? bodyHash(JSON.parse(envelope)) : '');
