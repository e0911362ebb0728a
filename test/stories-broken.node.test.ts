/**
 * The stories run must fail on an accessibility violation (issue 10): a Storybook config with one
 * deliberately broken story (an unlabelled input, an empty button) is run through the same
 * vitest.config.ts as `npm test`'s stories step; vitest must exit non-zero naming axe's rules.
 * The story lives in a temporary folder only for this test (never committed).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'test', `tmp-broken-story-${process.pid}`);

after(() => rmSync(dir, { recursive: true, force: true }));

test('a story with an axe violation fails the stories run', { timeout: 180_000 }, () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'main.ts'),
    `import base from '../../.storybook/main.ts';\n` +
      `export default { ...base, stories: ['./broken.stories.ts'], staticDirs: [] };\n`,
  );
  writeFileSync(
    join(dir, 'preview.ts'),
    `export { default } from '../../.storybook/preview.ts';\n`,
  );
  writeFileSync(
    join(dir, 'broken.stories.ts'),
    `import { html } from 'lit';\n` +
      `export default { title: 'Broken' };\n` +
      `export const Fine = { render: () => html\`<label>Name <input type="text" /></label>\` };\n` +
      `export const Unlabelled = { render: () => html\`<input type="text" /><button></button>\` };\n`,
  );
  const r = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', '--reporter=verbose'], {
    cwd: root,
    env: { ...process.env, KOMM_STORYBOOK_DIR: dir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  const out = `${r.stdout}\n${r.stderr}`;
  assert.notEqual(r.status, 0, `vitest passed a broken story:\n${out.slice(-3000)}`);
  assert.match(out, /Fine/, `the fine story ran:\n${out.slice(-3000)}`);
  assert.match(out, /button-name/, `axe named the empty button:\n${out.slice(-3000)}`);
  assert.match(out, /\blabel\b/, 'axe named the unlabelled input');
  assert.match(out, /1 failed \| 1 passed|1 passed \| 1 failed|1 failed/, out.slice(-1500));
});
