import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEnvelope, newEnvelopeId, uuidV4FromBytes } from './envelope.js';
import { envelopeSchema } from './envelope-schema.js';
import {
  transportTestAssistant as def,
  transportTestConfig as config,
  validAnswers,
} from './test-assistant.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newEnvelopeId', () => {
  it('makes distinct UUID v4s', () => {
    const a = newEnvelopeId();
    const b = newEnvelopeId();
    assert.match(a, UUID_V4);
    assert.notEqual(a, b);
  });

  it('formats random bytes as a v4 UUID (the fallback outside secure contexts)', () => {
    assert.equal(
      uuidV4FromBytes(new Uint8Array(16).fill(0xff)),
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
    assert.equal(uuidV4FromBytes(new Uint8Array(16)), '00000000-0000-4000-8000-000000000000');
    const id = uuidV4FromBytes(crypto.getRandomValues(new Uint8Array(16)));
    assert.match(id, UUID_V4);
    assert.equal(
      envelopeSchema.safeParse(createEnvelope({ def, config, data: {}, locale: 'de', id })).success,
      true,
    );
  });
});

describe('createEnvelope', () => {
  it('builds the DESIGN.md envelope from definition, config and answers', () => {
    const id = newEnvelopeId();
    const env = createEnvelope({
      def,
      config,
      data: validAnswers,
      computed: { gebuehr: 12 },
      locale: 'de',
      id,
      submittedAt: '2026-11-29T10:00:00.000Z',
      prefilled: ['halter.name', '/data/halter/plz'],
    });
    assert.deepEqual(env, {
      id,
      assistant: { id: 'transport-test', version: '1.2.3', schemaVersion: '7' },
      municipality: { ags: '14612000', name: 'Teststadt' },
      locale: 'de',
      submittedAt: '2026-11-29T10:00:00.000Z',
      data: validAnswers,
      computed: { gebuehr: 12 },
      attachments: [],
      prefilled: ['/data/halter/name', '/data/halter/plz'],
    });
    assert.equal(envelopeSchema.safeParse(env).success, true);
  });

  it('defaults submittedAt to now, computed and prefilled to empty', () => {
    const before = Date.now();
    const env = createEnvelope({ def, config, data: {}, locale: 'en', id: newEnvelopeId() });
    const at = Date.parse(env.submittedAt);
    assert.ok(at >= before && at <= Date.now());
    assert.deepEqual(env.computed, {});
    assert.deepEqual(env.prefilled, []);
    assert.equal(envelopeSchema.safeParse(env).success, true);
  });

  it('accepts a Date and de-duplicates prefilled pointers', () => {
    const env = createEnvelope({
      def,
      config,
      data: {},
      locale: 'de',
      id: newEnvelopeId(),
      submittedAt: new Date(Date.UTC(2026, 10, 29, 10)),
      prefilled: ['halter.name', '/data/halter/name'],
    });
    assert.equal(env.submittedAt, '2026-11-29T10:00:00.000Z');
    assert.deepEqual(env.prefilled, ['/data/halter/name']);
  });

  it('reads only the routing fields of the config, not its other parts', () => {
    const env = createEnvelope({ def, config, data: {}, locale: 'de', id: newEnvelopeId() });
    assert.deepEqual(Object.keys(env.municipality).sort(), ['ags', 'name']);
    assert.equal(JSON.stringify(env).includes('datenschutz'), false);
  });
});
