#!/usr/bin/env node
// dist/themes/<name>.css from src/theming/themes/<name>.css (docs/theming.md "Ready themes").
//
// A theme file sets public `--komm-*` tokens on `komm-*[theme="<name>"]` and on any ancestor
// with `data-komm-theme="<name>"`; they inherit into the shadow root. Nothing of a theme is in
// the script-tag bundles. The sources write `:is(komm-assistant)`; this fills in the tags of
// every assistant in src/assistants/registry.ts. A declaration `--komm-tokens: <other>;` is
// replaced by the `--komm-*` declarations of <other>.css (auto.css reuses dunkel and kontrast).
//
//   node scripts/build-themes.mjs [out-dir]   (default dist/themes; npm run build runs it)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src/theming/themes');
const out = resolve(process.argv[2] ?? join(root, 'dist/themes'));

const { assistants } = await tsImport('../src/assistants/registry.ts', import.meta.url);
const tags = Object.keys(assistants)
  .sort()
  .map((id) => `komm-${id}`);
if (!tags.length) throw new Error('build-themes: src/assistants/registry.ts lists no assistant');

const names = readdirSync(srcDir)
  .filter((f) => f.endsWith('.css'))
  .map((f) => f.slice(0, -4))
  .sort();
const source = (name) => readFileSync(join(srcDir, `${name}.css`), 'utf8');
/** The `--komm-*` declarations of a theme, one per line. */
const declarations = (name) => {
  const found = source(name).match(/^\s*--komm-[\w-]+\s*:[^;]+;/gm);
  if (!found) throw new Error(`build-themes: ${name}.css declares no --komm-* token`);
  return found.map((d) => d.trim());
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of names) {
  let css = source(name).replace(/:is\(komm-assistant\)/g, `:is(${tags.join(', ')})`);
  css = css.replace(/^(\s*)--komm-tokens\s*:\s*([\w-]+)\s*;/gm, (_, indent, other) => {
    if (!names.includes(other))
      throw new Error(`build-themes: ${name}.css names no theme ${other}`);
    return declarations(other)
      .map((d) => indent + d)
      .join('\n');
  });
  if (css.includes('komm-assistant') || css.includes('--komm-tokens'))
    throw new Error(`build-themes: ${name}.css has a placeholder left`);
  writeFileSync(join(out, `${name}.css`), css);
}
console.log(`dist/themes: ${names.join(', ')} (${tags.length} elements)`);
