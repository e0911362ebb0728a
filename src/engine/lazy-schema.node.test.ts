/** `lazySchema` (issue 5, first render): built on first use, once, and then a zod schema like any. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hundesteuerParamsSchema } from '../assistants/hundesteuer/hundesteuer.params.js';
import { dresdenParams } from '../assistants/hundesteuer/hundesteuer.fixtures.js';
import { lazySchema, z } from './zod.js';

test('lazySchema builds on first use, once', () => {
  let builds = 0;
  const schema = lazySchema(() => {
    builds++;
    return z.object({ n: z.number().check(z.gte(1)) });
  });
  assert.equal(builds, 0, 'not built when defined');
  assert.equal(schema.safeParse({ n: 2 }).success, true);
  assert.equal(schema.safeParse({ n: 0 }).success, false);
  assert.deepEqual(schema.parse({ n: 3 }), { n: 3 });
  assert.equal(builds, 1);
  assert.ok('_zod' in schema, 'reads like the real schema');
  // Nested in another schema, it checks as the real one.
  assert.equal(z.object({ inner: schema }).safeParse({ inner: { n: 0 } }).success, false);
  assert.equal(z.object({ inner: schema }).safeParse({ inner: { n: 5 } }).success, true);
});

test('the dog tax parameters are such a schema and check a config as before', () => {
  assert.equal(hundesteuerParamsSchema.safeParse(dresdenParams).success, true);
  const bad = hundesteuerParamsSchema.safeParse({ ...dresdenParams, paymentMethods: [] });
  assert.equal(bad.success, false);
});

test('every assistant builds its parameter schema on first use, and it checks the example configs', async () => {
  const { types } = await import('node:util');
  const { readdirSync, readFileSync } = await import('node:fs');
  const { assistants } = await import('../assistants/registry.js');
  const dir = new URL('../../examples/config/', import.meta.url);
  const configs = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { assistants?: object });
  for (const [id, def] of Object.entries(assistants)) {
    assert.ok(types.isProxy(def.params), `${id}: params schema built when the module loads`);
    const examples = configs.flatMap((c) => {
      const p = (c.assistants as Record<string, unknown> | undefined)?.[id];
      return p === undefined ? [] : [p];
    });
    assert.ok(examples.length > 0, `${id}: no example config`);
    for (const p of examples) assert.equal(def.params.safeParse(p).success, true, id);
  }
});

test('no assistant builds a field schema of its own when its module loads', async () => {
  const { types } = await import('node:util');
  const { assistants } = await import('../assistants/registry.js');
  for (const [id, def] of Object.entries(assistants)) {
    // Every `schema` a field of its steps names, at any depth (groups, lists).
    const found: string[] = [];
    const seen = new Set<object>();
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      for (const [key, value] of Object.entries(node)) {
        if (key === 'schema' && value && typeof value === 'object' && '_zod' in value) {
          found.push(path);
          assert.ok(types.isProxy(value), `${id}: ${path}.schema is built when the module loads`);
        } else visit(value, `${path}.${key}`);
      }
    };
    visit(def.steps, 'steps');
    if (['hundesteuer', 'brauchtumsfeuer', 'feuerwehr-verdienstausfall'].includes(id))
      assert.ok(found.length > 0, `${id}: no field schema found (the walk misses them)`);
  }
});
