/**
 * Engine part of `npm run bench`: `validateAll`, the payload (pruned answers + computed values)
 * and the hub's whole check (`checkSubmission`: envelope schema, payload schema, validateAll,
 * not-asked check) for every valid fixture of every assistant, with tinybench (≥ 1,000 runs each).
 * The bar (issue 5): whole-application validation of the Hundesteuer fixture with three dogs
 * ≤ 0.3 ms.
 */
import { Bench } from 'tinybench';
import { readFileSync } from 'node:fs';
import { validateAll } from '../src/engine/validate.js';
import { pruneAnswers } from '../src/engine/prune.js';
import { todayIso, type WalkInput } from '../src/engine/walk.js';
import type { Answers } from '../src/engine/types.js';
import type { Assistant } from '../src/engine/define-assistant.js';
import { hundesteuer } from '../src/assistants/hundesteuer/hundesteuer.definition.js';
import { brauchtumsfeuer } from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.definition.js';
import * as hst from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import * as bf from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import { checkSubmission } from '../hub/validation.js';
import { indexConfigs, loadConfigs } from '../hub/configs.js';
import { assistants } from '../src/assistants/registry.js';
import type { BenchContext, BenchResult, BenchRow } from './types.js';

/** The Hundesteuer fixture with three dogs: the two-dog application plus a third dog. */
export function dreiHunde(): Answers {
  const zwei = hst.anmeldungZweiHunde as { hunde: Record<string, unknown>[] };
  const third = { ...zwei.hunde[0]!, name: 'Frieda', chipNumber: '276098100765432' };
  return { ...hst.anmeldungZweiHunde, hunde: [...zwei.hunde, third] };
}

interface Case {
  name: string;
  def: Assistant<unknown>;
  params: unknown;
  answers: Answers;
  ags: string;
}

const us = (ms: number) => `${Math.round(ms * 1000)} µs`;

export async function bench(ctx: BenchContext): Promise<BenchResult> {
  const today = todayIso();
  const configs = indexConfigs(loadConfigs(`${ctx.root}examples/config`), assistants, () => {});
  const dresden = JSON.parse(readFileSync(`${ctx.root}examples/config/dresden.json`, 'utf8'));
  const cases: Case[] = [
    {
      name: 'hundesteuer, 3 dogs',
      def: hundesteuer as Assistant<unknown>,
      params: hst.dresdenParams,
      answers: dreiHunde(),
      ags: dresden.municipality.ags,
    },
    ...Object.entries(hst.validAnswers).map(([n, a]) => ({
      name: `hundesteuer, ${n}`,
      def: hundesteuer as Assistant<unknown>,
      params: hst.dresdenParams,
      answers: a,
      ags: dresden.municipality.ags,
    })),
    ...(
      [
        ['osterfeuerVerein', bf.osterfeuerVerein],
        ['hexenfeuerPrivatperson', bf.hexenfeuerPrivatperson],
        ['flurstueckVariante', bf.flurstueckVariante],
      ] as const
    ).map(([n, f]) => ({
      name: `brauchtumsfeuer, ${n}`,
      def: brauchtumsfeuer as Assistant<unknown>,
      params: bf.dresdenParams,
      answers: f(today),
      ags: dresden.municipality.ags,
    })),
  ];

  const b = new Bench({
    iterations: ctx.quick ? 300 : 1000,
    time: ctx.quick ? 100 : 500,
    warmup: true,
    retainSamples: true,
  });
  const details: Record<string, unknown> = {};
  for (const c of cases) {
    const input: WalkInput<unknown> = { answers: c.answers, params: c.params, today };
    const errors = validateAll(c.def, input).filter((i) => i.severity === 'error');
    if (errors.length)
      throw new Error(
        `${c.name}: fixture is not valid: ${errors.map((e) => `${e.path} ${e.code}`).join(', ')}`,
      );
    const data = pruneAnswers(c.def, input);
    const envelope = {
      id: '6f1c2d3e-4b5a-4c6d-8e7f-901234567890',
      assistant: { id: c.def.id, version: c.def.version, schemaVersion: c.def.schemaVersion },
      municipality: { ags: c.ags, name: 'Landeshauptstadt Dresden' },
      locale: 'de',
      submittedAt: new Date().toISOString(),
      data,
      computed: c.def.computed?.({ answers: data, params: c.params, today }) ?? {},
      attachments: [],
      prefilled: [],
    };
    const check = checkSubmission(structuredClone(envelope), {
      assistants: { [c.def.id]: c.def },
      municipalities: configs,
      today,
    });
    if (!check.ok)
      throw new Error(`${c.name}: hub refuses the fixture: ${JSON.stringify(check.errors)}`);
    b.add(`validateAll: ${c.name}`, () => {
      validateAll(c.def, input);
    });
    b.add(`payload: ${c.name}`, () => {
      const d = pruneAnswers(c.def, input);
      c.def.computed?.({ answers: d, params: c.params, today });
    });
    b.add(`hub check: ${c.name}`, () => {
      checkSubmission(envelope, {
        assistants: { [c.def.id]: c.def },
        municipalities: configs,
        today,
      });
    });
  }
  await b.run();

  const rows: BenchRow[] = [];
  for (const t of b.tasks) {
    const r = t.result as {
      latency?: { p50?: number; p99?: number; samples?: number[] };
      state?: string;
    };
    const lat = r.latency;
    if (!lat) throw new Error(`${t.name}: no result`);
    const p95 = percentile(lat.samples ?? [], 0.95);
    const median = lat.p50 ?? 0;
    details[t.name] = { medianMs: median, p95Ms: p95, samples: lat.samples?.length };
    const bar = t.name === 'validateAll: hundesteuer, 3 dogs';
    rows.push({
      figure: `engine ${t.name}`,
      value: `${us(median)} (p95 ${us(p95)})`,
      ...(bar ? { goal: '≤ 300 µs', ok: median <= 0.3 && p95 <= 0.3 } : {}),
    });
  }
  ctx.log(`${b.tasks.length} tasks, ${cases.length} fixtures`);
  return { rows, details };
}

function percentile(samples: number[], q: number): number {
  if (!samples.length) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
