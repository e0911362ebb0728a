import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEnvelope, envelopeFiles } from '../transport/envelope.js';
import { defineAssistant } from './define-assistant.js';
import { attachmentsOf } from './files.js';
import { payloadSchemaOf } from './payload-schema.js';
import { pruneAnswers } from './prune.js';
import type { Answers, FileAnswer } from './types.js';
import { validateAll } from './validate.js';
import { z } from './zod.js';

const file = (n: number, over: Partial<FileAnswer> = {}): FileAnswer => ({
  uploadId: `u${n}`,
  filename: `beleg-${n}.pdf`,
  mediaType: 'application/pdf',
  size: 100 + n,
  sha256: String(n).repeat(64).slice(0, 64),
  ...over,
});

const def = defineAssistant<unknown>({
  id: 'probe',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'simple',
  referencePrefix: 'P',
  params: z.unknown(),
  steps: [
    {
      id: 'a',
      fields: [
        { type: 'radio', path: 'kind', required: true, options: [{ value: 'x' }, { value: 'y' }] },
        {
          type: 'file',
          path: 'proof',
          required: true,
          visibleWhen: ({ answers }) => answers.kind === 'x',
        },
        { type: 'file', path: 'more', multiple: true, minFiles: 2, maxFiles: 3 },
      ],
    },
    {
      id: 'b',
      fields: [
        {
          type: 'group',
          path: 'items',
          repeat: { min: 1, max: 3, editable: true },
          fields: [{ type: 'file', path: 'scan' }],
        },
      ],
    },
  ],
  messages: { de: {}, en: {} },
});

const check = (answers: Answers) =>
  validateAll(def, { answers, params: {}, today: '2026-12-01' }).map((i) => `${i.path}:${i.code}`);

describe('file fields', () => {
  it('is required when visible and counts its files', () => {
    assert.deepEqual(check({ kind: 'x', items: [{}] }), ['proof:required']);
    assert.deepEqual(check({ kind: 'y', items: [{}] }), []);
    assert.deepEqual(check({ kind: 'x', proof: [file(1), file(2)], items: [{}] }), [
      'proof:too_many',
    ]);
    assert.deepEqual(check({ kind: 'y', more: [file(1)], items: [{}] }), ['more:too_few']);
    assert.deepEqual(
      check({ kind: 'y', more: [file(1), file(2), file(3), file(4)], items: [{}] }),
      ['more:too_many'],
    );
    assert.deepEqual(check({ kind: 'y', more: [file(1), file(2)], items: [{}] }), []);
  });

  it('is part of the payload schema as an array of the hub answer', () => {
    const ok = (proof: unknown) =>
      payloadSchemaOf(def).safeParse({ kind: 'x', proof, items: [{}] }).success;
    assert.equal(ok([file(1)]), true);
    assert.equal(ok('beleg.pdf'), false);
    assert.equal(ok([file(1, { sha256: 'abc' })]), false);
    assert.equal(ok([{ ...file(1), bytes: 'AAAA' }]), false);
    assert.equal(ok([{ ...file(1), size: -1 }]), false);
  });

  it('lists the sent files as attachments with their field path', () => {
    const answers = {
      kind: 'y',
      proof: [file(9)], // hidden: not sent, not attached
      more: [file(1), file(2)],
      items: [{ scan: [file(3)] }, {}, { scan: [file(4)] }],
    };
    const data = pruneAnswers(def, { answers, params: {}, today: '2026-12-01' });
    envelopeFiles.of = attachmentsOf; // as components/fields/file-field.ts sets it
    assert.deepEqual(
      attachmentsOf(def.steps, data).map((a) => `${a.field}:${a.uploadId}`),
      ['more:u1', 'more:u2', 'items.0.scan:u3', 'items.2.scan:u4'],
    );
    const env = createEnvelope({
      def,
      config: { municipality: { ags: '14612000', name: 'Dresden' } },
      data,
      locale: 'de',
      id: '2f1c0000-0000-4000-8000-000000000000',
    });
    assert.deepEqual(env.attachments[0], { ...file(1), field: 'more' });
    assert.equal(env.attachments.length, 4);
  });
});
