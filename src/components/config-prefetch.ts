/**
 * Starts fetching the configs that `komm-*` elements already in the page name in `config-src`,
 * as the first thing a bundle does (issue 5, "first render"): the request then runs while the
 * rest of the bundle is evaluated (tens of milliseconds on a phone) instead of after it.
 * `loadConfig` takes such a response once, for the first element that asks for that URL; every
 * other load fetches as before. Bundles on one page share the requests (one map per page).
 */

type Early = Map<string, Promise<Response>>;

const KEY = Symbol.for('komm-assistenten.config-prefetch');

const early = (): Early | undefined => (globalThis as { [KEY]?: Early })[KEY];

/** The prefetched response for this absolute URL, once; undefined when there is none. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const map = early();
  const response = map?.get(url);
  map?.delete(url);
  return response;
}

function prefetch() {
  if (typeof document === 'undefined' || typeof fetch !== 'function') return;
  const g = globalThis as { [KEY]?: Early };
  const map = (g[KEY] ??= new Map());
  for (const el of document.querySelectorAll('[config-src]')) {
    // Only elements that no earlier bundle has upgraded yet: those will load their config soon.
    if (!el.localName.startsWith('komm-') || customElements.get(el.localName)) continue;
    const src = el.getAttribute('config-src');
    if (!src) continue;
    const url = new URL(src, document.baseURI).href;
    if (map.has(url)) continue;
    const response = fetch(url, { credentials: 'omit' });
    response.catch(() => {}); // reported by the load that takes it
    map.set(url, response);
  }
}

try {
  prefetch();
} catch {
  // A head start only: the element fetches its config itself.
}
