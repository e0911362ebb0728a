/**
 * `npm run size` (scripts/size.mjs) fails above the budget: each assistant file ≤ 50 KB gzip,
 * all.js ≤ the largest assistant + 14 KB per further assistant. Runs the script against fake
 * bundle folders (random bytes: gzip cannot shrink them, so their gzip size is known). The real
 * dist/cdn is checked by `npm run size` itself (not part of `npm test` while hundesteuer.js is
 * over budget).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder of files, each given by its gzip size in KB (exactly: random bytes, trimmed by gzip's overhead). */
function fake(files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'komm-size-'));
  dirs.push(dir);
  for (const [name, kb] of Object.entries(files)) {
    const target = Math.round(kb * 1024);
    const bytes = randomBytes(target);
    const overhead = gzipSync(bytes, { level: 9 }).length - target;
    const file = bytes.subarray(0, target - overhead);
    assert.equal(gzipSync(file, { level: 9 }).length, target);
    writeFileSync(join(dir, name), file);
  }
  return dir;
}

function size(dir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/size.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, KOMM_SIZE_DIR: dir, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run size', () => {
  test('passes within budget', () => {
    const r = size(
      fake({
        'a.js': 44,
        'a.en.js': 6,
        'b.js': 40,
        'b.en.js': 6,
        'all.js': 57.9,
        'all.en.js': 11,
      }),
    );
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /all\.js limit: largest assistant 44\.00 KB \+ 14\.00 KB × 1 = 58\.00 KB/);
    assert.match(r.out, /English page with a\.js: a\.js \+ a\.en\.js = 50\.00 KB/);
  });

  test('fails when one assistant file is over 50 KB', () => {
    const r = size(fake({ 'a.js': 50.2, 'b.js': 40, 'all.js': 60 }));
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.out, /^a\.js .* OVER by /m);
    assert.match(r.err, /over budget: a\.js/);
  });

  test('fails when an English file is over 50 KB', () => {
    const r = size(fake({ 'a.js': 40, 'a.en.js': 50.5, 'all.js': 40 }));
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.err, /over budget: a\.en\.js/);
  });

  test('fails when all.js grows more than 14 KB per further assistant', () => {
    const two = size(fake({ 'a.js': 40, 'b.js': 30, 'all.js': 54.5 }));
    assert.equal(two.code, 1, two.out + two.err);
    assert.match(two.err, /over budget: all\.js/);
    // A third assistant allows 14 KB more.
    const three = size(fake({ 'a.js': 40, 'b.js': 30, 'c.js': 20, 'all.js': 67.5 }));
    assert.equal(three.code, 0, three.out + three.err);
  });

  test('limits can be overridden (tests only)', () => {
    const dir = fake({ 'a.js': 12, 'all.js': 12 });
    assert.equal(size(dir).code, 0);
    const r = size(dir, { KOMM_SIZE_LIMIT_KB: '10' });
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.err, /over budget: a\.js/);
    assert.equal(size(dir, { KOMM_SIZE_LIMIT_KB: 'x' }).code, 2);
  });
});
