// Every WZ 2008 code the Gewerbeanzeige shows a citizen (hints, error texts) or sends in its
// fixtures and stories exists in the classification the hub's lookup serves
// (hub/data/wz2008.csv): an example code that finds nothing teaches the wrong format, and a
// fixture with an unknown code can never show its title in the review.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../', import.meta.url);
const known = new Set(
  readFileSync(new URL('hub/data/wz2008.csv', root), 'utf8')
    .split('\n')
    .map((line) => line.split(';')[0]!.trim()),
);
const files = [
  ...readdirSync(new URL('src/assistants/gewerbeanzeige/', root))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/assistants/gewerbeanzeige/${f}`),
  ...readdirSync(new URL('stories/', root))
    .filter((f) => f.includes('gewerbe'))
    .map((f) => `stories/${f}`),
];

test('every five-digit WZ code in the Gewerbeanzeige texts, fixtures and stories exists', () => {
  assert.ok(known.has('47.64.1') && known.size > 800, 'the classification is read');
  const unknown: string[] = [];
  let seen = 0;
  for (const file of files)
    for (const [code] of readFileSync(new URL(file, root), 'utf8').matchAll(
      /\b\d{2}\.\d{2}\.\d\b/g,
    )) {
      seen++;
      if (!known.has(code)) unknown.push(`${file}: ${code}`);
    }
  assert.ok(seen >= 5, `codes found: ${seen}`);
  assert.deepEqual(unknown, []);
});
