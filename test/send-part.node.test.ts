/**
 * Issue 5, size: the transport client (retries, problem+json, the envelope's contract check) is
 * not in any script-tag bundle; it is `komm-send.js` beside them, which the bundles import from
 * their own URL when an application is sent (src/components/load-send.ts). Checked on the built
 * files (built first when dist/cdn has none).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ensureBuilt } from './e2e/harness.js';

/** Strings only the transport client has: its request header and the hub's path. */
const CLIENT_MARKS = ['Idempotency-Key', '/submissions'];

describe('the sending part beside the bundles', () => {
  const send = readFileSync(ensureBuilt('komm-send.js'), 'utf8');
  const cdn = join(ensureBuilt('hundesteuer.js'), '..');
  const bundles = readdirSync(cdn).filter(
    (f) => f.endsWith('.js') && !f.endsWith('.en.js') && !f.startsWith('komm-'),
  );

  test('komm-send.js is the transport client and carries no Lit', () => {
    for (const mark of CLIENT_MARKS) assert.ok(send.includes(mark), `komm-send.js lacks ${mark}`);
    assert.doesNotMatch(send, /lit-html|customElements\.define/);
    assert.match(send, /export\s*\{[^}]*\bsubmitEnvelope\b/);
  });

  test('no assistant bundle (nor all.js) carries the client; each imports komm-send.js', () => {
    assert.ok(bundles.includes('hundesteuer.js') && bundles.includes('all.js'), String(bundles));
    for (const file of bundles) {
      const code = readFileSync(join(cdn, file), 'utf8');
      for (const mark of CLIENT_MARKS)
        assert.ok(!code.includes(mark), `${file} still carries the transport client (${mark})`);
      assert.ok(code.includes('komm-send.js'), `${file} does not load komm-send.js`);
    }
  });
});
