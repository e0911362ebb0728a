/**
 * The build writes text tables nested by key segment (`nestedSource`, vite.config.ts) and the
 * bundle flattens them back (`flatTexts`, src/components/lang-texts.ts): every table of every
 * assistant comes back exactly. The English file's URL is the bundle's own, `.js` -> `.en.js`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assistants } from '../src/assistants/registry.js';
import { flatTexts, siblingUrl, type NestedTexts } from '../src/components/lang-texts.js';
import { uiMessages } from '../src/components/messages.js';
import { nestedSource } from '../vite.config.js';

const evaluate = (source: string) => new Function(`return ${source}`)() as NestedTexts;
const roundTrip = (table: Record<string, string>) => flatTexts(evaluate(nestedSource(table)));

describe('text tables nested by the build', () => {
  test('every real table comes back exactly', () => {
    const tables = [uiMessages, ...Object.values(assistants).map((a) => a.messages)];
    for (const t of tables)
      for (const lang of ['de', 'en'] as const) assert.deepEqual(roundTrip(t[lang]), t[lang]);
  });

  test('a key that prefixes others, odd segments, an empty segment', () => {
    const table = {
      'ui.progress': 'Schritt {n} von {total}',
      'ui.progress.review': 'Übersicht',
      'hunde[].breed.label': 'Rasse',
      'a-b.0.c': 'x',
      title: 'Hundesteuer',
    };
    assert.deepEqual(roundTrip(table), table);
    assert.match(nestedSource(table), /^\{ui:\{progress:\{"":/);
    const odd = { 'a..b': 'x', 'a.b': 'y' };
    assert.equal(nestedSource(odd), JSON.stringify(odd), 'left flat');
    assert.deepEqual(roundTrip(odd), odd);
  });
});

describe('the English file beside the bundle', () => {
  test('siblingUrl', () => {
    assert.equal(
      siblingUrl('https://cdn.example/k/hundesteuer.js', 'en'),
      'https://cdn.example/k/hundesteuer.en.js',
    );
    assert.equal(
      siblingUrl('https://cdn.example/k/all.js?v=2#x', 'en'),
      'https://cdn.example/k/all.en.js?v=2#x',
    );
    assert.equal(
      siblingUrl('https://cdn.example/k/hundesteuer-1.2.0.mjs', 'en'),
      'https://cdn.example/k/hundesteuer-1.2.0.en.js',
    );
    assert.equal(siblingUrl('https://cdn.example/k/x', 'en'), 'https://cdn.example/k/x.en.js');
  });
});
