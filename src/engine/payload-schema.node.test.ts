import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineAssistant } from './define-assistant.js';
import { buildPayloadSchema } from './payload-schema.js';
import { z } from './zod.js';

describe('payload schema: FIM ids', () => {
  it('carries a field’s and a group’s `fimId` as `x-fim-id` in the JSON Schema, and nothing else changes', () => {
    const def = defineAssistant({
      id: 'fim',
      version: '0.0.1',
      schemaVersion: '1',
      category: 'simple',
      referencePrefix: 'FIM',
      params: z.object({}),
      steps: [
        {
          id: 'a',
          fields: [
            { type: 'text', path: 'familyName', required: true, fimId: 'F60000000227' },
            { type: 'text', path: 'note' },
            {
              type: 'group',
              path: 'persons',
              fimId: 'G05000011594',
              repeat: { min: 1 },
              fields: [{ type: 'date', path: 'birthDate', fimId: 'G60000000083' }],
            },
          ],
        },
      ],
      messages: { de: {}, en: {} },
    });
    const schema = buildPayloadSchema(def);
    const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as {
      properties: Record<string, Record<string, unknown> & { items?: Record<string, any> }>;
      required: string[];
    };
    assert.equal(json.properties.familyName!['x-fim-id'], 'F60000000227');
    assert.equal(json.properties.note!['x-fim-id'], undefined);
    assert.equal(json.properties.persons!['x-fim-id'], 'G05000011594');
    assert.equal(json.properties.persons!.items!.properties.birthDate['x-fim-id'], 'G60000000083');
    assert.deepEqual(json.required.sort(), ['familyName', 'persons']);
    assert.equal(schema.safeParse({ familyName: 'Graf', persons: [{}] }).success, true);
    assert.equal(schema.safeParse({ familyName: 1, persons: [{}] }).success, false);
  });
});
