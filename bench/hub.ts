/**
 * `npm run bench -- hub`: the reference hub under load, started as in production (`npm run hub`:
 * the esbuild bundle hub/dist/main.js on plain `node`, no tsx) on a temp DATA_DIR with
 * RATE_LIMIT=0 and HUB_QUIET=1, listening on 127.0.0.1 only. autocannon posts valid Hundesteuer
 * envelopes (Dresden, three dogs), each with a fresh id and Idempotency-Key, over 16 connections
 * for 10 s (3 s with --quick), after a short warm-up. Twice: on an empty database and on one
 * already holding 200,000 rows (seeded in one transaction through the hub's own store, so the
 * reference counter and indexes are the real ones).
 *
 * Figures per run: accepted/s (201s / duration), latency p50 and p99 of all requests, non-2xx and
 * errors, the hub process's CPU time per accepted submission, and the rows read from the SQLite
 * file afterwards: every reference answered with 201 must be stored, and rows beyond those may
 * only be requests cut off in flight when autocannon stopped (at most one per connection).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { anmeldungZweiHunde } from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { hundesteuer } from '../src/assistants/hundesteuer/hundesteuer.definition.js';
import { createEnvelope } from '../src/transport/envelope.js';
import { openStore, type NewSubmission } from '../hub/store.js';
import type { BenchContext, BenchPart, BenchResult, BenchRow } from './types.js';

const CONNECTIONS = 16;
const SEEDED = 200_000;
const GOAL_RATE = 2000;
const GOAL_P99_MS = 20;
const DRESDEN = { ags: '14612000', name: 'Landeshauptstadt Dresden' };

/** Anmeldung of three dogs in Dresden, paid by direct debit: a complete, valid application. */
export function threeDogs(root: string) {
  const dogs = anmeldungZweiHunde.hunde as Record<string, unknown>[];
  const data = {
    ...anmeldungZweiHunde,
    hunde: [
      ...dogs,
      {
        ...dogs[0],
        name: 'Fiete',
        sex: 'huendin',
        birthDate: '2025-01-12',
        heldSince: '2025-07-01',
        chipNumber: '276098106549876',
      },
    ],
  };
  const config = { municipality: DRESDEN };
  const today = new Date().toISOString().slice(0, 10);
  const params = JSON.parse(readFileSync(join(root, 'examples/config/dresden.json'), 'utf8'))
    .assistants.hundesteuer;
  const computed = hundesteuer.computed?.({ answers: data, params, today }) ?? {};
  return createEnvelope({
    def: hundesteuer,
    config,
    data,
    computed,
    locale: 'de',
    id: '00000000-0000-4000-8000-000000000000',
  });
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** user + system CPU time in ms of a process (all threads) or, with `tid`, of one thread. */
function cpuMs(pid: number, tid?: number): number | undefined {
  try {
    const stat = readFileSync(
      tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`,
      'utf8',
    );
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12] are utime, stime (fields 14, 15 of proc(5)), in clock ticks (100/s)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * CPU time in ms of each thread of a process, by thread id (Linux `/proc`). The hub's threads
 * are all named `node`; the bench tells them apart by what they do: the main thread has the
 * process's id, the writer (group-commit.ts) is the busiest of the others under this load, and
 * the rest are V8's platform threads (garbage collection, optimising compiler), the delivery
 * worker and libuv's pool.
 */
function threadsCpuMs(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const ms = cpuMs(pid, Number(tid));
      if (ms !== undefined) out.set(tid, ms);
    }
  } catch {
    // not Linux, or the process is gone
  }
  return out;
}

/** main thread / busiest other thread (the writer) / all the rest, in ms of CPU per 201. */
function threadSplit(
  pid: number,
  before: Map<string, number>,
  after: Map<string, number>,
  accepted: number,
): { main: number; writer: number; rest: number } | undefined {
  if (!accepted || after.size === 0) return undefined;
  let main = 0;
  const others: number[] = [];
  for (const [tid, ms] of after) {
    const used = ms - (before.get(tid) ?? 0);
    if (tid === String(pid)) main = used;
    else others.push(used);
  }
  others.sort((a, b) => b - a);
  const writer = others[0] ?? 0;
  const rest = others.slice(1).reduce((a, b) => a + b, 0);
  return { main: main / accepted, writer: writer / accepted, rest: rest / accepted };
}

/** Writes `count` stored submissions (one transaction) through the hub's own store. */
function seed(dataDir: string, count: number): number {
  const started = performance.now();
  const store = openStore(dataDir);
  const year = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(
      new Date(),
    ),
  );
  const rows: NewSubmission[] = [];
  const receivedAt = new Date().toISOString();
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    rows.push({
      id,
      assistantId: 'hundesteuer',
      assistantVersion: hundesteuer.version,
      schemaVersion: hundesteuer.schemaVersion,
      ags: DRESDEN.ags,
      bodyHash: id.replace(/-/g, '').padEnd(64, '0'),
      // A stub: the envelope's size changes no index or counter cost, only the seeding time.
      envelope: `{"id":"${id}","seeded":true}`,
      receivedAt,
      prefix: hundesteuer.referencePrefix,
      year,
    });
  }
  store.insertBatch(rows);
  store.close();
  return performance.now() - started;
}

export async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  // 60 s: a hub with 200,000 rows on a busy machine takes a while to open (purge, upload sweep).
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`hub exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('hub did not answer /health within 60 s');
}

/** The part of autocannon 9's API used here (the package ships no types). */
interface CannonRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}
export interface CannonResult {
  latency: { p50: number; p99: number; p99_9: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    requests: (CannonRequest & {
      setupRequest?: (req: CannonRequest) => CannonRequest;
      onResponse?: (status: number, body: string) => void;
    })[];
  },
  done: (err: Error | null, result: CannonResult) => void,
) => unknown;
const packageName = 'autocannon'; // a variable: no types to look for
const autocannon = ((await import(packageName)) as { default: Autocannon }).default;

export interface Load {
  accepted: number;
  references: string[];
  result: CannonResult;
}

export function load(
  url: string,
  template: string,
  seconds: number,
  connections = CONNECTIONS,
): Promise<Load> {
  const [before, after] = template.split('00000000-0000-4000-8000-000000000000') as [
    string,
    string,
  ];
  const references: string[] = [];
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/submissions`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => {
              const id = randomUUID();
              return {
                ...req,
                headers: { ...req.headers, 'idempotency-key': id },
                body: before + id + after,
              };
            },
            onResponse: (status, body) => {
              // {"reference":"…","receivedAt":…}: cut out the value, cheaper than parsing
              if (status === 201) references.push(body.slice(14, body.indexOf('"', 14)));
            },
          },
        ],
      },
      (err, result) =>
        err ? reject(err) : resolve({ accepted: references.length, references, result }),
    );
  });
}

interface RunFigures {
  seeded: number;
  seedMs?: number;
  /** The machine's 1-minute load average before and after the run (2 cores: above 2, others compete). */
  loadAverage: number[];
  seconds: number;
  accepted: number;
  acceptedPerSecond: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** CPU of this process (autocannon, the load generator) per 201. */
  clientCpuMsPerAccepted?: number;
  /** CPU of the whole hub process (main thread, writer thread, libuv, GC) per 201. */
  hubCpuMsPerAccepted?: number;
  /** CPU of the main thread (HTTP, parsing, validation) per 201: it bounds the rate. */
  mainThreadCpuMsPerAccepted?: number;
  /** CPU of the busiest other thread per 201: the writer (SQLite, fsync, outbox files). */
  writerThreadCpuMsPerAccepted?: number;
  /** CPU of all other threads per 201: V8's GC and compiler threads, the delivery worker, libuv. */
  otherThreadsCpuMsPerAccepted?: number;
  rowsAdded: number;
  acceptedMissingInDb: number;
  cutOffInFlight: number;
}

/**
 * `outbox`: the flows of issue 5's bar (store + the outbox file, nothing else); `example`: the
 * example flows file, where Dresden's applications also go to a folder sink (issue 6).
 */
type Flows = 'outbox' | 'example';

async function run(
  ctx: BenchContext,
  seeded: number,
  template: string,
  flows: Flows = 'outbox',
): Promise<RunFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-bench-'));
  const flowsFile = join(dataDir, 'bench-flows.json');
  writeFileSync(flowsFile, JSON.stringify({ sinks: {}, flows: { '*': { '*': ['outbox'] } } }));
  let child: ChildProcess | undefined;
  try {
    const seedMs = seeded ? seed(dataDir, seeded) : undefined;
    if (seedMs) ctx.log(`seeded ${seeded.toLocaleString('en')} rows in ${Math.round(seedMs)} ms`);
    const port = await freePort();
    child = spawn(process.execPath, ['hub/dist/main.js'], {
      cwd: ctx.root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        CONFIG_DIR: 'examples/config',
        RATE_LIMIT: '0',
        HUB_QUIET: '1',
        HUB_LOG: '',
        HUB_FLOWS: flows === 'outbox' ? flowsFile : 'examples/hub/flows.json',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}/api/v1`;
    await waitForHealth(url, child);

    const seconds = ctx.quick ? 3 : 10;
    const loadBefore = loadavg()[0]!;
    const warm = await load(url, template, ctx.quick ? 1 : 2); // JIT, SQLite cache
    const pid = child.pid!;
    const cpuBefore = [cpuMs(pid), cpuMs(pid, pid)]; // the process; its main thread
    const threadsBefore = threadsCpuMs(pid);
    const clientBefore = process.cpuUsage();
    const measured = await load(url, template, seconds);
    const client = process.cpuUsage(clientBefore);
    const cpuAfter = [cpuMs(pid), cpuMs(pid, pid)];
    const threads = threadSplit(pid, threadsBefore, threadsCpuMs(pid), measured.accepted);
    const loadAfter = loadavg()[0]!;
    const perAccepted = (i: number) =>
      cpuBefore[i] !== undefined && cpuAfter[i] !== undefined && measured.accepted
        ? (cpuAfter[i]! - cpuBefore[i]!) / measured.accepted
        : undefined;

    // SIGTERM: fastify stops accepting and finishes the requests still running; then the file is quiet.
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;

    const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true, fileMustExist: true });
    let rows: number;
    let stored: Set<string>;
    try {
      rows = (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n;
      stored = new Set(
        (
          db
            .prepare('SELECT reference FROM submissions ORDER BY rowid DESC LIMIT ?')
            .pluck()
            .all(rows - seeded) as string[]
        ).values(),
      );
    } finally {
      db.close();
    }
    const answered = [...warm.references, ...measured.references];
    const missing = answered.filter((r) => !stored.has(r)).length;
    const r = measured.result;
    const statusCodes = Object.fromEntries(
      Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]),
    );
    return {
      seeded,
      seedMs,
      seconds,
      loadAverage: [loadBefore, loadAfter],
      accepted: measured.accepted,
      acceptedPerSecond: measured.accepted / seconds,
      p50: r.latency.p50,
      p99: r.latency.p99,
      p999: r.latency.p99_9,
      max: r.latency.max,
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      statusCodes,
      clientCpuMsPerAccepted: measured.accepted
        ? (client.user + client.system) / 1000 / measured.accepted
        : undefined,
      hubCpuMsPerAccepted: perAccepted(0),
      mainThreadCpuMsPerAccepted: perAccepted(1),
      ...(threads && {
        writerThreadCpuMsPerAccepted: threads.writer,
        otherThreadsCpuMsPerAccepted: threads.rest,
      }),
      rowsAdded: rows - seeded,
      acceptedMissingInDb: missing,
      cutOffInFlight: rows - seeded - answered.length + missing,
    };
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    dataDirs.push(dataDir);
  }
}

/**
 * The runs' data folders, removed only after the last run. Removing one (20,000 outbox files)
 * right before the next run made that run's outbox files slow to create on this machine: its
 * ext4 has no journal, and such an ext4 skips every inode freed in the last minutes when it
 * allocates one, re-checking them for each new file (`recently_deleted`, up to a third of the
 * writer thread's CPU in `perf`). A hub in service does not delete thousands of files a minute.
 */
const dataDirs: string[] = [];

const fmt = (n: number) => Math.round(n).toLocaleString('en');

function rowsOf(f: RunFigures): BenchRow[] {
  const label = f.seeded ? `hub SQLite (${fmt(f.seeded)} rows stored)` : 'hub SQLite (empty)';
  const rows: BenchRow[] = [
    {
      figure: `${label}: accepted/s, 16 conn.`,
      value: `${fmt(f.acceptedPerSecond)} /s`,
      goal: `≥ ${fmt(GOAL_RATE)} /s`,
      ok: f.acceptedPerSecond >= GOAL_RATE,
    },
    { figure: `${label}: latency p50`, value: `${f.p50} ms` },
    {
      figure: `${label}: latency p99`,
      value: `${f.p99} ms`,
      goal: `≤ ${GOAL_P99_MS} ms`,
      ok: f.p99 <= GOAL_P99_MS,
    },
    {
      figure: `${label}: non-2xx / errors / timeouts`,
      value: `${f.non2xx} / ${f.errors} / ${f.timeouts}`,
      goal: '0 / 0 / 0',
      ok: f.non2xx === 0 && f.errors === 0 && f.timeouts === 0,
    },
  ];
  if (f.hubCpuMsPerAccepted !== undefined && f.mainThreadCpuMsPerAccepted !== undefined)
    rows.push({
      figure: `${label}: hub CPU per 201, all threads / main`,
      value: `${f.hubCpuMsPerAccepted.toFixed(2)} / ${f.mainThreadCpuMsPerAccepted.toFixed(2)} ms`,
    });
  if (f.writerThreadCpuMsPerAccepted !== undefined && f.otherThreadsCpuMsPerAccepted !== undefined)
    rows.push({
      figure: `${label}: hub CPU per 201, writer thread / other threads (GC, JIT, delivery)`,
      value: `${f.writerThreadCpuMsPerAccepted.toFixed(2)} / ${f.otherThreadsCpuMsPerAccepted.toFixed(2)} ms`,
    });
  rows.push({
    figure: `${label}: machine load avg before / after`,
    value: f.loadAverage.map((l) => l.toFixed(1)).join(' / '),
  });
  rows.push({
    figure: `${label}: rows == 201s`,
    value:
      `${fmt(f.rowsAdded)} rows, ${f.acceptedMissingInDb} 201s missing` +
      (f.cutOffInFlight ? `, ${f.cutOffInFlight} cut off in flight` : ''),
    goal: 'every 201 stored',
    ok: f.acceptedMissingInDb === 0 && f.cutOffInFlight >= 0 && f.cutOffInFlight <= 2 * CONNECTIONS, // warm-up and measured run: one per connection each
  });
  return rows;
}

export const bench: BenchPart = async (ctx): Promise<BenchResult> => {
  const script = '../scripts/hub-build.mjs';
  const { buildHub } = (await import(script)) as {
    buildHub: (o: { quiet: boolean }) => Promise<void>;
  };
  await buildHub({ quiet: true });
  const template = JSON.stringify(threeDogs(ctx.root));
  ctx.log(`envelope: ${template.length} bytes, 3 dogs`);
  try {
    return await runAll(ctx, template);
  } finally {
    for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
};

async function runAll(ctx: BenchContext, template: string): Promise<BenchResult> {
  const empty = await run(ctx, 0, template);
  ctx.log(
    `empty: ${fmt(empty.acceptedPerSecond)}/s p50 ${empty.p50} ms p99 ${empty.p99} ms codes ${JSON.stringify(empty.statusCodes)}`,
  );
  // A hub that cannot even start on 200,000 rows is a figure too, not the end of the report.
  const full = await run(ctx, SEEDED, template).catch((e: unknown) => {
    ctx.log(`200k: ${(e as Error).message}`);
    return (e as Error).message;
  });
  if (typeof full !== 'string')
    ctx.log(
      `200k: ${fmt(full.acceptedPerSecond)}/s p50 ${full.p50} ms p99 ${full.p99} ms codes ${JSON.stringify(full.statusCodes)}`,
    );
  const withFolder = await run(ctx, 0, template, 'example');
  ctx.log(
    `example flows: ${fmt(withFolder.acceptedPerSecond)}/s p50 ${withFolder.p50} ms p99 ${withFolder.p99} ms`,
  );
  const folderRows = rowsOf(withFolder)
    .filter((r) => /accepted|p99|rows ==/.test(r.figure))
    .map((r) => ({
      ...r,
      figure: r.figure.replace('(empty)', '(example flows: + Dresden folder sink)'),
      goal: undefined,
      ok: undefined,
    }));
  return {
    rows: [
      ...rowsOf(empty),
      ...(typeof full === 'string'
        ? [
            {
              figure: `hub SQLite (${fmt(SEEDED)} rows stored): start`,
              value: full,
              goal: 'listening',
              ok: false,
            },
          ]
        : rowsOf(full)),
      ...folderRows,
    ],
    details: { empty, seeded: full, exampleFlows: withFolder },
  };
}
