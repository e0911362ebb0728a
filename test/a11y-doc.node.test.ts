/**
 * docs/accessibility.md maps every WCAG 2.2 level A and AA success criterion (55, plus 4.1.1
 * Parsing, which EN 301 549 V3.2.1 still lists), each with its evidence column filled, and every
 * test file it names exists.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(join(root, 'docs/accessibility.md'), 'utf8');

/** WCAG 2.2, levels A and AA (https://www.w3.org/TR/WCAG22/), without the obsolete 4.1.1. */
const WCAG22_A_AA =
  `1.1.1 1.2.1 1.2.2 1.2.3 1.2.4 1.2.5 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.4.1 1.4.2 1.4.3
  1.4.4 1.4.5 1.4.10 1.4.11 1.4.12 1.4.13 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3
  2.4.4 2.4.5 2.4.6 2.4.7 2.4.11 2.5.1 2.5.2 2.5.3 2.5.4 2.5.7 2.5.8 3.1.1 3.1.2 3.2.1 3.2.2
  3.2.3 3.2.4 3.2.6 3.3.1 3.3.2 3.3.3 3.3.4 3.3.7 3.3.8 4.1.2 4.1.3`.split(/\s+/);

test('every WCAG 2.2 A/AA criterion has one row with level, answer and evidence', () => {
  assert.equal(WCAG22_A_AA.length, 55);
  const rows = new Map<string, string[]>();
  for (const line of doc.split('\n')) {
    const m = /^\| (?:\*2\.2\* )?(\d\.\d+\.\d+) /.exec(line);
    if (!m) continue;
    assert.ok(!rows.has(m[1]!), `${m[1]} appears twice`);
    rows.set(
      m[1]!,
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  for (const sc of [...WCAG22_A_AA, '4.1.1']) {
    const cells = rows.get(sc);
    assert.ok(cells, `docs/accessibility.md has no row for ${sc}`);
    assert.equal(cells.length, 5, `${sc}: five columns`);
    assert.match(cells[1]!, /^AA?$/, `${sc}: level`);
    assert.ok(cells[2]!.length > 10, `${sc}: how it is met`);
  }
  assert.deepEqual(
    [...rows.keys()].filter((sc) => sc !== '4.1.1' && !WCAG22_A_AA.includes(sc)),
    [],
    'no row for a criterion that is not A/AA',
  );
});

test('every file the document names exists', () => {
  const files = [...doc.matchAll(/`((?:test|src|scripts|bin|docs)\/[^`<>*]+\.(?:ts|mjs|md))`/g)];
  assert.ok(files.length >= 8);
  for (const [, file] of files) assert.ok(existsSync(join(root, file!)), `${file} exists`);
});
