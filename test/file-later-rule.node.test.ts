/**
 * "An empty upload that is required only on a condition counts as 'sent later'" is one rule
 * (engine/files.ts `emptyAnswerKey`), used by the review page and by the office's mail and PDF:
 * written twice, the two could drift apart and the office read "Nicht hochgeladen" where the
 * citizen was told "wird nachgereicht".
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { emptyAnswerKey } from '../src/engine/files.js';
import type { FieldDef } from '../src/engine/types.js';

const field = (f: Record<string, unknown>) => f as unknown as FieldDef<never>;

it('emptyAnswerKey: not given, not uploaded, or to be sent later', () => {
  assert.equal(emptyAnswerKey(field({ type: 'text', path: 'x' })), 'ui.review.empty');
  assert.equal(emptyAnswerKey(field({ type: 'file', path: 'x' })), 'ui.review.fileNone');
  assert.equal(
    emptyAnswerKey(field({ type: 'file', path: 'x', required: true })),
    'ui.review.fileNone',
  );
  assert.equal(
    emptyAnswerKey(field({ type: 'file', path: 'x', required: () => true })),
    'ui.review.fileLater',
  );
});

it('the review and the hub take the rule from engine/files.ts, not from a copy', () => {
  for (const file of ['src/components/wizard/review.ts', 'hub/render/application.ts']) {
    const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(source, /ui\.review\.fileLater/, `${file} has its own copy of the rule`);
    assert.match(
      source,
      /import \{[^}]*\bemptyAnswerKey\b[^}]*\} from '[./]+\/(src\/)?engine\/files\.js'/,
      file,
    );
  }
});
