/**
 * Vitest setup of the stories run (vitest.config.ts): a story fails when a second copy of Lit was
 * loaded. Two copies break `instanceof` checks and directives across them and double the bytes;
 * in Storybook it happened on every story: Storybook's renderer imports `lit/directive-helpers.js`,
 * which Vite served unbundled with its own lit-html beside the pre-bundled one (fixed by
 * `optimizeDeps.include` in .storybook/main.ts).
 *
 * Two signs are checked: Lit's own warning "Multiple versions of Lit loaded" (dev builds), and
 * the version list every loaded copy of lit-html appends to (`globalThis.litHtmlVersions`, also in
 * production builds), read after each story.
 */
import { afterEach, expect } from 'vitest';

// Lit's "dev mode" notice off, as in Storybook (previewHead in main.ts); this file runs first.
((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set()).add(
  'dev-mode',
);

const warnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('Multiple versions of Lit loaded')) warnings.push(text);
  warn(...args);
};

type Versions = { litHtmlVersions?: string[]; reactiveElementVersions?: string[] };

afterEach(() => {
  const g = globalThis as Versions;
  // What was fetched of Lit, to tell the copies apart when this fails.
  const loaded = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => /lit|reactive-element/.test(url))
    .join('\n');
  const copies = `loaded Lit modules:\n${loaded}`;
  expect(warnings, `Lit warned that it was loaded more than once; ${copies}`).toEqual([]);
  expect(g.litHtmlVersions ?? [], `lit-html loaded more than once; ${copies}`).toHaveLength(1);
  expect(g.reactiveElementVersions ?? [], `reactive-element loaded twice; ${copies}`).toHaveLength(
    1,
  );
});
