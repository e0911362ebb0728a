/**
 * The engine keeps caches (parsed paths, zod schemas per field, rules per step, options sets), so
 * it must be shown that they hold no state between calls: validating twice gives what validating
 * once gives, in any order of applications and municipalities, and nothing read from one
 * application's answers leaks into another's result.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateAll, validateStep } from './validate.js';
import { pruneAnswers } from './prune.js';
import { todayIso, stepOfKey, fieldAt } from './walk.js';
import { getPath, normalizePath, splitPath } from './paths.js';
import type { Answers } from './types.js';
import { hundesteuer } from '../assistants/hundesteuer/hundesteuer.definition.js';
import { brauchtumsfeuer } from '../assistants/brauchtumsfeuer/brauchtumsfeuer.definition.js';
import * as hst from '../assistants/hundesteuer/hundesteuer.fixtures.js';
import * as bf from '../assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';

const today = todayIso();
type Case = [
  name: string,
  def: typeof hundesteuer | typeof brauchtumsfeuer,
  params: unknown,
  answers: Answers,
];
const cases: Case[] = [
  ...Object.entries(hst.validAnswers).map(([n, a]): Case => [n, hundesteuer, hst.dresdenParams, a]),
  ...Object.entries(hst.invalidByStep).map(([n, c]): Case => [
    `invalid ${n}`,
    hundesteuer,
    hst.dresdenParams,
    c.answers,
  ]),
  ['osterfeuerVerein', brauchtumsfeuer, bf.dresdenParams, bf.osterfeuerVerein(today)],
  ['hexenfeuerPrivatperson', brauchtumsfeuer, bf.dresdenParams, bf.hexenfeuerPrivatperson(today)],
  ...Object.entries(bf.invalidByStep(today)).map(([n, c]): Case => [
    `invalid ${n}`,
    brauchtumsfeuer,
    bf.dresdenParams,
    c.answers,
  ]),
];

const run = ([, def, params, answers]: Case) => {
  const input = { answers, params, today } as never;
  return { issues: validateAll(def as never, input), data: pruneAnswers(def as never, input) };
};

describe('engine without hidden state', () => {
  it('validating twice gives the same result as once, for every fixture', () => {
    for (const c of cases) {
      const once = run(c);
      assert.deepStrictEqual(run(c), once, c[0]);
    }
  });

  it('gives the same result whatever was validated before (forwards, backwards, interleaved)', () => {
    const forwards = cases.map(run);
    const backwards = [...cases].reverse().map(run).reverse();
    assert.deepStrictEqual(backwards, forwards);
    // Structurally equal copies (new object identities) give the same result as the originals.
    const copies = cases.map(([n, d, p, a]): Case => [
      n,
      d,
      structuredClone(p),
      structuredClone(a),
    ]);
    assert.deepStrictEqual(copies.map(run), forwards);
  });

  it('a municipality with another dangerous-breed list gets its own answer (no cache across params)', () => {
    const dog = {
      ...(hst.anmeldungEinHund.hunde as Answers[])[0],
      breed: 'rottweiler',
      dangerStatus: 'keine',
    };
    const answers = { ...hst.anmeldungEinHund, hunde: [dog] };
    const step = hundesteuer.steps.find((s) => s.id === 'gefahr')!;
    const warnings = (params: unknown) =>
      validateStep(hundesteuer as never, step as never, { answers, params, today } as never)
        .filter((i) => i.severity === 'warning')
        .map((i) => i.code);
    const plain = warnings(hst.dresdenParams);
    const strict = warnings({ ...hst.dresdenParams, dangerousBreeds: ['Rottweiler'] });
    assert.deepStrictEqual(warnings(hst.dresdenParams), plain, 'the first answer again');
    assert.notDeepStrictEqual(
      strict,
      plain,
      'a list naming the breed warns where the other does not',
    );
  });

  it('parses paths once and returns the same parts for the same string', () => {
    assert.equal(splitPath('hunde.0.breed'), splitPath('hunde.0.breed'));
    assert.ok(
      Object.isFrozen(splitPath('hunde.0.breed')),
      'shared parts cannot be changed by a caller',
    );
    assert.equal(normalizePath('hunde.10.breed'), 'hunde[].breed');
    assert.equal(getPath({ a: [{ b: 1 }] }, 'a.0.b'), 1);
  });

  it('finds the step and field of keys below lists and scalar fields', () => {
    assert.equal(stepOfKey(hundesteuer, 'hunde[].breed'), 'hunde');
    assert.equal(stepOfKey(hundesteuer, 'hunde[]'), 'hunde', 'an item of the list');
    assert.equal(stepOfKey(hundesteuer, 'nichtDa'), undefined);
    assert.equal(fieldAt(hundesteuer, 'hunde[].breed')?.type, 'select');
    assert.equal(fieldAt(hundesteuer, 'hunde[]')?.type, 'group');
  });
});
