/**
 * Issue 5, first render: no built script-tag bundle calls `fetch` from its top level. Chromium
 * records where a `fetch` is called from (DevTools or not), and V8 then parses a module's whole
 * top level again to find that position: in a bundle, 12–14 ms of main thread before step 1
 * shows. The config prefetch therefore calls it from a small function (src/components/prefetch.ts),
 * which a minifier must not inline back into the top level. Checked on the built files (built
 * first when dist/cdn has none).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseSync } from 'vite';
import { ensureBuilt } from './e2e/harness.js';

type Node = { type: string; [key: string]: unknown };

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** `fetch(…)` calls (also `globalThis.fetch(…)`, `window.fetch(…)`), each with whether a function encloses it. */
function fetchCalls(program: Node): { inFunction: boolean }[] {
  const out: { inFunction: boolean }[] = [];
  const visit = (node: unknown, inFunction: boolean): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, inFunction);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    if (n.type === 'CallExpression') {
      const callee = n.callee as Node;
      const name =
        callee.type === 'Identifier'
          ? callee.name
          : callee.type === 'MemberExpression' && (callee.property as Node).type === 'Identifier'
            ? (callee.property as Node).name
            : undefined;
      if (name === 'fetch') out.push({ inFunction });
    }
    const inner = inFunction || FUNCTIONS.has(n.type);
    for (const [key, value] of Object.entries(n))
      if (key !== 'type' && typeof value === 'object') visit(value, inner);
  };
  visit(program, false);
  return out;
}

describe('the config prefetch in the built bundles', () => {
  const cdn = join(ensureBuilt('hundesteuer.js'), '..');
  const bundles = readdirSync(cdn).filter(
    (f) => f.endsWith('.js') && !f.endsWith('.en.js') && !f.startsWith('komm-'),
  );

  test('the check finds a top-level fetch (a bundle written the old way)', () => {
    const old =
      'var e=new Map;for(let t of document.querySelectorAll("[config-src]")){let i=fetch(t.getAttribute("config-src"),{credentials:"omit"});e.set(t,i)}';
    const { program } = parseSync('old.js', old);
    assert.deepEqual(fetchCalls(program as unknown as Node), [{ inFunction: false }]);
  });

  test('no assistant bundle (nor all.js) calls fetch from its top level', () => {
    assert.ok(bundles.includes('hundesteuer.js') && bundles.includes('all.js'), String(bundles));
    for (const file of bundles) {
      const { program, errors } = parseSync(file, readFileSync(join(cdn, file), 'utf8'));
      assert.deepEqual(errors, [], `${file} does not parse`);
      const calls = fetchCalls(program as unknown as Node);
      // The prefetch's and the config loader's calls at least, each inside a function.
      assert.ok(calls.length >= 2, `${file}: ${calls.length} fetch calls found`);
      assert.deepEqual(
        calls.filter((c) => !c.inFunction),
        [],
        `${file} calls fetch from its top level`,
      );
    }
  });
});
