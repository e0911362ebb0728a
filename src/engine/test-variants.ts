/**
 * Test support: every assistant's fixture answers, the parameters they are checked with, and
 * mutations of them (answers removed, blanked, of the wrong type, unknown values, lists shortened
 * and grown), for tests that compare two ways of computing the same result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Assistant } from './define-assistant.js';
import type { Answers } from './types.js';

export const today = '2026-12-02';
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
export function answerSets(mod: Record<string, unknown>): { answers: Answers; invalid: boolean }[] {
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

export const REPLACEMENTS: unknown[] = [
  undefined,
  '',
  '  ',
  null,
  0,
  42,
  'zzz',
  true,
  false,
  [],
  {},
];

/** The answers themselves and mutations of them (each path replaced by each of `replacements`). */
export function variants(answers: Answers, replacements: readonly unknown[]): Answers[] {
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

/** A fixture module and the parameter sets to check with: the fixtures', then each example config's. */
export async function fixturesOf(
  id: string,
  def: Assistant<unknown>,
): Promise<{ sets: ReturnType<typeof answerSets>; paramSets: unknown[] }> {
  const mod = (await import(`../assistants/${id}/${id}.fixtures.js`)) as Record<string, unknown>;
  const paramSets = [
    mod.dresdenParams,
    ...configs
      .map((c) => c.assistants[id])
      .filter((raw) => raw !== undefined)
      .map((raw) => def.params.safeParse(raw))
      .filter((r) => r.success)
      .map((r) => r.data),
  ];
  return { sets: answerSets(mod), paramSets };
}
