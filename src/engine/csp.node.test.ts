import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadSchemaOf } from './payload-schema.js';

describe('strict CSP', () => {
  it('building and running every schema never constructs a Function (no eval under a strict CSP)', async () => {
    const original = globalThis.Function;
    let constructed = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        constructed++;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        constructed++;
        return Reflect.apply(target, self, args);
      },
    });
    try {
      // Imported only now, so module-level schemas are built under the counting Function.
      const { fixture, input, validAnmeldung, validConfig } = await import('./test-fixtures.js');
      const { validateAll } = await import('./validate.js');
      const { pruneAnswers } = await import('./prune.js');
      const { parseConfig } = await import('./config.js');
      const answers = validAnmeldung();
      assert.deepEqual(validateAll(fixture, input(answers)), []);
      assert.equal(
        payloadSchemaOf(fixture).safeParse(pruneAnswers(fixture, input(answers))).success,
        true,
      );
      assert.equal(payloadSchemaOf(fixture).safeParse({ nonsense: 1 }).success, false);
      assert.equal(parseConfig(validConfig(), fixture).ok, true);
    } finally {
      globalThis.Function = original;
    }
    assert.equal(constructed, 0);
  });
});
