import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_RETRY_POLICY,
  backoffDelay,
  isTransientStatus,
  parseRetryAfter,
  retryDelay,
  sleep,
} from './retry.js';

describe('backoffDelay (full jitter)', () => {
  it('is random() times the doubled ceiling', () => {
    assert.equal(
      backoffDelay(0, () => 0.5),
      250,
    );
    assert.equal(
      backoffDelay(1, () => 0.5),
      500,
    );
    assert.equal(
      backoffDelay(3, () => 0.5),
      2000,
    );
    assert.equal(
      backoffDelay(2, () => 0),
      0,
    );
  });

  it('stays within [0, min(cap, base * 2^n)) for any random value', () => {
    for (let n = 0; n < 12; n++) {
      const ceiling = Math.min(20_000, 500 * 2 ** n);
      for (const r of [0, 0.1, 0.5, 0.999999]) {
        const d = backoffDelay(n, () => r);
        assert.ok(d >= 0 && d < ceiling, `n=${n} r=${r} d=${d}`);
      }
      assert.ok(backoffDelay(n, () => 1) <= ceiling);
    }
  });

  it('never exceeds the 20 s cap, however many retries', () => {
    assert.equal(DEFAULT_RETRY_POLICY.capMs, 20_000);
    assert.equal(
      backoffDelay(10, () => 0.999999),
      19_999,
    );
    assert.equal(
      backoffDelay(50, () => 1),
      20_000,
    );
  });

  it('clamps a misbehaving random source', () => {
    assert.equal(
      backoffDelay(0, () => 7),
      500,
    );
    assert.equal(
      backoffDelay(0, () => -1),
      0,
    );
  });

  it('with a real random source, draws spread over the interval', () => {
    const draws = Array.from({ length: 200 }, () => backoffDelay(4));
    assert.ok(draws.every((d) => d >= 0 && d < 8000));
    assert.ok(Math.min(...draws) < 2000 && Math.max(...draws) > 6000, 'jitter spreads the waits');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-29T10:00:00Z');

  it('reads delta-seconds', () => {
    assert.equal(parseRetryAfter('0', now), 0);
    assert.equal(parseRetryAfter('3', now), 3000);
    assert.equal(parseRetryAfter(' 120 ', now), 120_000);
  });

  it('reads an HTTP-date relative to now', () => {
    assert.equal(parseRetryAfter('Sun, 29 Nov 2026 10:00:07 GMT', now), 7000);
  });

  it('treats a date in the past as no wait', () => {
    assert.equal(parseRetryAfter('Sun, 29 Nov 2026 09:00:00 GMT', now), 0);
  });

  it('ignores missing and unreadable values', () => {
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
    assert.equal(parseRetryAfter('', now), undefined);
    assert.equal(parseRetryAfter('-5', now), undefined);
    assert.equal(parseRetryAfter('1.5', now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
  });
});

describe('retryDelay', () => {
  it('lets Retry-After override the jittered back-off', () => {
    assert.equal(
      retryDelay(0, 3000, () => 0),
      3000,
    );
    assert.equal(
      retryDelay(3, 0, () => 0.9),
      0,
    );
  });

  it('caps Retry-After at 20 s', () => {
    assert.equal(
      retryDelay(0, 3_600_000, () => 0),
      20_000,
    );
  });

  it('falls back to back-off without Retry-After', () => {
    assert.equal(
      retryDelay(2, undefined, () => 0.5),
      1000,
    );
  });
});

describe('isTransientStatus (DESIGN.md table)', () => {
  it('retries 408, 409, 425, 429, 500, 502, 503, 504', () => {
    for (const s of [408, 409, 425, 429, 500, 502, 503, 504])
      assert.equal(isTransientStatus(s), true, String(s));
  });

  it('does not retry success, client errors or 501', () => {
    for (const s of [200, 201, 400, 401, 403, 404, 413, 415, 422, 501, 505])
      assert.equal(isTransientStatus(s), false, String(s));
  });
});

describe('sleep', () => {
  it('waits roughly the given time', async () => {
    const t = Date.now();
    await sleep(30);
    assert.ok(Date.now() - t >= 25);
  });

  it('resolves early when aborted', async () => {
    const ctrl = new AbortController();
    const t = Date.now();
    setTimeout(() => ctrl.abort(), 10);
    await sleep(10_000, ctrl.signal);
    assert.ok(Date.now() - t < 1000);
  });
});
