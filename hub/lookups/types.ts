/**
 * What every lookup is (DESIGN.md: `POST {endpoint}/lookups/{name}` with `{ q, ags }` answers
 * `{ items: [{ value, label, … }] }`). A lookup is built once when the hub starts (indexes in
 * memory) and answers from there.
 */
import type { z } from 'zod';

/** One answer item: `value` is what a field stores, `label` what a person reads; more as needed. */
export interface LookupItem {
  value: string;
  label: string;
  [property: string]: unknown;
}

/** The request body every lookup accepts; a lookup may declare further members (`params`). */
export interface LookupQuery {
  q: string;
  ags?: string;
  [member: string]: unknown;
}

export interface Lookup {
  name: string;
  /** Further body members this lookup needs (validated; 400 when wrong). */
  params?: z.ZodType<Record<string, unknown>>;
  /** At most `LOOKUP_LIMIT` items, best first. */
  search(query: LookupQuery): LookupItem[] | Promise<LookupItem[]>;
}

/** Most items one answer carries. */
export const LOOKUP_LIMIT = 20;
