/**
 * `npm run bench [-- engine|hub|hub-pg|browser …] [--quick]`: a report, never a test. Runs the parts in
 * sequence (2 cores: parts must not compete), prints one table and writes
 * `bench/results/latest.json` (machine, time, git commit, rows and raw figures). Exit code 0 even
 * when a goal is missed; a part that crashes is reported and exits 1.
 */
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchPart, BenchResult } from './types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const ALL = ['engine', 'hub', 'hub-pg', 'browser'] as const;
const chosen = args.filter((a) => !a.startsWith('--'));
const parts = chosen.length ? chosen : [...ALL];
for (const p of parts)
  if (!(ALL as readonly string[]).includes(p)) {
    console.error(`bench: unknown part "${p}" (parts: ${ALL.join(', ')})`);
    process.exit(2);
  }

const ctx: BenchContext = { root, quick, log: (l) => console.log(`  ${l}`) };
const results: Record<string, BenchResult | { error: string }> = {};
let crashed = false;
for (const name of parts) {
  console.log(`bench: ${name} …`);
  try {
    const mod = (await import(`./${name}.ts`)) as { bench: BenchPart };
    results[name] = await mod.bench(ctx);
  } catch (e) {
    crashed = true;
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    console.error(`bench: ${name} failed: ${message}`);
    results[name] = { error: message };
  }
}

const rows = Object.values(results).flatMap((r) => ('rows' in r ? r.rows : []));
const head = { figure: 'figure', value: 'measured', goal: 'goal', ok: 'met' };
const cells = rows.map((r) => ({
  figure: r.figure,
  value: r.value,
  goal: r.goal ?? '',
  ok: r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
}));
const width = (k: keyof typeof head) => Math.max(head[k].length, ...cells.map((c) => c[k].length));
const line = (c: typeof head) =>
  `${c.figure.padEnd(width('figure'))}  ${c.value.padStart(width('value'))}  ${c.goal.padEnd(width('goal'))}  ${c.ok}`;
console.log(`\n${line(head)}\n${'-'.repeat(line(head).length + 2)}`);
for (const c of cells) console.log(line(c));

const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
})();
const report = {
  at: new Date().toISOString(),
  commit,
  quick,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  rows,
  results,
};
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/latest.json`, JSON.stringify(report, null, 2) + '\n');
console.log(`\nbench: written bench/results/latest.json`);
process.exit(crashed ? 1 : 0);
