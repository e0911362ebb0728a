// The `onStored` hook (the demo's one-line log) fires once per newly stored application.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { envelope, startHub, TEST_AGS } from './test-support.js';

it('onStored reports each new submission once, not its replays or rejections', async () => {
  const seen: { reference: string; assistant: string; ags: string }[] = [];
  const hub = await startHub({ onStored: (s) => seen.push(s) });
  try {
    const env = envelope();
    const first = await hub.post(env);
    assert.equal(first.status, 201);
    const { reference } = (await first.json()) as { reference: string };
    assert.equal((await hub.post(env)).status, 200);
    assert.equal((await hub.post({ ...envelope(), data: {} })).status, 422);
    assert.deepEqual(seen, [{ reference, assistant: 'testantrag', ags: TEST_AGS }]);
  } finally {
    await hub.close();
  }
});
