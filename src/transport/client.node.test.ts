import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { submitEnvelope, type FetchFn, type SubmitOptions } from './client.js';
import { createEnvelope, newEnvelopeId } from './envelope.js';
import type { RetryInfo, SubmitOutcome } from './outcome.js';
import {
  transportTestAssistant as def,
  transportTestConfig as config,
  validAnswers,
} from './test-assistant.js';

const ENDPOINT = 'https://hub.example/api/v1';
const PROBLEMS = 'https://komm-assistenten.de/problems/';

type Answer = Response | Error | 'hang' | (() => Response);

interface Call {
  url: string;
  init: RequestInit;
  headers: Headers;
}

/** A fetch that answers from a script, one entry per call (the last one repeats). */
function scriptedFetch(script: Answer[]): { fetchFn: FetchFn; calls: Call[] } {
  const calls: Call[] = [];
  const fetchFn: FetchFn = (url, init) => {
    calls.push({ url, init, headers: new Headers(init.headers) });
    const a = script[Math.min(calls.length - 1, script.length - 1)]!;
    if (a === 'hang') return new Promise<Response>(() => undefined);
    if (a instanceof Error) return Promise.reject(a);
    return Promise.resolve(typeof a === 'function' ? a() : a.clone());
  };
  return { fetchFn, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const problem = (
  status: number,
  type: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  new Response(
    JSON.stringify({
      type: PROBLEMS + type,
      title: 't',
      status,
      detail: 'd',
      requestId: `req-${status}`,
      ...extra,
    }),
    {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    },
  );

const created = () =>
  json(201, { reference: 'TT-2026-000001', receivedAt: '2026-11-29T10:00:01.000Z' });

const envelope = () =>
  createEnvelope({
    def,
    config,
    data: validAnswers,
    computed: { gebuehr: 12 },
    locale: 'de',
    id: newEnvelopeId(),
  });

/** Options with a recorded, instant sleep and a fixed jitter. */
function opts(fetchFn: FetchFn, extra: Partial<SubmitOptions<{ fee: number }>> = {}) {
  const waits: number[] = [];
  const retries: RetryInfo[] = [];
  const options: SubmitOptions<{ fee: number }> = {
    def,
    fetchFn,
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
    onRetry: (info) => void retries.push(info),
    ...extra,
  };
  return { options, waits, retries };
}

const kindOf = (o: SubmitOutcome) => (o.ok ? 'ok' : o.kind);

describe('submitEnvelope: the request', () => {
  it('POSTs the envelope to {endpoint}/submissions with the contract headers', async () => {
    const env = envelope();
    const { fetchFn, calls } = scriptedFetch([created()]);
    const out = await submitEnvelope(`${ENDPOINT}/`, env, opts(fetchFn).options);
    assert.deepEqual(out, {
      ok: true,
      reference: 'TT-2026-000001',
      receivedAt: '2026-11-29T10:00:01.000Z',
      replayed: false,
      status: 201,
    });
    assert.equal(calls.length, 1);
    const [c] = calls;
    assert.equal(c!.url, `${ENDPOINT}/submissions`);
    assert.equal(c!.init.method, 'POST');
    assert.equal(c!.init.credentials, 'omit');
    assert.equal(c!.init.mode, 'cors');
    assert.equal(c!.headers.get('content-type'), 'application/json');
    assert.equal(c!.headers.get('idempotency-key'), env.id);
    assert.deepEqual(JSON.parse(String(c!.init.body)), env);
    assert.ok(c!.init.signal instanceof AbortSignal);
  });

  it('validates before sending: a broken envelope never leaves', async () => {
    const env = { ...envelope(), municipality: { ags: '123', name: 'X' } };
    const { fetchFn, calls } = scriptedFetch([created()]);
    const out = await submitEnvelope(ENDPOINT, env, opts(fetchFn).options);
    assert.equal(kindOf(out), 'invalid');
    assert.equal(calls.length, 0);
    assert.ok(
      !out.ok &&
        out.kind === 'invalid' &&
        out.errors.some((e) => e.pointer === '/municipality/ags'),
    );
  });

  it('reports answers that are not JSON as invalid, without sending', async () => {
    const env = { ...envelope(), data: { n: 1n } };
    const { fetchFn, calls } = scriptedFetch([created()]);
    const out = await submitEnvelope(ENDPOINT, env, opts(fetchFn).options);
    assert.deepEqual(out, {
      ok: false,
      kind: 'invalid',
      retryable: false,
      errors: [{ pointer: '/data', code: 'not_json' }],
    });
    assert.equal(calls.length, 0);
  });
});

describe('submitEnvelope: success', () => {
  it('takes 200 as the replay of an earlier 201', async () => {
    const { fetchFn } = scriptedFetch([
      json(200, { reference: 'TT-1', receivedAt: '2026-11-29T09:00:00.000Z' }),
    ]);
    const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
    assert.deepEqual(out, {
      ok: true,
      reference: 'TT-1',
      receivedAt: '2026-11-29T09:00:00.000Z',
      replayed: true,
      status: 200,
    });
  });

  it("passes the receipt's payment on, only with an http(s) link and an amount", async () => {
    const pay = {
      url: 'https://epay.example/p?r=TT-3',
      amount: 29,
      currency: 'EUR',
      status: 'open',
    };
    for (const [payment, expected] of [
      [pay, pay],
      [
        { url: 'https://epay.example/p', amount: 15 },
        { url: 'https://epay.example/p', amount: 15, currency: 'EUR', status: 'open' },
      ],
      [{ ...pay, url: 'javascript:alert(1)' }, undefined],
      [{ ...pay, amount: '29' }, undefined],
      ['x', undefined],
    ] as const) {
      const { fetchFn } = scriptedFetch([
        json(201, { reference: 'TT-3', receivedAt: 'r', payment }),
      ]);
      const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
      assert.ok(out.ok);
      assert.deepEqual(out.payment, expected);
      assert.equal('payment' in out, expected !== undefined);
    }
  });

  it("passes the receipt's assignmentCode on (§ 19 Abs. 4 BMG), and only a non-empty one", async () => {
    for (const [code, expected] of [
      ['K7PX9MN4QR', 'K7PX9MN4QR'],
      ['', undefined],
      [42, undefined],
    ] as const) {
      const { fetchFn } = scriptedFetch([
        json(201, { reference: 'TT-2', receivedAt: 'r', assignmentCode: code }),
      ]);
      const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
      assert.ok(out.ok);
      assert.equal(out.assignmentCode, expected);
      assert.equal('assignmentCode' in out, expected !== undefined);
    }
  });

  it('does not take a 2xx without a reference for success', async () => {
    for (const res of [
      json(201, { receivedAt: 'x' }),
      new Response(null, { status: 204 }),
      new Response('<html>', { status: 200 }),
      json(201, { reference: '' }),
    ]) {
      const { fetchFn, calls } = scriptedFetch([res]);
      const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
      assert.equal(out.ok, false);
      assert.ok(
        !out.ok && out.kind === 'rejected' && out.retryable === false && out.status === res.status,
      );
      assert.equal(calls.length, 1, 'not retried');
    }
  });
});

describe('submitEnvelope: transient answers are retried', () => {
  for (const status of [408, 409, 425, 429, 500, 502, 503, 504]) {
    it(`${status}: 5 tries with the same Idempotency-Key and body, then transient`, async () => {
      const env = envelope();
      const { fetchFn, calls } = scriptedFetch([problem(status, 'x')]);
      const { options, waits, retries } = opts(fetchFn);
      const out = await submitEnvelope(ENDPOINT, env, options);
      assert.deepEqual(out, {
        ok: false,
        kind: 'transient',
        retryable: true,
        reason: 'status',
        attempts: 5,
        status,
        problem: {
          type: PROBLEMS + 'x',
          title: 't',
          status,
          detail: 'd',
          requestId: `req-${status}`,
        },
        requestId: `req-${status}`,
      });
      assert.equal(calls.length, 5);
      assert.deepEqual(
        new Set(calls.map((c) => c.headers.get('idempotency-key'))),
        new Set([env.id]),
      );
      assert.deepEqual(new Set(calls.map((c) => c.init.body)), new Set([JSON.stringify(env)]));
      // Full jitter with random() = 0.5 over 500, 1000, 2000, 4000 ms ceilings.
      assert.deepEqual(waits, [250, 500, 1000, 2000]);
      assert.deepEqual(
        retries.map((r) => [r.attempt, r.maxAttempts, r.status, r.reason, r.delayMs]),
        [
          [1, 5, status, 'status', 250],
          [2, 5, status, 'status', 500],
          [3, 5, status, 'status', 1000],
          [4, 5, status, 'status', 2000],
        ],
      );
    });
  }

  it('succeeds when a later try gets through (503, then 201)', async () => {
    const { fetchFn, calls } = scriptedFetch([problem(503, 'x'), created()]);
    const { options, retries } = opts(fetchFn);
    const out = await submitEnvelope(ENDPOINT, envelope(), options);
    assert.equal(out.ok, true);
    assert.equal(calls.length, 2);
    assert.equal(retries.length, 1);
    assert.equal(retries[0]!.problem?.requestId, 'req-503');
  });

  it('retries a 409 "still in flight" and ends with the replayed 200', async () => {
    const { fetchFn } = scriptedFetch([
      problem(409, 'in-flight', {}, { 'retry-after': '1' }),
      json(200, { reference: 'TT-9', receivedAt: 'r' }),
    ]);
    const { options, waits } = opts(fetchFn);
    const out = await submitEnvelope(ENDPOINT, envelope(), options);
    assert.ok(out.ok && out.replayed && out.reference === 'TT-9');
    assert.deepEqual(waits, [1000]);
  });

  it('honours Retry-After in seconds', async () => {
    const { fetchFn } = scriptedFetch([
      problem(429, 'rate-limited', {}, { 'retry-after': '3' }),
      created(),
    ]);
    const { options, waits } = opts(fetchFn);
    assert.equal((await submitEnvelope(ENDPOINT, envelope(), options)).ok, true);
    assert.deepEqual(waits, [3000]);
  });

  it('honours Retry-After as an HTTP-date', async () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    const { fetchFn } = scriptedFetch([
      problem(503, 'x', {}, { 'retry-after': 'Sun, 29 Nov 2026 10:00:07 GMT' }),
      created(),
    ]);
    const { options, waits } = opts(fetchFn, { now: () => now });
    assert.equal((await submitEnvelope(ENDPOINT, envelope(), options)).ok, true);
    assert.deepEqual(waits, [7000]);
  });

  it('caps a long Retry-After at 20 s', async () => {
    const { fetchFn } = scriptedFetch([
      problem(503, 'x', {}, { 'retry-after': '3600' }),
      created(),
    ]);
    const { options, waits } = opts(fetchFn);
    await submitEnvelope(ENDPOINT, envelope(), options);
    assert.deepEqual(waits, [20_000]);
  });

  it('retries network errors and reports them as such', async () => {
    const { fetchFn, calls } = scriptedFetch([new TypeError('fetch failed')]);
    const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
    assert.deepEqual(out, {
      ok: false,
      kind: 'transient',
      retryable: true,
      reason: 'network',
      attempts: 5,
    });
    assert.equal(calls.length, 5);
  });

  it("treats a proxy's HTML 502 as transient without a problem", async () => {
    const { fetchFn } = scriptedFetch([
      new Response('<html>Bad Gateway</html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
    ]);
    const out = await submitEnvelope(
      ENDPOINT,
      envelope(),
      opts(fetchFn, { maxAttempts: 2 }).options,
    );
    assert.deepEqual(out, {
      ok: false,
      kind: 'transient',
      retryable: true,
      reason: 'status',
      status: 502,
      attempts: 2,
    });
  });

  it('respects maxAttempts', async () => {
    const { fetchFn, calls } = scriptedFetch([problem(500, 'internal')]);
    const out = await submitEnvelope(
      ENDPOINT,
      envelope(),
      opts(fetchFn, { maxAttempts: 1 }).options,
    );
    assert.ok(!out.ok && out.kind === 'transient' && out.attempts === 1);
    assert.equal(calls.length, 1);
  });

  it('survives an onRetry hook that throws', async () => {
    const { fetchFn } = scriptedFetch([problem(503, 'x'), created()]);
    const origError = console.error;
    console.error = () => undefined;
    try {
      const out = await submitEnvelope(
        ENDPOINT,
        envelope(),
        opts(fetchFn, {
          onRetry: () => {
            throw new Error('analytics down');
          },
        }).options,
      );
      assert.equal(out.ok, true);
    } finally {
      console.error = origError;
    }
  });
});

describe('submitEnvelope: final failures are not retried', () => {
  it('422 validation maps errors to issues on their steps', async () => {
    const res = problem(422, 'validation', {
      errors: [
        { pointer: '/data/hunde/0/rasse', detail: 'fehlt', code: 'required' },
        { pointer: '/data/halter/plz', detail: 'Format', code: 'invalid_format' },
      ],
    });
    const { fetchFn, calls } = scriptedFetch([res]);
    const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
    assert.equal(calls.length, 1);
    assert.ok(!out.ok && out.kind === 'validation');
    assert.equal(out.retryable, false);
    assert.equal(out.requestId, 'req-422');
    assert.equal(out.problem.requestId, 'req-422');
    assert.deepEqual(
      out.issues.map((i) => [i.path, i.key, i.step, i.code, i.severity]),
      [
        ['hunde.0.rasse', 'hunde[].rasse', 'rassen', 'required', 'error'],
        ['halter.plz', 'halter.plz', 'halter', 'invalid_format', 'error'],
      ],
    );
  });

  it('422 idempotency-mismatch', async () => {
    const { fetchFn, calls } = scriptedFetch([problem(422, 'idempotency-mismatch')]);
    const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
    assert.ok(
      !out.ok &&
        out.kind === 'idempotency-mismatch' &&
        out.requestId === 'req-422' &&
        !out.retryable,
    );
    assert.equal(calls.length, 1);
  });

  it('413 too large', async () => {
    const { fetchFn, calls } = scriptedFetch([problem(413, 'too-large')]);
    const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
    assert.ok(
      !out.ok && out.kind === 'too-large' && out.status === 413 && out.requestId === 'req-413',
    );
    assert.equal(calls.length, 1);
  });

  for (const status of [400, 401, 403, 404, 415, 501]) {
    it(`${status} is rejected`, async () => {
      const { fetchFn, calls } = scriptedFetch([problem(status, 'malformed')]);
      const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
      assert.ok(!out.ok && out.kind === 'rejected' && out.status === status && !out.retryable);
      assert.equal(out.requestId, `req-${status}`);
      assert.equal(calls.length, 1);
    });
  }

  it('a 422 that is neither validation nor mismatch is rejected', async () => {
    const { fetchFn } = scriptedFetch([problem(422, 'something-else')]);
    const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
    assert.equal(kindOf(out), 'rejected');
  });

  it('takes the Fehlernummer from X-Request-Id when the body has none', async () => {
    const { fetchFn } = scriptedFetch([
      new Response('nope', { status: 400, headers: { 'x-request-id': 'hdr-7' } }),
    ]);
    const out = await submitEnvelope(ENDPOINT, envelope(), opts(fetchFn).options);
    assert.ok(
      !out.ok && out.kind === 'rejected' && out.requestId === 'hdr-7' && out.problem === undefined,
    );
  });
});

describe('submitEnvelope: timeout and abort', () => {
  it('gives up a try that hangs after timeoutMs and retries it', async () => {
    const { fetchFn, calls } = scriptedFetch(['hang']);
    const t = Date.now();
    const out = await submitEnvelope(
      ENDPOINT,
      envelope(),
      opts(fetchFn, { timeoutMs: 30, maxAttempts: 3 }).options,
    );
    assert.deepEqual(out, {
      ok: false,
      kind: 'transient',
      retryable: true,
      reason: 'timeout',
      attempts: 3,
    });
    assert.equal(calls.length, 3);
    assert.ok(
      calls.every((c) => c.init.signal?.aborted),
      "each try's request is aborted",
    );
    assert.ok(Date.now() - t < 2000);
  });

  it('times out a body that never finishes', async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: () => undefined }), { status: 201 });
    const { fetchFn } = scriptedFetch([stalled, created()]);
    const out = await submitEnvelope(
      ENDPOINT,
      envelope(),
      opts(fetchFn, { timeoutMs: 30 }).options,
    );
    assert.equal(out.ok, true, 'the second try gets through');
  });

  it('a hung try then a good one succeeds', async () => {
    const { fetchFn } = scriptedFetch(['hang', created()]);
    const { options, retries } = opts(fetchFn, { timeoutMs: 20 });
    const out = await submitEnvelope(ENDPOINT, envelope(), options);
    assert.equal(out.ok, true);
    assert.equal(retries[0]!.reason, 'timeout');
  });

  it('aborts a hanging try when the caller aborts', async () => {
    const ctrl = new AbortController();
    const { fetchFn, calls } = scriptedFetch(['hang']);
    setTimeout(() => ctrl.abort(), 20);
    const out = await submitEnvelope(
      ENDPOINT,
      envelope(),
      opts(fetchFn, { signal: ctrl.signal, timeoutMs: 60_000 }).options,
    );
    assert.deepEqual(out, { ok: false, kind: 'aborted', retryable: true });
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.init.signal?.aborted, true);
  });

  it('sends nothing when already aborted', async () => {
    const { fetchFn, calls } = scriptedFetch([created()]);
    const out = await submitEnvelope(
      ENDPOINT,
      envelope(),
      opts(fetchFn, { signal: AbortSignal.abort() }).options,
    );
    assert.equal(kindOf(out), 'aborted');
    assert.equal(calls.length, 0);
  });

  it('stops retrying when aborted during the wait (real sleep)', async () => {
    const ctrl = new AbortController();
    const { fetchFn, calls } = scriptedFetch([problem(503, 'x', {}, { 'retry-after': '10' })]);
    const { options } = opts(fetchFn, { signal: ctrl.signal });
    delete options.sleep;
    options.onRetry = () => setTimeout(() => ctrl.abort(), 10);
    const t = Date.now();
    const out = await submitEnvelope(ENDPOINT, envelope(), options);
    assert.equal(kindOf(out), 'aborted');
    assert.equal(calls.length, 1);
    assert.ok(Date.now() - t < 2000, 'did not wait the 10 s');
  });

  it('never throws, even when fetch throws synchronously', async () => {
    const fetchFn: FetchFn = () => {
      throw new Error('boom');
    };
    const out = await submitEnvelope(
      ENDPOINT,
      envelope(),
      opts(fetchFn, { maxAttempts: 2 }).options,
    );
    assert.deepEqual(out, {
      ok: false,
      kind: 'transient',
      retryable: true,
      reason: 'network',
      attempts: 2,
    });
  });
});
