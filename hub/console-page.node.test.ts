// The operator console's page (issue 13) from the real hub: `GET /admin/` and its two files,
// each with `Content-Security-Policy: default-src 'self'`; the page loads only same-origin files
// and has no inline script or style, so it can work under that policy at all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { consoleOrigin } from './console-test-support.js';
import { startHub, type TestHub } from './test-support.js';

describe('GET /admin/', () => {
  let hub: TestHub;
  let origin: string;
  before(async () => {
    hub = await startHub({ adminToken: 'page-test-token' });
    origin = consoleOrigin(hub);
  });
  after(() => hub.close());

  it('serves the page under default-src self, referencing only same-origin files', async () => {
    const res = await fetch(`${origin}/admin/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /(^|;)\s*default-src 'self'\s*(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const page = await res.text();
    const refs = [...page.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    assert.deepEqual(refs.sort(), [
      '/admin/console.css',
      '/admin/console.js',
      '/admin/favicon.svg',
    ]);
    assert.doesNotMatch(page, /<style|\sstyle=|\son[a-z]+=/i, 'no inline style or handler');
    for (const script of page.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? [])
      assert.match(script, /^<script type="module" src="\/admin\/console\.js"><\/script>$/);
    assert.match(page, /<html lang="de">/);
    assert.match(page, /<komm-console>/);
  });

  it('redirects /admin to /admin/', async () => {
    const res = await fetch(`${origin}/admin`, { redirect: 'manual' });
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/admin/');
  });

  it('serves the bundle and the stylesheet from the hub', async () => {
    const js = await fetch(`${origin}/admin/console.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    const code = await js.text();
    assert.match(code, /komm-console/);
    assert.doesNotMatch(code, /^import\s/m, 'one bundle: no imports of other files');
    const css = await fetch(`${origin}/admin/console.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await css.text(), /:focus-visible/);
    const icon = await fetch(`${origin}/admin/favicon.svg`);
    assert.equal(icon.status, 200);
    assert.match(icon.headers.get('content-type') ?? '', /^image\/svg\+xml/);
  });
});
