/**
 * Issue 5, first render: the config schema is built when a config is first checked, not when the
 * module evaluates (a script-tag bundle shows step 1 before its config has arrived, and building
 * zod schemas is a good part of evaluating the bundle). Alone in its file: nothing here may parse
 * a config before the first assertion.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configSchema } from './config.js';

test('the config schema is built on its first use, once', () => {
  const def = configSchema._zod.def;
  assert.equal(def.type, 'lazy');
  const build = def.getter;
  let builds = 0;
  def.getter = () => {
    builds++;
    return build();
  };
  assert.equal(configSchema.safeParse({}).success, false);
  assert.equal(builds, 1, builds ? 'built twice' : 'already built when the module evaluated');
  configSchema.safeParse({ municipality: {} });
  assert.equal(builds, 1, 'built again');
});
