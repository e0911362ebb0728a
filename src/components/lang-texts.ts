/**
 * English texts in a file of their own beside the script-tag bundle (issue 5, "Size").
 *
 * A German page loads one file. For `dist/cdn/<name>.js` the build (`vite.config.ts`, plugin
 * `komm-lang-split`) replaces every English text table (`en` of `src/components/messages.ts` and
 * of each `src/assistants/<id>/<id>.messages.ts`) with an empty table made by `lazyTexts(key)`
 * and writes the tables themselves to `<name>.en.js` (`export default { [key]: Messages }`).
 * When an element first needs English, `loadTexts()` imports that sibling file (its URL is this
 * bundle's own, `.js` -> `.en.js`, so it works under `default-src 'self'` and survives renaming
 * the pair) and fills the tables; until then, and for good if the file is missing (one console
 * warning), German is shown.
 *
 * In the library build (`dist/esm`) and in tests the English tables are ordinary data:
 * `lazyTexts` is never called and English is always ready.
 */
import type { Lang, Messages } from '../engine/types.js';

/** A text table nested by key segment, as the build writes it (`nestedSource` in vite.config.ts). */
export interface NestedTexts {
  [segment: string]: string | NestedTexts;
}

/** `{steps:{hunde:{title:t}}}` -> `{ 'steps.hunde.title': t }`; `""` is the text of the prefix itself. */
export function flatTexts(nested: NestedTexts, prefix = '', out: Messages = {}): Messages {
  // for…in, not Object.entries: no array per object (this runs for every German text at start).
  for (const segment in nested) {
    const v = nested[segment]!;
    const key = segment && prefix ? `${prefix}.${segment}` : segment || prefix;
    if (typeof v === 'string') out[key] = v;
    else flatTexts(v, key, out);
  }
  return out;
}

/** Build-generated: the German table `key`, written elsewhere in the bundle (one object per key). */
const german = new Map<string, Messages>();
export function germanTexts(key: string): Messages {
  if (!german.has(key)) german.set(key, {});
  return german.get(key)!;
}

const tables = new Map<string, Messages>();
let state: 'ready' | 'idle' | 'loading' | 'failed' = 'ready';
let loading: Promise<void> | undefined;

/** Build-generated stand-in for an English text table; filled by `loadTexts()`. */
export function lazyTexts(key: string): Messages {
  const table: Messages = {};
  tables.set(key, table);
  state = 'idle';
  return table;
}

/** The language that can be shown now for the wanted one: German until English has loaded. */
export const shownLang = (wanted: Lang): Lang => (state === 'ready' ? wanted : 'de');

/** Whether asking for `wanted` should start (or wait for) loading the English file. */
export const needsLoading = (wanted: Lang): boolean =>
  wanted !== 'de' && (state === 'idle' || state === 'loading');

/** `…/hundesteuer.js?v=2` -> `…/hundesteuer.en.js?v=2`. */
export function siblingUrl(bundleUrl: string, lang: Lang): string {
  const url = new URL(bundleUrl);
  url.pathname = url.pathname.replace(/(\.m?js)?$/, `.${lang}.js`);
  return url.href;
}

/** Loads the English file once (shared by every element of this bundle); never rejects. */
export function loadTexts(): Promise<void> {
  loading ??= (async () => {
    state = 'loading';
    const url = siblingUrl(import.meta.url, 'en');
    try {
      const mod = (await import(/* @vite-ignore */ url)) as {
        default?: Record<string, NestedTexts>;
      };
      for (const [key, table] of tables) Object.assign(table, flatTexts(mod.default?.[key] ?? {}));
      state = 'ready';
    } catch (e) {
      state = 'failed';
      console.warn(`komm-assistenten: English texts (${url}) not loaded; showing German.`, e);
    }
  })();
  return loading;
}
