#!/usr/bin/env node
// `npm run size`: the size budget of the script-tag bundles (DESIGN.md "Small").
// Each single-assistant bundle (dist/cdn/<id>.js) may be at most 30 KB gzip (level 9),
// all.js at most 45 KB. Builds first when dist/cdn is missing. Exits 1 when a file is over.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const LIMIT_ONE = 30 * KB;
const LIMIT_ALL = 45 * KB;

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');
const bundles = () =>
  existsSync(cdn)
    ? readdirSync(cdn)
        .filter((f) => f.endsWith('.js'))
        .sort()
    : [];

if (!bundles().length) {
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

const files = bundles().sort((a, b) => (a === 'all.js') - (b === 'all.js') || a.localeCompare(b));
if (!files.length) {
  console.error('size: dist/cdn has no bundles');
  process.exit(1);
}

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
const rows = files.map((file) => {
  const buf = readFileSync(join(cdn, file));
  const gzip = gzipSync(buf, { level: 9 }).length;
  const limit = file === 'all.js' ? LIMIT_ALL : LIMIT_ONE;
  return { file, raw: buf.length, gzip, limit, ok: gzip <= limit };
});

const w = Math.max(...rows.map((r) => r.file.length), 'bundle'.length);
console.log(
  `${'bundle'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}  ${'limit'.padStart(8)}  ${'used'.padStart(5)}  result`,
);
for (const r of rows) {
  const used = `${Math.round((r.gzip / r.limit) * 100)}%`;
  const verdict = r.ok ? 'ok' : `OVER by ${kb(r.gzip - r.limit)}`;
  console.log(
    `${r.file.padEnd(w)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${kb(r.limit).padStart(8)}  ${used.padStart(5)}  ${verdict}`,
  );
}

const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(
    `\nsize: ${over.length} bundle(s) over budget: ${over.map((r) => r.file).join(', ')}`,
  );
  console.error(
    'size: a single assistant must stay at or under 30 KB gzip, all.js under 45 KB (DESIGN.md "Small").',
  );
  process.exit(1);
}
console.log(
  `\nsize: all ${rows.length} bundles within budget (one assistant ≤ 30 KB gzip, all.js ≤ 45 KB).`,
);
