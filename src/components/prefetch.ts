/**
 * Starts fetching the configs of the `<komm-*>` elements already in the page the moment the
 * bundle starts to run, so the request overlaps the evaluation of everything else (lit, zod, the
 * engine, the texts) instead of starting only when the element upgrades (issue 5, first render;
 * on a real network this saves one round trip). Every `define.ts` imports this module first, and
 * it imports nothing, so it runs before any other module of the bundle.
 *
 * `loadConfig` takes a response from here once (a second element with the same `config-src`, or
 * a reload of the config, fetches again) and falls back to its own fetch. The request is the
 * same as `loadConfig`'s (`credentials: 'omit'`).
 */
const early = new Map<string, Promise<Response>>();

if (typeof document !== 'undefined')
  for (const el of document.querySelectorAll('[config-src]'))
    if (el.localName.startsWith('komm-'))
      try {
        const url = new URL(el.getAttribute('config-src')!, document.baseURI).href;
        if (!early.has(url)) {
          const response = fetch(url, { credentials: 'omit' });
          response.catch(() => {}); // reported by loadConfig when it takes it, never unhandled
          early.set(url, response);
        }
      } catch {
        // Not a URL: loadConfig says so.
      }

/** The early response for `url` (absolute), once; `undefined` when there is none. */
export function takeEarlyConfig(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}
