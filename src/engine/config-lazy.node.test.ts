/**
 * Issue 5, first render: the config schema is built when a config is first checked, not when the
 * module evaluates (a script-tag bundle shows step 1 before its config has arrived, and building
 * zod schemas is a good part of evaluating the bundle). What the module exports is a front with
 * `safeParse`, not a built zod schema; it checks exactly as the schema does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configSchema } from './config.js';

test('the module exports no built zod schema, and the first check builds one that works', () => {
  assert.equal('_zod' in configSchema, false, 'a zod schema was built when the module evaluated');
  const bad = configSchema.safeParse({ municipality: { name: 'X', ags: '123' } });
  assert.equal(bad.success, false);
  const codes = bad.error!.issues.map((i) => `${i.path.join('.')}:${i.code}`);
  assert.ok(codes.includes('municipality.ags:custom'), codes.join(' '));
  const good = configSchema.safeParse({
    municipality: { name: 'Musterstadt', ags: '14612000' },
    privacyNoticeUrl: 'https://www.musterstadt.de/datenschutz',
    office: { name: 'Steueramt' },
    assistants: {},
  });
  assert.equal(good.success, true, JSON.stringify(good.error?.issues));
});
