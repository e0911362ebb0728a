/**
 * The data hub lookup as a source of items: the request (`POST {endpoint}/lookups/{name}`) and
 * the label of a stored value, so a field and the review can say what a code means ("47.64.1 –
 * Einzelhandel mit Fahrrädern, …") while the answer stays the code.
 *
 * Imported by the lookup field (the on-demand part `komm-lookup.js`) and by the review (the
 * bundle): each carries its own copy of this code, so the labels live under a global symbol
 * (like `SHARED_LIT` in load-fields.ts) and one chosen in the field is known to the review.
 * After a reload only the value is left: its label is asked from the hub once, with the value as
 * the query, and is the item whose `value` is that value.
 */
import type { LookupOptions } from '../../engine/types.js';

export interface LookupItem {
  value: string;
  label: string;
  [property: string]: unknown;
}

/** The element's view a lookup needs: its hub (attribute or config), its municipality. */
export interface LookupHost {
  endpoint: string;
  fetchFn?: (url: string, init: RequestInit) => Promise<Response>;
  ready?: { config: { endpoint?: string; municipality: { ags: string } } };
  requestUpdate(): void;
}

const TIMEOUT_MS = 8000;

const isItem = (v: unknown): v is LookupItem =>
  !!v && typeof (v as LookupItem).value === 'string' && typeof (v as LookupItem).label === 'string';

/** Up to 20 items of the lookup for `q`; throws when the hub does not answer properly. */
export async function requestLookup(
  host: LookupHost,
  options: LookupOptions,
  q: string,
  params: Record<string, string>,
  signal?: AbortSignal,
): Promise<LookupItem[]> {
  const base = new URL(host.endpoint || host.ready?.config.endpoint || '', document.baseURI);
  const ctl = new AbortController();
  const abort = () => ctl.abort();
  signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, TIMEOUT_MS);
  try {
    const res = await (host.fetchFn ?? fetch)(
      `${base.href.replace(/\/$/, '')}/lookups/${encodeURIComponent(options.name)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          q,
          ags: host.ready?.config.municipality.ags,
          ...options.query,
          ...params,
        }),
        signal: ctl.signal,
      },
    );
    if (!res.ok) throw new Error(`lookup ${options.name}: HTTP ${res.status}`);
    const body = (await res.json()) as { items?: unknown };
    if (!Array.isArray(body.items)) throw new Error(`lookup ${options.name}: no items`);
    return body.items.filter(isItem).slice(0, 20);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** Label by lookup and value; `null`: asked, none (or the hub failed); a promise: being asked. */
type Labels = Map<string, string | null | Promise<void>>;
const LABELS = Symbol.for('komm-assistenten.lookup-labels');
const labels = (): Labels => ((globalThis as Record<symbol, Labels>)[LABELS] ??= new Map());
const key = (options: LookupOptions, value: string) => `${options.name}\n${value}`;

/**
 * Whether a field's value is an item's `value` whose label is worth showing: a suggest field
 * storing the value (a stored label says itself; a register number is typed).
 */
export const showsLabel = (options: LookupOptions | undefined): options is LookupOptions =>
  !!options && options.mode !== 'button' && options.store !== 'label';

/** Keeps the label of a chosen item. */
export function rememberLabel(options: LookupOptions, item: LookupItem): void {
  labels().set(key(options, item.value), item.label);
}

/**
 * The known label of `value`, else undefined; with `ask`, an unknown value is asked from the hub
 * once (the host repaints when a label arrives).
 */
export function labelOf(
  host: LookupHost,
  options: LookupOptions,
  value: string,
  ask: boolean,
): string | undefined {
  const map = labels();
  const k = key(options, value);
  const known = map.get(k);
  if (typeof known === 'string') return known;
  if (known !== undefined || !ask || !value.trim()) return undefined;
  map.set(
    k,
    requestLookup(host, options, value.trim(), {}).then(
      (items) => {
        const label = items.find((i) => i.value === value)?.label;
        map.set(k, label ?? null);
        if (label) host.requestUpdate();
      },
      () => void map.set(k, null),
    ),
  );
  return undefined;
}

/**
 * A label as shown: a dash that stands for a word part ("Fahrradteilen und -zubehör") stays with
 * its word (a word joiner), where browsers would break the line after it.
 */
export const shownLabel = (label: string): string => label.replace(/ -(?=\p{L})/gu, ' -\u2060');

/** `47.64.1` + `47.64.1 Einzelhandel …` -> `47.64.1 – Einzelhandel …` (a label without the value gets it too). */
export function withLabel(value: string, label: string | undefined): string {
  if (!label || label === value) return value;
  const rest = label.startsWith(`${value} `) ? label.slice(value.length + 1).trim() : label;
  return `${value} – ${shownLabel(rest)}`;
}
