#!/usr/bin/env node
// `npm run size`: the size budget of the script-tag bundles (DESIGN.md "Small", issue 5).
// Sizes are gzip level 9 of each file alone; 1 KB = 1024 bytes.
//
//   <id>.js      ≤ 50 KB. One assistant with lit, zod, engine, components, transport and its
//                German texts: everything a German page loads (one file, no second request).
//   <id>.en.js   ≤ 50 KB like every assistant file (in practice a few KB): the English texts,
//                loaded beside <id>.js only on an English page. "English page" below is the sum.
//   all.js       ≤ (largest <id>.js) + 14 KB × (number of assistants − 1). all.js shares lit,
//                zod, the engine, the components and the transport with every assistant; each
//                further assistant may only add its own definition, logic and German texts, and
//                those may cost at most 14 KB. The limit follows the largest single bundle, so
//                it stays tight as the assistants grow and can never exceed 50 + 14 × (n − 1).
//   all.en.js    ≤ 50 KB.
//
// Environment (tests; a budget change belongs in this file, not in CI settings):
//   KOMM_SIZE_DIR       folder to check instead of dist/cdn (then nothing is built)
//   KOMM_SIZE_LIMIT_KB  per-file limit instead of 50
//   KOMM_SIZE_STEP_KB   all.js allowance per further assistant instead of 14
//
// Builds first when dist/cdn has no bundles. Exits 1 when a file is over its limit.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const kbEnv = (name, fallback) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback * KB;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`size: ${name}=${v} is not a positive number`);
    process.exit(2);
  }
  return n * KB;
};
const LIMIT_ONE = kbEnv('KOMM_SIZE_LIMIT_KB', 50);
const STEP_ALL = kbEnv('KOMM_SIZE_STEP_KB', 14);

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = process.env.KOMM_SIZE_DIR ? resolve(process.env.KOMM_SIZE_DIR) : join(root, 'dist/cdn');
const bundles = () =>
  existsSync(cdn)
    ? readdirSync(cdn)
        .filter((f) => f.endsWith('.js'))
        .sort()
    : [];

if (!bundles().length && !process.env.KOMM_SIZE_DIR) {
  console.log('size: dist/cdn has no bundles; running the build first …');
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, KOMM_QUIET_BUILD: '1' },
  });
  if (r.status !== 0) {
    console.error('size: build failed');
    process.exit(1);
  }
}

// `komm-*.js` are parts loaded on demand beside every bundle (komm-offline.js): ≤ 50 KB each,
// listed last, not assistants.
const isAll = (f) => f === 'all.js' || f === 'all.en.js' || f.startsWith('komm-');
const isEn = (f) => f.endsWith('.en.js');
// Assistants first, each followed by its English file; all.js and all.en.js last.
const files = bundles().sort(
  (a, b) =>
    Number(isAll(a)) - Number(isAll(b)) ||
    a.replace(/(\.en)?\.js$/, '').localeCompare(b.replace(/(\.en)?\.js$/, '')) ||
    isEn(a) - isEn(b),
);
const assistants = files.filter((f) => !isAll(f) && !isEn(f));
if (!assistants.length) {
  console.error(`size: ${cdn} has no assistant bundle (<id>.js)`);
  process.exit(1);
}

// Known overages, each with its own ceiling and the reason, printed with every run: an exception
// is a debt with a plan, never a silent raise of the budget. Remove an entry once its file fits.
const EXCEPTIONS = {};

const gz = new Map(files.map((f) => [f, gzipSync(readFileSync(join(cdn, f)), { level: 9 })]));
const gzip = (f) => gz.get(f)?.length ?? 0;
// all.js follows the largest assistant within the budget: an exception does not widen it.
const largest = Math.max(...assistants.filter((f) => !EXCEPTIONS[f]).map(gzip), 0);
const limitAll = largest + STEP_ALL * (assistants.length - 1);

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
const rows = files.map((file) => {
  const limit = file === 'all.js' ? limitAll : (EXCEPTIONS[file]?.limitKb ?? 0) * KB || LIMIT_ONE;
  const raw = readFileSync(join(cdn, file)).length;
  return { file, raw, gzip: gzip(file), limit, ok: gzip(file) <= limit };
});

const w = Math.max(...rows.map((r) => r.file.length), 'bundle'.length);
console.log(
  `${'bundle'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}  ${'limit'.padStart(9)}  ${'used'.padStart(5)}  result`,
);
for (const r of rows) {
  const used = `${Math.round((r.gzip / r.limit) * 100)}%`;
  const verdict = r.ok ? 'ok' : `OVER by ${kb(r.gzip - r.limit)}`;
  console.log(
    `${r.file.padEnd(w)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${kb(r.limit).padStart(9)}  ${used.padStart(5)}  ${verdict}`,
  );
}
console.log(
  `\nall.js limit: largest assistant ${kb(largest)} + ${kb(STEP_ALL)} × ${assistants.length - 1} = ${kb(limitAll)}`,
);
for (const a of [...assistants, 'all.js']) {
  const en = a.replace(/\.js$/, '.en.js');
  if (gz.has(en))
    console.log(`English page with ${a}: ${a} + ${en} = ${kb(gzip(a) + gzip(en))} (two files)`);
}

for (const [file, e] of Object.entries(EXCEPTIONS))
  if (gz.has(file))
    console.log(
      `EXCEPTION ${file}: ${kb(gzip(file))}, ${gzip(file) > LIMIT_ONE ? `${kb(gzip(file) - LIMIT_ONE)} over` : 'within'} the ${kb(LIMIT_ONE)} budget; allowed up to ${e.limitKb} KB (${e.reason}; scripts/size.mjs)`,
    );

const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(
    `\nsize: ${over.length} file(s) over budget: ${over.map((r) => r.file).join(', ')}`,
  );
  console.error(
    `size: each assistant file must stay at or under ${kb(LIMIT_ONE)} gzip, all.js under the largest assistant + ${kb(STEP_ALL)} per further assistant (scripts/size.mjs header).`,
  );
  process.exit(1);
}
console.log(
  `\nsize: all ${rows.length} files within budget (each ≤ ${kb(LIMIT_ONE)} gzip, all.js ≤ ${kb(limitAll)}).`,
);
