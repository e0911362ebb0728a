import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineAssistant } from './define-assistant.js';
import { fixture, fixtureParams, probeDefinition, TODAY, validAnmeldung } from './test-fixtures.js';
import type { FieldDef } from './types.js';
import { payloadSchemaOf } from './payload-schema.js';

const def = probeDefinition;
const text = (path: string): FieldDef<unknown> => ({ type: 'text', path });

describe('defineAssistant', () => {
  it('keeps the definition and freezes the result', () => {
    assert.equal(fixture.id, 'hundesteuer');
    assert.equal(fixture.steps.length, 7);
    assert.ok(Object.isFrozen(fixture));
    assert.throws(() => {
      (fixture as { id: string }).id = 'x';
    });
  });

  it('builds the payload schema once, on first use', () => {
    const a = defineAssistant(def([{ id: 's', fields: [text('a')] }]));
    const schema = payloadSchemaOf(a);
    assert.equal(payloadSchemaOf(a), schema);
    assert.equal(schema.safeParse({ a: 'x' }).success, true);
    assert.equal(schema.safeParse({ b: 'x' }).success, false);
  });

  it('computes derived values from the parameters', () => {
    const ctx = { answers: validAnmeldung(), params: fixtureParams, today: TODAY };
    assert.deepEqual(fixture.computed!(ctx), { jahressteuer: 108 + 180 });
  });

  it('refuses duplicate step ids', () => {
    assert.throws(
      () =>
        defineAssistant(
          def([
            { id: 's', fields: [] },
            { id: 's', fields: [] },
          ]),
        ),
      /duplicate step id "s"/,
    );
  });

  it('refuses field paths that are not one identifier, also inside groups', () => {
    for (const path of ['halter.name', 'hunde.0', '', '1st', 'a-b', 'a b']) {
      assert.throws(
        () => defineAssistant(def([{ id: 's', fields: [text(path)] }])),
        /must be one identifier/,
        path,
      );
    }
    const nested: FieldDef<unknown> = { type: 'group', path: 'g', fields: [text('bad.path')] };
    assert.throws(
      () => defineAssistant(def([{ id: 's', fields: [nested] }])),
      /probe\/s\.g: field path "bad\.path"/,
    );
    // Info fields hold no value, so their path is free.
    assert.doesNotThrow(() =>
      defineAssistant(def([{ id: 's', fields: [{ type: 'info', path: 'hint.one' }] }])),
    );
  });

  it('refuses field paths the answers could never hold', () => {
    for (const path of ['constructor', 'prototype']) {
      assert.throws(
        () => defineAssistant(def([{ id: 's', fields: [text(path)] }])),
        new RegExp(path),
        path,
      );
    }
  });

  it('refuses a top-level field named like a text namespace (ui, fields, steps)', () => {
    // `date.hint` of a field `date` once shadowed the shared date hint; `ui.*` cannot be shadowed.
    for (const path of ['ui', 'fields', 'steps']) {
      assert.throws(
        () => defineAssistant(def([{ id: 's', fields: [text(path)] }])),
        new RegExp(`"${path}" is reserved for shared texts`),
        path,
      );
      assert.throws(
        () => defineAssistant(def([{ id: 's', fields: [{ type: 'info', path }] }])),
        /reserved for shared texts/,
      );
    }
    // Inside a group the key starts with the group's path: no collision.
    const nested = defineAssistant(
      def([
        { id: 's', fields: [{ type: 'group', path: 'g', fields: [text('ui'), text('date')] }] },
      ]),
    );
    assert.equal(nested.steps.length, 1);
    assert.ok(defineAssistant(def([{ id: 's', fields: [text('date')] }])));
  });

  it('refuses a rule whose path no field has (it would never run)', () => {
    const check = () => true;
    assert.throws(
      () =>
        defineAssistant(
          def([{ id: 's', fields: [text('a')] }], [{ path: 'typo', code: 'x', check }]),
        ),
      /rule "x".*"typo"/,
    );
    assert.doesNotThrow(() =>
      defineAssistant(def([{ id: 's', fields: [text('a')] }], [{ path: 'a', code: 'x', check }])),
    );
  });
});
