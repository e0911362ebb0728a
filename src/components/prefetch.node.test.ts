// Every bundle entry imports the config prefetch first (src/components/prefetch.ts): a module
// evaluates after the modules it imports, in import order, so only a first import runs before
// lit, zod and the engine.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { it } from 'node:test';

const root = new URL('../', import.meta.url);
const firstImport = (file: URL) =>
  /^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(readFileSync(file, 'utf8'))?.[1];

it('every define.ts and all.ts import the config prefetch before anything else', () => {
  const entries = readdirSync(new URL('assistants/', root))
    .map((id) => new URL(`assistants/${id}/define.ts`, root))
    .filter((f) => existsSync(f));
  assert.ok(entries.length >= 5);
  for (const file of entries)
    assert.equal(firstImport(file), '../../components/prefetch.js', file.pathname);
  assert.equal(firstImport(new URL('all.ts', root)), './components/prefetch.js');
});
