/**
 * `import()` of a part beside a script-tag bundle (`komm-lookup.js`, `komm-offline.js`,
 * `komm-send.js` …; the build's split plugins in vite.config.ts call this), tried again under a
 * new address after a failure. A browser may keep a failed module fetch in its module map:
 * Chromium 150 does, as the HTML standard said until 2024, and so may others. Importing the same
 * address again then fails at once without asking the network, and an "Erneut versuchen" button
 * could never work. The first try uses the plain address (cacheable, as the manifest lists it);
 * the n-th retry adds `?retry=n`.
 */
const failures = new Map<string, number>();

export function importPart(href: string): Promise<unknown> {
  const n = failures.get(href) ?? 0;
  const url = n ? `${href}${href.includes('?') ? '&' : '?'}retry=${n}` : href;
  return import(/* @vite-ignore */ url).catch((e: unknown) => {
    failures.set(href, n + 1);
    throw e;
  });
}
