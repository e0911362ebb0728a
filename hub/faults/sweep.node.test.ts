// Fault suite 6 (issue 11): bad input sweep. For every route of the hub (listed from the fastify
// instance itself, so a new route without rows fails here), a table of malformed requests sent
// over a real socket byte for byte: wrong types, 10,000 levels of nesting, 1 MB strings,
// `__proto__`/`constructor` keys, invalid UTF-8, NUL bytes, header injection, wrong content types.
// Each must be answered 4xx application/problem+json, nothing may be stored (row counts of every
// table), and the hub must be healthy afterwards (health 200, a valid application 201).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfigs } from '../configs.js';
import { buildHub } from '../server.js';
import { application, counts, root } from './support.js';

const TOKEN = 'sweep-admin-token-0123456789abcdef';
const MB = 1_000_000;

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request, written to the socket exactly as given; the answer parsed by hand. */
function raw(port: number, bytes: Buffer): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer within 20 s')));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => {
      // The hub may close the connection after answering while we still write a large body.
      if (chunks.length) socket.emit('end');
      else reject(e);
    });
    socket.once('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.slice(0, text.indexOf('\r\n\r\n'));
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0),
        headers,
        body: Buffer.from(text.slice(head.length + 4), 'latin1').toString('utf8'),
      });
      socket.destroy();
    });
    socket.write(bytes);
  });
}

interface Req {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Raw header lines (may carry CR, LF, NUL or invalid UTF-8 on purpose). */
  rawHeaders?: Buffer[];
  body?: Buffer | string;
}

function encode(port: number, r: Req): Buffer {
  const body = r.body === undefined ? undefined : Buffer.from(r.body);
  const lines = [
    `${r.method} ${r.path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Connection: close',
    ...Object.entries({
      ...(body ? { 'content-length': String(body.length) } : {}),
      ...r.headers,
    }).map(([k, v]) => `${k}: ${v}`),
  ];
  return Buffer.concat([
    Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'),
    ...(r.rawHeaders ?? []).map((h) => Buffer.concat([h, Buffer.from('\r\n')])),
    Buffer.from('\r\n'),
    ...(body ? [body] : []),
  ]);
}

const json = (body: Buffer | string, more: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...more },
  body,
});
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const nestedObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

/** Bodies wrong in every way a JSON route must refuse. */
function bodyRows(): [string, Pick<Req, 'headers' | 'body'>][] {
  const valid = JSON.stringify(application());
  const id = (JSON.parse(valid) as { id: string }).id;
  const key = { 'idempotency-key': id };
  return [
    ['no body', { headers: { 'content-type': 'application/json' } }],
    ['empty JSON body', json('', key)],
    ['not JSON', json('{"id": ', key)],
    ['JSON null', json('null', key)],
    ['JSON number', json('42', key)],
    ['JSON string', json('"text"', key)],
    ['JSON array', json('[1,2,3]', key)],
    ['wrong types in an envelope', json(valid.replace(/"locale":"de"/, '"locale":7'), key)],
    [
      'data as an array',
      json(valid.replace(/"data":\{/, '"data":[{').replace(/,"computed"/, '],"computed"'), key),
    ],
    ['10,000 levels of arrays', json(nested(10_000), key)],
    ['10,000 levels of objects', json(nestedObject(10_000), key)],
    [
      '10,000 levels inside data',
      json(valid.replace(/"data":\{/, `"data":{"deep":${nested(10_000)},`), key),
    ],
    ['a 1 MB string', json(JSON.stringify({ q: 'x'.repeat(MB), token: 'y'.repeat(MB) }), key)],
    [
      'a 1 MB string in data',
      json(valid.replace(/"data":\{/, `"data":{"name":"${'ä'.repeat(MB / 2)}",`), key),
    ],
    ['__proto__ key', json(valid.replace(/^\{/, '{"__proto__":{"polluted":true},'), key)],
    ['nested __proto__ key', json(valid.replace(/"data":\{/, '"data":{"__proto__":{"x":1},'), key)],
    [
      'constructor.prototype key',
      json(valid.replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},'), key),
    ],
    [
      'invalid UTF-8',
      json(
        Buffer.concat([
          Buffer.from('{"q":"'),
          Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
          Buffer.from('"}'),
        ]),
        key,
      ),
    ],
    [
      'invalid UTF-8 in a text (the municipality name)',
      json(
        Buffer.concat([
          Buffer.from(valid.slice(0, valid.indexOf('Dresden'))),
          Buffer.from([0xdf, 0x65]),
          Buffer.from(valid.slice(valid.indexOf('Dresden'))),
        ]),
        key,
      ),
    ],
    [
      'invalid UTF-8 in an envelope',
      json(
        Buffer.concat([
          Buffer.from(valid.slice(0, 40)),
          Buffer.from([0xed, 0xa0, 0x80]),
          Buffer.from(valid.slice(40)),
        ]),
        key,
      ),
    ],
    [
      'NUL bytes in strings',
      json(
        valid
          .replace(/"locale":"de"/, '"locale":"d\\u0000e"')
          .replace(/"data":\{/, '"data":{"x":"\\u0000",'),
        key,
      ),
    ],
    [
      'raw NUL byte',
      json(Buffer.concat([Buffer.from('{"q":"a'), Buffer.from([0]), Buffer.from('"}')]), key),
    ],
    ['lone surrogate', json(valid.replace(/"locale":"de"/, '"locale":"\\ud800"'), key)],
    ['text/plain', { headers: { 'content-type': 'text/plain', ...key }, body: valid }],
    [
      'form-urlencoded',
      {
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...key },
        body: 'token=1&__proto__[x]=1',
      },
    ],
    ['no content type', { headers: key, body: valid }],
    [
      'JSON as multipart without a boundary',
      { headers: { 'content-type': 'multipart/form-data', ...key }, body: valid },
    ],
    [
      'content type with a bad charset',
      {
        headers: { 'content-type': 'application/json; charset=utf-7', ...key },
        body: '{"q":"+AGEAYgBj-"}',
      },
    ],
    [
      'key with a different body',
      json(JSON.stringify({ ...JSON.parse(valid), id: 'not-the-key' }), key),
    ],
    ['a huge Idempotency-Key', json(valid, { 'idempotency-key': 'k'.repeat(8000) })],
  ];
}

/** Path parameter values that must not reach anything. */
const PARAM_VALUES: [string, string][] = [
  ['a 4 KB value', 'x'.repeat(4000)],
  ['NUL', 'a%00b'],
  ['CRLF header injection', 'x%0d%0aSet-Cookie:%20injected=1%0d%0aX-Injected:%201'],
  ['invalid percent-encoding', '%ff%fe'],
  ['bad escape', '%zz'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['path traversal', '..%2f..%2fetc%2fpasswd'],
  ['a number', '12345678901234567890'],
];

/** HTTP-level garbage every route must turn away, with a problem body. */
const headerRows = (): [string, Pick<Req, 'rawHeaders' | 'headers'>][] => [
  ['CR in a header value', { rawHeaders: [Buffer.from('X-Test: a\rSet-Cookie: b')] }],
  [
    'NUL in a header value',
    { rawHeaders: [Buffer.from([...Buffer.from('X-Test: a'), 0, ...Buffer.from('b')])] },
  ],
  ['a header without a colon', { rawHeaders: [Buffer.from('Set-Cookie injected')] }],
  ['a 64 KB header', { rawHeaders: [Buffer.from(`X-Big: ${'h'.repeat(64 * 1024)}`)] }],
  [
    'two Content-Length headers',
    { rawHeaders: [Buffer.from('Content-Length: 0'), Buffer.from('Content-Length: 5')] },
  ],
];

/** Query strings each route with a query must refuse (others ignore unknown parameters). */
const QUERY_ROWS: Record<string, string[]> = {
  '/api/v1/admin/deliveries': [
    'status=nonsense',
    'status=pending&status=dead',
    'status=%00',
    'status=pending%0d%0aX-Injected:%201',
    `status=${'p'.repeat(4000)}`,
    '__proto__[x]=1&constructor[prototype][y]=1&status=x',
  ],
  '/api/v1/admin/usage': [
    'month=2026-13',
    'month=%00',
    'month=2026-01&month=2026-02',
    `month=${'9'.repeat(4000)}`,
    'month=%ff',
    '__proto__[x]=1&month=x',
  ],
  '/api/v1/admin/audit': ['limit=-1', 'limit=abc', 'offset=-5', 'limit=1e309', 'limit=1&limit=2'],
};

type RouteKind = { method: string; url: string };

/** Routes without rows of their own, and why. */
const EXEMPT: Record<string, string> = {
  'OPTIONS *':
    'the CORS preflight of every route: no input beyond the headers rows (tested on each route)',
};

/** The table: rows per route, from its method and its path parameters. */
function rowsFor(route: RouteKind): [string, Req][] {
  const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const fill = (value: string) => route.url.replace(/:(\w+)/g, () => value);
  // Body and header rows go to a path that exists (a known lookup), so the body is what fails.
  const safePath = route.url === '/api/v1/lookups/:name' ? fill('wz2008') : fill('HST-2026-999999');
  const auth = route.url.startsWith('/api/v1/admin')
    ? { authorization: `Bearer ${TOKEN}` }
    : undefined;
  const rows: [string, Req][] = [];
  for (const [name, r] of headerRows())
    rows.push([
      name,
      {
        method: route.method,
        path: safePath,
        headers: { ...auth, ...r.headers },
        rawHeaders: r.rawHeaders,
      },
    ]);
  for (const [name, value] of PARAM_VALUES)
    if (params.length)
      rows.push([`param: ${name}`, { method: route.method, path: fill(value), headers: auth }]);
  if (route.method === 'POST' || route.method === 'DELETE' || route.method === 'PUT')
    for (const [name, r] of bodyRows())
      rows.push([
        `body: ${name}`,
        { method: route.method, path: safePath, headers: { ...auth, ...r.headers }, body: r.body },
      ]);
  for (const q of QUERY_ROWS[route.url] ?? [])
    rows.push([
      `query: ${q.slice(0, 40)}`,
      { method: route.method, path: `${route.url}?${q}`, headers: auth },
    ]);
  return rows;
}

describe('bad input sweep over every route', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-fault-sweep-'));
  let app: FastifyInstance;
  let port: number;
  const routes: RouteKind[] = [];

  before(async () => {
    app = buildHub({
      dataDir,
      configs: loadConfigs(join(root, 'examples/config')),
      logger: false,
      rateLimit: false,
      adminToken: TOKEN,
      warn: () => undefined,
    });
    app.addHook('onRoute', (r) => {
      for (const method of [r.method].flat()) routes.push({ method, url: r.url });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  after(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every malformed request 4xx problem+json, stores nothing and stays healthy', async () => {
    assert.ok(routes.length >= 20, `routes found: ${routes.length}`);
    const before = counts(dataDir);
    const failures: string[] = [];
    let sent = 0;
    const byStatus = new Map<number, number>();
    for (const route of routes) {
      const id = `${route.method} ${route.url}`;
      if (route.method === 'HEAD') continue; // fastify's HEAD of a GET route: same handler, no body to inspect
      if (id in EXEMPT) continue;
      const rows = rowsFor(route);
      assert.ok(rows.length > 0, `${id} has no rows in the sweep table`);
      for (const [name, req] of rows) {
        const res = await raw(port, encode(port, req));
        sent++;
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        const type = res.headers['content-type'] ?? '';
        const problems: string[] = [];
        if (res.status < 400 || res.status > 499) problems.push(`status ${res.status}`);
        if (!type.startsWith('application/problem+json')) problems.push(`content-type "${type}"`);
        else {
          try {
            const p = JSON.parse(res.body) as {
              status?: number;
              detail?: string;
              requestId?: string;
            };
            if (p.status !== res.status || !p.detail || !p.requestId)
              problems.push(`problem body ${res.body.slice(0, 200)}`);
          } catch {
            problems.push(`body not JSON: ${res.body.slice(0, 120)}`);
          }
        }
        if (res.headers['set-cookie']?.includes('injected') || 'x-injected' in res.headers)
          problems.push('an injected header came back');
        if (problems.length) failures.push(`${id} — ${name}: ${problems.join(', ')}`);
      }
    }
    const afterCounts = counts(dataDir);
    console.log(
      `sweep: ${routes.length} routes, ${sent} malformed requests, answered ${[...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(
          ' ',
        )}, ${failures.length} not 4xx problem+json; rows before ${JSON.stringify(before)} after ${JSON.stringify(afterCounts)}`,
    );
    console.log(failures.filter((f) => !/header|Content-Length/.test(f)).join('\n'));
    assert.deepEqual(failures, []);
    assert.deepEqual(afterCounts, before, 'nothing stored');

    // Healthy after: liveness, and a valid application is still accepted.
    const base = `http://127.0.0.1:${port}/api/v1`;
    assert.equal((await fetch(`${base}/health`)).status, 200);
    const e = application();
    const res = await fetch(`${base}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': e.id },
      body: JSON.stringify(e),
    });
    assert.equal(res.status, 201, await res.text());
    assert.equal(counts(dataDir).submissions, before.submissions! + 1);
  });
});
