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

export const bodyHash = (body: unknown): string =>
  createHash('sha256').update(canonicalJson(body)).digest('hex');

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
