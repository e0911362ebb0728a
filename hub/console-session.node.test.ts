// Operator console sessions (issue 13) over HTTP with the real hub: the token exchanged for a
// session cookie (its attributes), wrong tokens refused and rate-limited, the operator API
// opened by the cookie only with the session's CSRF header on POST/DELETE, logout, expiry, and
// the bearer token working as before.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { consoleOrigin as origin } from './console-test-support.js';
import { envelope, startHub, type TestHub } from './test-support.js';

const TOKEN = 'console-test-token';

async function signIn(hub: TestHub, token = TOKEN, headers: Record<string, string> = {}) {
  return fetch(`${origin(hub)}/admin/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ token }),
  });
}

/** The `name=value` part of a Set-Cookie header, to send back as `Cookie`. */
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

describe('console sessions', () => {
  let hub: TestHub;
  before(async () => {
    hub = await startHub({ adminToken: TOKEN });
  });
  after(() => hub.close());

  it('refuses a wrong token with 401 problem+json and sets no cookie', async () => {
    const res = await signIn(hub, 'wrong');
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(res.headers.get('set-cookie'), null);
    assert.match(((await res.json()) as { detail: string }).detail, /Token ist nicht richtig/);
  });

  it('exchanges the right token for an HttpOnly, SameSite=Strict cookie of 8 h and a CSRF token', async () => {
    const res = await signIn(hub);
    assert.equal(res.status, 200);
    const cookie = res.headers.get('set-cookie') ?? '';
    const attrs = cookie.split(';').map((a) => a.trim());
    assert.match(attrs[0]!, /^komm_admin_session=[\w-]{40,}$/);
    assert.ok(attrs.includes('HttpOnly'), cookie);
    assert.ok(attrs.includes('SameSite=Strict'), cookie);
    assert.ok(attrs.includes('Path=/'), cookie);
    assert.ok(attrs.includes('Max-Age=28800'), cookie);
    assert.ok(!attrs.includes('Secure'), 'plain HTTP: no Secure, or the browser would drop it');
    const body = (await res.json()) as { csrf: string; expiresAt: string };
    assert.match(body.csrf, /^[\w-]{40,}$/);
    assert.ok(Date.parse(body.expiresAt) > Date.now() + 7.9 * 3600_000);

    // The page, after a reload, gets the same CSRF token for its cookie.
    const again = await fetch(`${origin(hub)}/admin/session`, {
      headers: { cookie: cookieOf(res) },
    });
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { csrf: string }).csrf, body.csrf);
    assert.equal((await fetch(`${origin(hub)}/admin/session`)).status, 401);
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const res = await signIn(hub, TOKEN, { 'x-forwarded-proto': 'https' });
    assert.equal(res.status, 200);
    assert.ok(/;\s*Secure/.test(res.headers.get('set-cookie') ?? ''));
  });

  it('accepts a plain form and sends the browser back to the console', async () => {
    const res = await fetch(`${origin(hub)}/admin/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }).toString(),
      redirect: 'manual',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/');
    assert.match(cookieOf(res), /^komm_admin_session=/);
  });

  it('opens the operator API: reads with the cookie, changes only with the CSRF header', async () => {
    const login = await signIn(hub);
    const cookie = cookieOf(login);
    const { csrf } = (await login.json()) as { csrf: string };

    const list = await fetch(`${hub.url}/admin/deliveries`, { headers: { cookie } });
    assert.equal(list.status, 200);

    const stored = await hub.post(envelope());
    assert.equal(stored.status, 201);
    const { reference } = (await stored.json()) as { reference: string };
    const erase = (headers: Record<string, string>) =>
      fetch(`${hub.url}/admin/submissions/${reference}`, { method: 'DELETE', headers });

    const without = await erase({ cookie });
    assert.equal(without.status, 403);
    assert.match(without.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.match(((await without.json()) as { detail: string }).detail, /x-csrf-token/);
    assert.equal((await erase({ cookie, 'x-csrf-token': 'not-the-token' })).status, 403);
    // Another session's CSRF token is not this one's.
    const other = (await (await signIn(hub)).json()) as { csrf: string };
    assert.equal((await erase({ cookie, 'x-csrf-token': other.csrf })).status, 403);

    const done = await erase({ cookie, 'x-csrf-token': csrf });
    assert.equal(done.status, 200);
    assert.equal(((await done.json()) as { erased: boolean }).erased, true);
  });

  it('keeps the bearer token working unchanged, without CSRF header', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    assert.equal((await fetch(`${hub.url}/admin/deliveries`, { headers: auth })).status, 200);
    const retry = await fetch(`${hub.url}/admin/deliveries/999999/retry`, {
      method: 'POST',
      headers: auth,
    });
    assert.equal(retry.status, 404, 'past the auth check: the delivery does not exist');
    const wrong = await fetch(`${hub.url}/admin/deliveries`, {
      headers: { authorization: 'Bearer nope' },
    });
    assert.equal(wrong.status, 401);
    assert.equal((await fetch(`${hub.url}/admin/deliveries`)).status, 401);
  });

  it('logs out: only with the CSRF header; afterwards the cookie opens nothing', async () => {
    const login = await signIn(hub);
    const cookie = cookieOf(login);
    const { csrf } = (await login.json()) as { csrf: string };
    const logout = (headers: Record<string, string>) =>
      fetch(`${origin(hub)}/admin/session`, { method: 'DELETE', headers });
    assert.equal((await logout({ cookie })).status, 403);
    const out = await logout({ cookie, 'x-csrf-token': csrf });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /^komm_admin_session=;.*Max-Age=0/);
    assert.equal((await fetch(`${hub.url}/admin/deliveries`, { headers: { cookie } })).status, 401);
    assert.equal(
      (await fetch(`${origin(hub)}/admin/session`, { headers: { cookie } })).status,
      401,
    );
  });

  it('links the month CSV: ?format=csv is exactly the Accept: text/csv answer', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const month = new Date().toISOString().slice(0, 7);
    const byAccept = await fetch(`${hub.url}/admin/usage?month=${month}`, {
      headers: { ...auth, accept: 'text/csv' },
    });
    const byLink = await fetch(`${hub.url}/admin/usage?month=${month}&format=csv`, {
      headers: auth,
    });
    assert.equal(byLink.status, 200);
    assert.match(byLink.headers.get('content-type') ?? '', /^text\/csv/);
    assert.equal(await byLink.text(), await byAccept.text());
  });
});

describe('console sign-in rate limit', () => {
  it('answers 429 after 5 wrong tokens a minute from one address, even for the right one', async () => {
    const hub = await startHub({ adminToken: TOKEN });
    try {
      for (let i = 0; i < 5; i++) assert.equal((await signIn(hub, `wrong-${i}`)).status, 401);
      const limited = await signIn(hub);
      assert.equal(limited.status, 429);
      assert.match(limited.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.equal(limited.headers.get('set-cookie'), null);
    } finally {
      await hub.close();
    }
  });
});

describe('console session expiry', () => {
  it('ends a session after 8 hours', async () => {
    let clock = Date.parse('2026-11-30T08:00:00Z');
    const hub = await startHub({ adminToken: TOKEN, now: () => new Date(clock) });
    try {
      const cookie = cookieOf(await signIn(hub));
      clock += 8 * 3600_000 - 1000;
      assert.equal(
        (await fetch(`${hub.url}/admin/deliveries`, { headers: { cookie } })).status,
        200,
      );
      clock += 2000;
      assert.equal(
        (await fetch(`${hub.url}/admin/deliveries`, { headers: { cookie } })).status,
        401,
      );
    } finally {
      await hub.close();
    }
  });
});

describe('without HUB_ADMIN_TOKEN', () => {
  it('has no console', async () => {
    const hub = await startHub({ adminToken: '' });
    try {
      assert.equal((await fetch(`${origin(hub)}/admin/`)).status, 404);
      assert.equal((await signIn(hub, '')).status, 404);
    } finally {
      await hub.close();
    }
  });
});
