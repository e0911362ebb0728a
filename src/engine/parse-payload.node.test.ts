/**
 * The data hub checks `data` with `parsePayload`: a predicate derived from the payload schema
 * (`payloadAccepts`) vouches for the payloads it certainly accepts, zod parses every other one.
 * The predicate must never accept what zod refuses, and it must accept the valid applications
 * (else it saves nothing). Checked on every assistant's fixtures as sent (pruned) and as typed,
 * and on mutations of each.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assistants } from '../assistants/registry.js';
import { parsePayload, payloadAccepts, payloadSchemaOf } from './payload-schema.js';
import { pruneAnswers } from './prune.js';
import { fixturesOf, REPLACEMENTS, today, variants } from './test-variants.js';
import { validateAll } from './validate.js';
import { fixture } from './test-fixtures.js';
import { z } from './zod.js';

describe('parsePayload', () => {
  for (const [id, def] of Object.entries(assistants)) {
    it(`accepts only what zod accepts, and every valid application: ${id}`, async () => {
      const { sets, paramSets } = await fixturesOf(id, def);
      const schema = payloadSchemaOf(def);
      let vouched = 0;
      let refused = 0;
      let compared = 0;
      for (const { answers, invalid } of sets) {
        const params = paramSets[0];
        const input = { answers, params, today };
        const sent = pruneAnswers(def, input);
        const valid = !invalid && validateAll(def, input).every((i) => i.severity !== 'error');
        for (const data of [sent, answers])
          for (const v of variants(data, invalid ? [] : REPLACEMENTS)) {
            const zod = schema.safeParse(v);
            const accepts = payloadAccepts(def, v);
            if (accepts) {
              assert.ok(zod.success, `vouched for what zod refuses: ${JSON.stringify(v)}`);
              vouched++;
            }
            if (!zod.success) refused++;
            // The hub's view: the same outcome and the very issues zod gives.
            const r = parsePayload(def, v);
            assert.equal(r.success, zod.success);
            if (!r.success) assert.deepStrictEqual(r.error.issues, zod.error!.issues);
            compared++;
          }
        if (valid) assert.ok(payloadAccepts(def, sent), `a valid application is vouched for`);
      }
      assert.ok(vouched > 0 && refused > compared / 4, `${id}: ${vouched}, ${refused}/${compared}`);
    });
  }

  it('leaves what it cannot read to zod', () => {
    const def = assistants.hundesteuer!;
    const data = pruneAnswers(def, {
      answers: { requestType: 'abmeldung' },
      params: {} as never,
      today,
    });
    assert.equal(payloadAccepts(def, { ...data, unknown: 1 }), false);
    assert.equal(payloadAccepts(def, null), false);
    assert.equal(payloadAccepts(def, []), false);
    // A refinement that throws is zod's to run (and throw from), not the predicate's.
    const odd = {
      ...fixture,
      rules: [],
      steps: [
        {
          id: 's',
          fields: [
            {
              type: 'text' as const,
              path: 'a',
              schema: z.string().check(
                z.refine((v) => {
                  if (v === 'boom') throw new Error('boom');
                  return v !== 'no';
                }),
              ),
            },
          ],
        },
      ],
    };
    assert.equal(payloadAccepts(odd, { a: 'fine' }), true);
    assert.equal(payloadAccepts(odd, { a: 'no' }), false);
    assert.equal(parsePayload(odd, { a: 'no' }).success, false);
    assert.equal(payloadAccepts(odd, { a: 'boom' }), false);
    assert.throws(() => parsePayload(odd, { a: 'boom' }), /boom/);
  });
});
