/**
 * The data hub validates and prunes an application in one walk (`validateAndPrune`); the browser
 * calls `validateAll` and `pruneAnswers` apart. Both must always agree: for every assistant's
 * fixtures (valid and invalid), every example municipality's parameters, and many mutations of
 * each (answers removed, blanked, of the wrong type, unknown values, lists shortened and grown),
 * the one walk gives exactly the issues and the pruned answers the two calls give, or throws
 * where they throw.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assistants } from '../assistants/registry.js';
import { pruneAnswers } from './prune.js';
import type { Answers } from './types.js';
import { validateAll, validateAndPrune } from './validate.js';
import type { WalkInput } from './walk.js';

const today = '2026-12-02';
const configDir = new URL('../../examples/config/', import.meta.url);
const configs = readdirSync(configDir)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(new URL(f, configDir), 'utf8')) as {
        assistants: Record<string, unknown>;
      },
  );

/**
 * Every answer set a fixture module exports (objects, functions of `today`, maps of them); the
 * invalid cases are marked, being variants already.
 */
function answerSets(mod: Record<string, unknown>): { answers: Answers; invalid: boolean }[] {
  const out = new Map<string, { answers: Answers; invalid: boolean }>();
  let invalid = false;
  const add = (v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v))
      out.set(JSON.stringify(v), { answers: v as Answers, invalid });
  };
  for (const [name, value] of Object.entries(mod)) {
    if (/Params$|^expected|Warnings$/.test(name)) continue;
    let v: unknown = value;
    if (typeof value === 'function') {
      if (value.length > 1) continue;
      try {
        v = (value as (t: string) => unknown)(today);
      } catch {
        continue;
      }
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    invalid = name.startsWith('invalid');
    if (invalid)
      for (const c of Object.values(v as Record<string, { answers: Answers }>)) add(c.answers);
    else if (name.startsWith('valid'))
      for (const a of Object.values(v as Record<string, Answers>)) add(a);
    else add(v);
  }
  return [...out.values()];
}

/** Leaf and container paths of an answer set. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) {
    const p = [...at, Array.isArray(value) ? Number(k) : k];
    out.push(p);
    paths(v, p, out);
  }
  return out;
}

/** A deep copy of `answers` with `value` at `path` (`undefined`: removed). */
function withValue(answers: Answers, path: (string | number)[], value: unknown): Answers {
  const copy = structuredClone(answers);
  let cur = copy as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(cur)) delete cur[last];
  else cur[last] = value;
  return copy;
}

const REPLACEMENTS: unknown[] = [undefined, '', '  ', null, 0, 42, 'zzz', true, false, [], {}];

/** The answers themselves and mutations of them (each path replaced by each of `replacements`). */
function variants(answers: Answers, replacements: readonly unknown[]): Answers[] {
  const out: Answers[] = [answers];
  for (const path of paths(answers)) {
    for (const r of replacements) out.push(withValue(answers, path, r));
    const cur = path.reduce<unknown>((c, p) => (c as Record<string | number, unknown>)[p], answers);
    if (replacements.length > 1 && Array.isArray(cur) && cur.length) {
      out.push(withValue(answers, path, cur.slice(1)));
      out.push(withValue(answers, path, [...cur, ...cur, ...cur]));
    }
  }
  return out;
}

type Outcome = { issues: unknown; data: unknown } | { threw: string };

const apart = (def: never, input: WalkInput<unknown>): Outcome => {
  try {
    return { issues: validateAll(def, input), data: pruneAnswers(def, input) };
  } catch (e) {
    return { threw: String(e) };
  }
};
const together = (def: never, input: WalkInput<unknown>): Outcome => {
  try {
    return validateAndPrune(def, input);
  } catch (e) {
    return { threw: String(e) };
  }
};

describe('validateAndPrune', () => {
  for (const [id, def] of Object.entries(assistants)) {
    it(`gives what validateAll and pruneAnswers give apart: ${id}`, async () => {
      const mod = (await import(`../assistants/${id}/${id}.fixtures.js`)) as Record<
        string,
        unknown
      >;
      const paramSets = [
        mod.dresdenParams,
        ...configs
          .map((c) => c.assistants[id])
          .filter((raw) => raw !== undefined)
          .map((raw) => def.params.safeParse(raw))
          .filter((r) => r.success)
          .map((r) => r.data),
      ];
      const sets = answerSets(mod);
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
