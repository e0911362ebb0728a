/**
 * The data hub validates and prunes an application in one walk (`validateAndPrune`); the browser
 * calls `validateAll` and `pruneAnswers` apart. Both must always agree: for every assistant's
 * fixtures (valid and invalid), every example municipality's parameters, and many mutations of
 * each (answers removed, blanked, of the wrong type, unknown values, lists shortened and grown),
 * the one walk gives exactly the issues and the pruned answers the two calls give, or throws
 * where they throw; also when zod is spared the values `schemaAccepts` vouches for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assistants } from '../assistants/registry.js';
import { pruneAnswers } from './prune.js';
import { fixturesOf, REPLACEMENTS, today, variants } from './test-variants.js';
import { schemaAccepts } from './payload-schema.js';
import { validateAll, validateAndPrune, type SchemaAccepts } from './validate.js';
import type { WalkInput } from './walk.js';

type Outcome = { issues: unknown; data: unknown } | { threw: string };

const apart = (def: never, input: WalkInput<unknown>): Outcome => {
  try {
    return { issues: validateAll(def, input), data: pruneAnswers(def, input) };
  } catch (e) {
    return { threw: String(e) };
  }
};
const together = (def: never, input: WalkInput<unknown>, accepts?: SchemaAccepts): Outcome => {
  try {
    return validateAndPrune(def, input, accepts);
  } catch (e) {
    return { threw: String(e) };
  }
};

describe('validateAndPrune', () => {
  for (const [id, def] of Object.entries(assistants)) {
    it(`gives what validateAll and pruneAnswers give apart: ${id}`, async () => {
      const { sets, paramSets } = await fixturesOf(id, def);
      assert.ok(sets.length >= 3, `${id}: fixtures found`);
      let compared = 0;
      let withIssues = 0;
      // Every mutation with the fixtures' parameters; with the example municipalities' parameters
      // the answers and each answer removed; the invalid cases as they are.
      for (const [n, params] of paramSets.entries())
        for (const { answers, invalid } of sets)
          for (const v of variants(answers, invalid ? [] : n === 0 ? REPLACEMENTS : [undefined])) {
            const input = { answers: v, params, today };
            const expected = apart(def as never, input);
            assert.deepStrictEqual(together(def as never, input), expected, JSON.stringify(v));
            // As the hub runs it: zod spared the values `schemaAccepts` vouches for.
            assert.deepStrictEqual(
              together(def as never, input, schemaAccepts),
              expected,
              JSON.stringify(v),
            );
            compared++;
            if ('issues' in expected && (expected.issues as unknown[]).length) withIssues++;
          }
      // The mutations reach the checks: most variants have issues, some do not.
      assert.ok(
        withIssues > compared / 4 && withIssues < compared,
        `${id}: ${withIssues}/${compared}`,
      );
    });
  }
});
