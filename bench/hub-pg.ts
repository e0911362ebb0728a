/**
 * `npm run bench -- hub-pg`: the reference hub on PostgreSQL (issue 11), started as in
 * production (hub/dist/main.js with DATABASE_URL) against a real server — `DATABASE_URL` when set,
 * else an embedded one (hub/pg-cluster.ts) — with 1 and 2 hub instances on one database. The
 * same load as `bench -- hub`: valid Hundesteuer envelopes with fresh Idempotency-Keys over 16
 * connections for 10 s (3 s with --quick); with two instances the load generator runs two
 * autocannon clients of 8 connections, one per instance (no proxy in between). Then again with
 * 200,000 rows already stored. Rows are counted in the database afterwards: every 201 must be
 * stored. A report, never a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../hub/pg-cluster.js';
import { freePort, load, threeDogs, waitForHealth, type Load } from './hub.js';
import type { BenchContext, BenchPart, BenchResult, BenchRow } from './types.js';

const SEEDED = 200_000;

interface Figures {
  instances: number;
  seeded: number;
  seconds: number;
  loadAverage: number[];
  accepted: number;
  acceptedPerSecond: number;
  /** The worst p50/p99 of the clients (one per instance). */
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  rowsAdded: number;
  acceptedMissingInDb: number;
}

async function startHub(ctx: BenchContext, databaseUrl: string, flowsFile: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-pg-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['hub/dist/main.js'], {
    cwd: ctx.root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      CONFIG_DIR: 'examples/config',
      RATE_LIMIT: '0',
      HUB_QUIET: '1',
      HUB_LOG: '',
      HUB_FLOWS: flowsFile,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/api/v1`;
  await waitForHealth(url, child);
  return { url, child, dataDir };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Stored applications without personal data, straight into the table (the counter is not used). */
async function seed(databaseUrl: string, count: number): Promise<number> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO submissions (id, reference, assistant_id, assistant_version, schema_version, ags,
         body_hash, envelope, response, received_at)
       SELECT md5(g::text), 'SEED-' || g, 'hundesteuer', '1', '1', '14612000', md5(g::text),
         '{"seeded":true}', '{}', to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
       FROM generate_series(1, $1) g`,
      [count],
    );
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  return performance.now() - started;
}

async function count(databaseUrl: string, references: string[]): Promise<[number, number]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const all = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM submissions WHERE reference NOT LIKE 'SEED-%'`,
    );
    const found = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM submissions WHERE reference = ANY($1)',
      [references],
    );
    return [Number(all.rows[0]!.n), references.length - Number(found.rows[0]!.n)];
  } finally {
    await client.end();
  }
}

async function run(
  ctx: BenchContext,
  admin: string,
  instances: number,
  seeded: number,
  template: string,
): Promise<Figures> {
  const name = `bench_${instances}_${seeded}_${Date.now()}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const flowsDir = mkdtempSync(join(tmpdir(), 'komm-pg-flows-'));
  const flowsFile = join(flowsDir, 'flows.json');
  writeFileSync(flowsFile, JSON.stringify({ sinks: {}, flows: { '*': { '*': ['outbox'] } } }));
  const hubs: { url: string; child: ChildProcess; dataDir: string }[] = [];
  try {
    // The first start migrates; then seed; then start the instances the run measures.
    if (seeded) {
      const first = await startHub(ctx, databaseUrl, flowsFile);
      await stop(first.child);
      rmSync(first.dataDir, { recursive: true, force: true });
      const ms = await seed(databaseUrl, seeded);
      ctx.log(`seeded ${seeded.toLocaleString('en')} rows in ${Math.round(ms)} ms`);
    }
    for (let i = 0; i < instances; i++) hubs.push(await startHub(ctx, databaseUrl, flowsFile));
    const seconds = ctx.quick ? 3 : 10;
    const perClient = 16 / instances;
    const loadBefore = loadavg()[0]!;
    await Promise.all(hubs.map((h) => load(h.url, template, 1, perClient)));
    const results: Load[] = await Promise.all(
      hubs.map((h) => load(h.url, template, seconds, perClient)),
    );
    const loadAfter = loadavg()[0]!;
    for (const h of hubs) await stop(h.child);
    const references = results.flatMap((r) => r.references);
    const [rowsAdded, missing] = await count(databaseUrl, references);
    const accepted = references.length;
    return {
      instances,
      seeded,
      seconds,
      loadAverage: [loadBefore, loadAfter],
      accepted,
      acceptedPerSecond: accepted / seconds,
      p50: Math.max(...results.map((r) => r.result.latency.p50)),
      p99: Math.max(...results.map((r) => r.result.latency.p99)),
      non2xx: results.reduce((n, r) => n + r.result.non2xx, 0),
      errors: results.reduce((n, r) => n + r.result.errors, 0),
      rowsAdded,
      acceptedMissingInDb: missing,
    };
  } finally {
    for (const h of hubs) {
      if (h.child.exitCode === null && h.child.signalCode === null) h.child.kill('SIGKILL');
      rmSync(h.dataDir, { recursive: true, force: true });
    }
    rmSync(flowsDir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

function rowsOf(f: Figures): BenchRow[] {
  const label = `hub PostgreSQL, ${f.instances} instance${f.instances > 1 ? 's' : ''} (${f.seeded ? `${fmt(f.seeded)} rows stored` : 'empty'})`;
  return [
    { figure: `${label}: accepted/s`, value: `${fmt(f.acceptedPerSecond)} /s` },
    { figure: `${label}: p50 / p99`, value: `${f.p50} / ${f.p99} ms` },
    {
      figure: `${label}: rows == 201s`,
      value: `${fmt(f.rowsAdded)} rows, ${f.acceptedMissingInDb} 201s missing, ${f.non2xx} non-2xx, ${f.errors} errors`,
      goal: '0 missing',
      ok: f.acceptedMissingInDb === 0,
    },
  ];
}

export const bench: BenchPart = async (ctx): Promise<BenchResult> => {
  const script = '../scripts/hub-build.mjs';
  const { buildHub } = (await import(script)) as {
    buildHub: (o: { quiet: boolean }) => Promise<void>;
  };
  await buildHub({ quiet: true });
  const template = JSON.stringify(threeDogs(ctx.root));
  const given = process.env.DATABASE_URL;
  const cluster = given ? undefined : await startEmbeddedPostgres();
  const admin = given ?? cluster!.url;
  ctx.log(given ? 'PostgreSQL: DATABASE_URL' : 'PostgreSQL: embedded (hub/pg-cluster.ts)');
  try {
    const figures: Figures[] = [];
    for (const [instances, seeded] of [
      [1, 0],
      [2, 0],
      [1, SEEDED],
      [2, SEEDED],
    ] as const) {
      const f = await run(ctx, admin, instances, seeded, template);
      ctx.log(
        `${instances} instance(s), ${fmt(seeded)} rows: ${fmt(f.acceptedPerSecond)}/s p50 ${f.p50} ms p99 ${f.p99} ms, load ${f.loadAverage.map((l) => l.toFixed(1)).join('→')}`,
      );
      figures.push(f);
    }
    return { rows: figures.flatMap(rowsOf), details: { figures } };
  } finally {
    await cluster?.stop();
  }
};
