// The hub's OpenAPI document (the one `dist/openapi.json` and `GET /api/v1/openapi.json` carry)
// passes Redocly's `recommended` rules with no problem at all, warnings included: every
// operation has a security declaration (`security: []` public, the bearer scheme on /admin), a
// 4xx response, a summary and an operationId, and the document names its licence.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { assistants } from '../src/assistants/registry.js';
import type { Assistant } from '../src/engine/define-assistant.js';
import { openApiDocument } from './openapi.js';
import { API_PREFIX, buildHub } from './server.js';
import { testConfig } from './test-support.js';

const doc = openApiDocument(assistants as Record<string, Assistant<unknown>>, API_PREFIX);

type Operation = { security?: unknown[]; responses: Record<string, unknown> };
const operations = () =>
  Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );

describe('OpenAPI document', () => {
  it("passes redocly's recommended rules without a single problem", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(doc, null, 2),
      absoluteRef: 'openapi.json',
      config,
    });
    const lines = problems.map(
      (p) =>
        `${p.severity} ${p.ruleId} at ${p.location.map((l) => l.pointer).join(', ')}: ${p.message}`,
    );
    assert.deepEqual(lines, [], `redocly lint (recommended):\n${lines.join('\n')}`);
  });

  it('puts the bearer token on the admin routes and security: [] on every public one', () => {
    const ops = operations();
    assert.ok(ops.length >= 11);
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      if (path.startsWith('/admin/')) {
        assert.deepEqual(op.security, [{ adminToken: [] }], where);
        assert.ok(op.responses['401'], `${where} documents 401`);
      } else assert.deepEqual(op.security, [], where);
      assert.ok(
        Object.keys(op.responses).some((code) => code.startsWith('4')),
        `${where} has a 4xx response`,
      );
    }
    assert.deepEqual((doc.info as { license: unknown }).license, {
      name: 'EUPL-1.2',
      identifier: 'EUPL-1.2',
    });
  });

  it('describes usage only as the admin route (the public /usage is gone)', () => {
    const paths = Object.keys(doc.paths as object);
    assert.ok(paths.includes('/admin/usage'));
    assert.ok(!paths.includes('/usage'));
  });

  it('describes every route the hub registers, the admin ones included, and no other', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-openapi-'));
    const app = buildHub({ dataDir, configs: [testConfig()], logger: false, adminToken: 'x' });
    const routes = new Set<string>();
    // Routes are added when the plugins load (ready), after this hook.
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat())
        if (method !== 'HEAD' && method !== 'OPTIONS' && route.url.startsWith(API_PREFIX))
          routes.add(`${method} ${route.url.slice(API_PREFIX.length).replace(/:\w+/g, '{}')}`);
    });
    try {
      await app.ready();
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
    // Parameter names may differ (`:id` in the route, `{assistant}` in the document).
    const described = operations().map(
      ({ path, method }) => `${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`,
    );
    assert.ok(routes.size >= 11, [...routes].join(', '));
    assert.deepEqual([...routes].sort(), described.sort());
  });
});
