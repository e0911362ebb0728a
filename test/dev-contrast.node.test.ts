/**
 * The development-only contrast warning (src/theming/dev-contrast.ts, issue 10) is in no built
 * file a page loads: the element's base class (src/components/komm-element.ts) imports it behind
 * `import.meta.env?.DEV`, which the production builds replace with `false`. Reads the output of
 * `npm run build` (`npm test` builds first).
 * That it does warn in development is the story "Theming › Kontrast Warnung Im Entwicklungsbuild"
 * (run by vitest, `npm test`'s stories step).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = readFileSync(join(root, 'src/theming/dev-contrast.ts'), 'utf8');
/** A phrase of the warning: present in the source, so its absence below means something. */
const MARKER = 'too little contrast';

const jsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? jsFiles(p) : name.endsWith('.js') ? [p] : [];
  });

test('the warning is in the source and gated on import.meta.env?.DEV in the element', () => {
  assert.ok(source.includes(MARKER), `src/theming/dev-contrast.ts no longer says "${MARKER}"`);
  const element = readFileSync(join(root, 'src/components/komm-element.ts'), 'utf8');
  assert.match(
    element,
    /if \(import\.meta\.env\?\.DEV\)\s+void import\('\.\.\/theming\/dev-contrast\.js'\)/,
  );
});

for (const dir of ['dist/cdn', 'dist/esm']) {
  test(`no built file in ${dir} carries the development warning`, () => {
    const abs = join(root, dir);
    assert.ok(existsSync(abs), `${dir} is missing: run \`npm run build\` first`);
    const files = jsFiles(abs);
    assert.ok(files.length > 5, `${dir} has only ${files.length} .js files`);
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      const rel = f.slice(root.length);
      assert.ok(!code.includes(MARKER), `${rel} contains the development warning`);
      assert.ok(!code.includes('dev-contrast'), `${rel} imports dev-contrast`);
      assert.ok(!code.includes('import.meta.env'), `${rel} still reads import.meta.env`);
    }
  });
}
