#!/usr/bin/env node
// `npm run build`: everything a release ships, in sequence (2-core machines: no parallel builds).
//
//   dist/esm/            code-split ES library (lit, @lit/task, zod, ibantools external) + .d.ts
//   dist/cdn/<id>.js     one self-contained minified ES module per assistant (registers its tag);
//                        all a German page loads
//   dist/cdn/<id>.en.js  its English texts, imported from beside it only on an English page
//   dist/cdn/all.js      every assistant in one file (+ all.en.js)
//   dist/cdn/komm-offline.js  outbox, drafts on the device, answers files: imported from beside
//                        any of them only when needed (src/components/load-offline.ts)
//   dist/cdn/komm-jwe.js end-to-end encryption (jose; src/transport/encrypt.ts), for pages with a key
//   dist/cdn/komm-send.js  the transport client (src/transport/client.ts): imported from beside any
//                        of them when an application is sent (src/components/load-send.ts)
//   dist/cdn/komm-lookup.js, komm-file.js  the lookup and file field templates, imported from beside
//                        a bundle whose assistant has such fields, built on that bundle's Lit
//                        (src/components/fields/load-fields.ts)
//   dist/cdn/komm-gewerbeanzeige-computed.js  the trade notice's forms, recipients and fee, imported
//                        from beside gewerbeanzeige.js and all.js (src/assistants/gewerbeanzeige/gewerbeanzeige.ts)
//   dist/cdn/komm-privacy.js  the short Art. 13 summary (privacy facts of every assistant), imported
//                        from beside any of them only when the config links no privacy notice
//                        (src/components/load-privacy.ts)
//   dist/cdn/komm-prerender.js  writes the pre-rendered embed's snippet (src/components/prerender.ts):
//                        for the demo and a municipality's web team, loaded by no bundle
//   dist/cdn/komm-iban.js  ibantools (src/engine/iban.ts), loaded from beside any of them when an
//                        assistant with an IBAN field starts (src/engine/iban.lazy.ts)
//   dist/cdn/manifest.json  bytes, gzip bytes and SRI hash of each cdn file
//   dist/schemas/<id>.schema.json, dist/openapi.json   the contract (scripts/gen-contract.ts)
//   dist/privacy/<id>.de.md   GDPR drafts (Art. 30 record, Art. 13 information; scripts/gen-privacy.ts)
//   dist/examples/config/*.json   the example municipality configs, for static hosting
//   dist/themes/<name>.css  ready themes (kern, sachsen, kontrast, dunkel, auto)
//   custom-elements.json  the Custom Elements Manifest (checked in; `npm run manifest`)
//
// Prints a table of the cdn files. KOMM_QUIET_BUILD=1 prints only that table (errors still go to
// stderr). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = process.env.KOMM_QUIET_BUILD === '1';
const dist = join(root, 'dist');
const log = (...a) => {
  if (!quiet) console.log(...a);
};
const started = performance.now();

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

function run(label, args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (r.status !== 0) fail(`${label} failed (exit ${r.status ?? r.signal})`);
  log(`  ${label} (${Math.round(performance.now() - t)} ms)`);
}

async function viteBuild(label, env) {
  const t = performance.now();
  Object.assign(process.env, env); // vite.config.ts reads KOMM_BUILD / KOMM_ENTRY when it loads
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: quiet ? 'error' : 'warn',
      clearScreen: false,
    });
  } catch (e) {
    fail(`${label}: ${e instanceof Error ? e.message : e}`);
  }
  log(`  ${label} (${Math.round(performance.now() - t)} ms)`);
}

// 1. Which assistants: the registry is the list (DESIGN.md); each needs its entry and a line in all.ts.
const { assistants } = await tsImport('../src/assistants/registry.ts', import.meta.url);
const ids = Object.keys(assistants).sort();
if (!ids.length) fail('src/assistants/registry.ts lists no assistant');
const allSource = readFileSync(join(root, 'src/all.ts'), 'utf8');
for (const id of ids) {
  if (!existsSync(join(root, `src/assistants/${id}/define.ts`)))
    fail(`assistant "${id}" is in the registry but src/assistants/${id}/define.ts is missing`);
  if (!allSource.includes(`./assistants/${id}/define.js`))
    fail(`src/all.ts does not import ./assistants/${id}/define.js`);
}
log(`komm-assistenten build: ${ids.join(', ')}`);
process.env.KOMM_ASSISTANTS = ids.join(','); // vite.config.ts builds exactly these

// 2. Clean: nothing stale (a removed assistant must not leave its bundle behind).
for (const p of ['esm', 'cdn', 'schemas', 'examples', 'themes', 'openapi.json'])
  rmSync(join(dist, p), { recursive: true, force: true });

// 3. npm library + declarations.
await viteBuild('dist/esm (library)', { KOMM_BUILD: 'esm', KOMM_ENTRY: '' });
run('dist/esm/**/*.d.ts (tsc -p tsconfig.build.json)', [
  join(root, 'node_modules/typescript/bin/tsc'),
  '-p',
  'tsconfig.build.json',
]);

// 4. Script-tag bundles, one build each (a multi-entry build would share chunks).
for (const name of [
  ...ids,
  'all',
  'komm-offline',
  'komm-jwe',
  'komm-lookup',
  'komm-file',
  'komm-gewerbeanzeige-computed',
  'komm-send',
  'komm-privacy',
  'komm-iban',
  'komm-prerender',
])
  await viteBuild(`dist/cdn/${name}.js`, { KOMM_BUILD: 'cdn', KOMM_ENTRY: name });
delete process.env.KOMM_BUILD;
delete process.env.KOMM_ENTRY;

// 5. Contract files.
run('dist/schemas, dist/openapi.json (scripts/gen-contract.ts)', [
  '--import',
  'tsx',
  join(root, 'scripts/gen-contract.ts'),
]);

// 5b. GDPR drafts per assistant (issue 9): record of processing and citizen information.
run('dist/privacy/<id>.de.md (scripts/gen-privacy.ts)', [
  '--import',
  'tsx',
  join(root, 'scripts/gen-privacy.ts'),
]);

// 6. Example configs, for static hosting beside the bundles.
const examples = join(root, 'examples/config');
if (existsSync(examples)) {
  const out = join(dist, 'examples/config');
  mkdirSync(out, { recursive: true });
  const files = readdirSync(examples).filter((f) => f.endsWith('.json'));
  for (const f of files) copyFileSync(join(examples, f), join(out, f));
  log(`  dist/examples/config (${files.length} files)`);
}

// 6b. Ready themes: stylesheets a page links, no bytes in the bundles (docs/theming.md).
run('dist/themes (scripts/build-themes.mjs)', [join(root, 'scripts/build-themes.mjs')]);

// 7. Custom Elements Manifest from the elements' JSDoc (custom-elements-manifest.config.mjs).
run('custom-elements.json (cem analyze --litelement)', [
  join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
  'analyze',
]);

// 8. Sizes and SRI of the script-tag bundles and their English files (budget: `npm run size`).
const cdn = join(dist, 'cdn');
const files = [
  ...[...ids, 'all'].flatMap((name) => [`${name}.js`, `${name}.en.js`]),
  'komm-offline.js',
  'komm-jwe.js',
  'komm-lookup.js',
  'komm-file.js',
  'komm-gewerbeanzeige-computed.js',
  'komm-send.js',
  'komm-privacy.js',
  'komm-iban.js',
  'komm-prerender.js',
];
for (const file of files)
  if (!existsSync(join(cdn, file))) fail(`dist/cdn/${file} was not written`);
const rows = files.map((file) => {
  const buf = readFileSync(join(cdn, file));
  if (/\bprocess\.env\b/.test(buf.toString('utf8')))
    fail(`dist/cdn/${file} still references process.env`);
  return {
    file,
    bytes: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    integrity: `sha384-${createHash('sha384').update(buf).digest('base64')}`,
  };
});
writeFileSync(join(cdn, 'manifest.json'), `${JSON.stringify({ files: rows }, null, 2)}\n`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = [
  ['dist/cdn', 'bytes', 'gzip -9', 'SRI'],
  ...rows.map((r) => [
    r.file,
    `${r.bytes} (${kb(r.bytes)})`,
    `${r.gzip} (${kb(r.gzip)})`,
    r.integrity,
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) =>
  row
    .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join('  ')
    .trimEnd();
log('');
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
log(
  `\nbuilt in ${((performance.now() - started) / 1000).toFixed(1)} s; sizes and hashes also in dist/cdn/manifest.json`,
);
