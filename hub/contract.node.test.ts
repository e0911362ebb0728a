// The hub's other routes, CORS, rate limiting, restarts, config loading, and the real assistants.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assistants } from '../src/assistants/registry.js';
import { loadConfigs } from './configs.js';
import { envelope, startHub, TEST_AGS, testConfig, type TestHub } from './test-support.js';

const PROBLEMS = 'https://komm-assistenten.de/problems/';

describe('contract routes', () => {
  let hub: TestHub;
  before(async () => (hub = await startHub({ allowedOrigins: ['https://www.dresden.de'] })));
  after(() => hub.close());

  it('serves the data schema as JSON Schema 2020-12', async () => {
    const res = await fetch(`${hub.url}/schemas/testantrag`);
    assert.equal(res.status, 200);
    const schema = (await res.json()) as Record<string, any>;
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://komm-assistenten.de/schemas/testantrag.schema.json');
    assert.equal(typeof schema.title, 'string');
    assert.equal(schema.type, 'object');
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties).sort(), [
      'consent',
      'email',
      'hunde',
      'name',
      'plz',
    ]);
    assert.equal(schema.properties.hunde.type, 'array');
    assert.equal(schema.properties.plz.pattern, '^\\d{5}$');
  });

  it('answers an unknown schema and an unknown route with a 404 problem', async () => {
    for (const path of ['/schemas/nope', '/nothing-here', '/submissions/TST-2026-999999']) {
      const res = await fetch(hub.url + path);
      assert.equal(res.status, 404, path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const body = (await res.json()) as Record<string, unknown>;
      assert.equal(body.type, PROBLEMS + 'not-found');
      assert.equal(typeof body.requestId, 'string');
    }
  });

  it('describes the routes in OpenAPI 3.1 and references the data schemas', async () => {
    const doc = (await (await fetch(`${hub.url}/openapi.json`)).json()) as Record<string, any>;
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/admin/audit',
      '/admin/deliveries',
      '/admin/deliveries/{id}/retry',
      '/admin/flows',
      '/admin/overview',
      '/admin/submissions/{reference}',
      '/admin/usage',
      '/health',
      '/lookups/{name}',
      '/openapi.json',
      '/payments/{reference}',
      '/payments/{reference}/notify',
      '/schemas/{assistant}',
      '/submissions',
      '/submissions/{reference}',
      '/uploads',
    ]);
    assert.deepEqual(doc.servers, [{ url: '/api/v1' }]);
    const post = doc.paths['/submissions'].post;
    assert.deepEqual(Object.keys(post.responses).sort(), [
      '200',
      '201',
      '400',
      '409',
      '413',
      '415',
      '422',
      '429',
      '500',
    ]);
    assert.deepEqual(doc.components.schemas.Envelope.properties.data.anyOf, [
      { $ref: '#/components/schemas/data.testantrag' },
    ]);
    assert.equal(doc.components.schemas['data.testantrag'].type, 'object');
  });

  it('answers /health', async () => {
    const res = await fetch(`${hub.url}/health`);
    assert.deepEqual(await res.json(), { status: 'ok', store: 'sqlite' });
  });

  it('allows a configured origin in a preflight', async () => {
    const res = await fetch(`${hub.url}/submissions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.dresden.de',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://www.dresden.de');
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    assert.match(allowed, /content-type/);
    assert.match(allowed, /idempotency-key/);
  });

  it('denies another origin', async () => {
    const res = await fetch(`${hub.url}/submissions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('exposes Location and Retry-After to the page', async () => {
    const e = envelope();
    const res = await hub.post(e, { origin: 'https://www.dresden.de' });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://www.dresden.de');
    const exposed = (res.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    assert.match(exposed, /retry-after/);
    assert.match(exposed, /location/);
    assert.equal(hub.rows(), 1);
  });
});

describe('rate limit', () => {
  let hub: TestHub;
  before(
    async () =>
      (hub = await startHub({ allowedOrigins: '*', rateLimit: { max: 2, timeWindow: 60_000 } })),
  );
  after(() => hub.close());

  it('answers 429 problem+json with Retry-After, readable cross-origin; /health stays exempt', async () => {
    for (let i = 0; i < 2; i++)
      assert.equal((await fetch(`${hub.url}/schemas/testantrag`)).status, 200);
    const res = await hub.post(envelope(), { origin: 'https://any.example' });
    assert.equal(res.status, 429);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(((await res.json()) as { type: string }).type, PROBLEMS + 'rate-limited');
    assert.equal(hub.rows(), 0);
    assert.equal((await fetch(`${hub.url}/health`)).status, 200);
  });
});

describe('restart on the same DATA_DIR', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-restart-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('replays after a restart and continues the reference counter', async () => {
    const now = () => new Date('2026-05-01T08:00:00.000Z');
    const e = envelope();
    const a = await startHub({ dataDir, now });
    const first = await (await a.post(e)).json();
    assert.equal(first.reference, 'TST-2026-000001');
    await a.close();

    const b = await startHub({ dataDir, now });
    try {
      const again = await b.post(e);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), first);
      assert.equal((await (await b.post(envelope())).json()).reference, 'TST-2026-000002');
      assert.equal(b.rows(), 2);
    } finally {
      await b.close();
    }
  });
});

describe('failures inside the store transaction', () => {
  let hub: TestHub;
  before(async () => (hub = await startHub()));
  after(() => hub.close());

  it('answers 500 problem+json and stores nothing when the outbox cannot be written', async () => {
    mkdirSync(join(hub.dataDir, 'outbox'), { recursive: true });
    writeFileSync(join(hub.dataDir, 'outbox', TEST_AGS), 'a file where the folder belongs');
    const res = await hub.post(envelope());
    assert.equal(res.status, 500);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(((await res.json()) as { type: string }).type, PROBLEMS + 'internal');
    assert.equal(hub.rows(), 0);

    rmSync(join(hub.dataDir, 'outbox', TEST_AGS));
    const ok = await hub.post(envelope());
    assert.equal(ok.status, 201);
    assert.match(
      ((await ok.json()) as { reference: string }).reference,
      /-000001$/,
      'the failed try used no number',
    );
    assert.equal(hub.rows(), 1);
  });
});

describe('loadConfigs', () => {
  it('keys valid files and skips broken ones with a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'komm-hub-configs-'));
    try {
      writeFileSync(join(dir, 'a.json'), JSON.stringify(testConfig()));
      writeFileSync(join(dir, 'b.json'), '{ not json');
      writeFileSync(
        join(dir, 'c.json'),
        JSON.stringify({ municipality: { name: 'X', ags: '12' } }),
      );
      writeFileSync(join(dir, 'notes.txt'), 'ignored');
      const warnings: string[] = [];
      const configs = loadConfigs(dir, (m) => warnings.push(m));
      assert.deepEqual(
        configs.map((c) => c.municipality.ags),
        ['14612000'],
      );
      assert.equal(warnings.length, 2);
      assert.match(warnings[0]!, /b\.json/);
      assert.match(warnings[1]!, /c\.json.*municipality\.ags/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The package's own assistants (empty until they register themselves) against the example configs.
describe('registered assistants', () => {
  const examples = loadConfigs('examples/config', () => {});
  const ids = Object.keys(assistants);
  let hub: TestHub;
  before(async () => (hub = await startHub({ assistants, configs: examples })));
  after(() => hub.close());

  it('has a schema and refuses empty data, for each assistant and example municipality offering it', async (t) => {
    if (!ids.length) return t.skip('no assistant registered yet');
    for (const id of ids) {
      const schema = (await (await fetch(`${hub.url}/schemas/${id}`)).json()) as Record<
        string,
        unknown
      >;
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', id);
      const def = assistants[id]!;
      for (const config of examples.filter((c) => id in c.assistants)) {
        const e = envelope({
          assistant: { id, version: def.version, schemaVersion: def.schemaVersion },
          municipality: { ags: config.municipality.ags, name: config.municipality.name },
          data: {},
          computed: undefined,
        });
        const res = await hub.post(JSON.parse(JSON.stringify(e)));
        assert.equal(res.status, 422, `${id} @ ${config.municipality.name}`);
        const body = (await res.json()) as { errors: { pointer: string; code: string }[] };
        assert.ok(
          body.errors.length > 0 && body.errors.every((x) => x.pointer.startsWith('/data/')),
          JSON.stringify(body.errors),
        );
        assert.ok(
          body.errors.some((x) => x.code === 'required'),
          JSON.stringify(body.errors),
        );
        assert.equal(hub.rows(), 0);
      }
    }
  });
});
