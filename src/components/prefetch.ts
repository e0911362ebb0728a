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

/**
 * The request, from a function of its own: never call `fetch` straight from this module's top
 * level. Chromium records the source position of the script line that calls `fetch` (no DevTools
 * needed), and V8 keeps no positions for a module's top level, so it parses the whole top level
 * again to find one. In a script-tag bundle the top level is the whole bundle: 12–14 ms of main
 * thread before step 1 showed (issue 5, first render). From this small function it is under 2 ms.
 * `test/prefetch-call.node.test.ts` checks the built bundles.
 */
const request = (url: string) => fetch(url, { credentials: 'omit' });

if (typeof document !== 'undefined')
  for (const el of document.querySelectorAll('[config-src]'))
    if (el.localName.startsWith('komm-'))
      try {
        const url = new URL(el.getAttribute('config-src')!, document.baseURI).href;
        if (!early.has(url)) {
          const response = request(url);
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
