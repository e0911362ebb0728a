// The client in a real browser against the real hub on another origin: the CORS preflight
// (Content-Type and Idempotency-Key), `credentials: 'omit'` with a wildcard origin, and reading a
// problem+json body cross-origin, "Fehlernummer" included.
import { expect } from '@open-wc/testing';
import { hubInfo, hubCount } from '../../test/hub-commands.js';
import { submitEnvelope } from './client.js';
import { createEnvelope, newEnvelopeId } from './envelope.js';
import {
  transportTestAssistant as def,
  transportTestConfig as config,
  validAnswers,
} from './test-assistant.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('submitEnvelope in the browser', () => {
  it("posts cross-origin and reads the hub's problem (an assistant this hub does not know)", async () => {
    const { url } = await hubInfo();
    expect(new URL(url).origin).not.to.equal(location.origin);
    const before = await hubCount();
    const id = newEnvelopeId();
    const env = createEnvelope({ def, config, data: validAnswers, locale: 'de', id });
    const out = await submitEnvelope(url, env, { def, timeoutMs: 5000, maxAttempts: 1 });
    if (out.ok || out.kind !== 'validation')
      throw new Error(`unexpected outcome ${JSON.stringify(out)}`);
    expect(out.status).to.equal(422);
    expect(out.requestId).to.match(UUID);
    expect(out.problem.errors?.map((e) => [e.pointer, e.code])).to.deep.equal([
      ['/assistant/id', 'unknown_assistant'],
    ]);
    expect(out.issues, "envelope-level errors are no field's").to.deep.equal([]);
    expect(await hubCount()).to.equal(before);
  });

  it('an unreachable endpoint ends as a transient network failure, not an exception', async () => {
    const out = await submitEnvelope(
      'http://127.0.0.1:1/api/v1',
      createEnvelope({ def, config, data: {}, locale: 'de', id: newEnvelopeId() }),
      {
        def,
        maxAttempts: 2,
        sleep: async () => undefined,
      },
    );
    expect(out).to.deep.equal({
      ok: false,
      kind: 'transient',
      retryable: true,
      reason: 'network',
      attempts: 2,
    });
  });

  it('makes UUID v4 ids in the page', () => {
    expect(newEnvelopeId()).to.match(UUID);
  });
});
