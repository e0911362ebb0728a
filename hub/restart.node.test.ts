// A hub killed hard (SIGKILL, no shutdown code runs) with deliveries still pending, then started
// again on the same DATA_DIR, delivers every pending one exactly once (issue 6, "reliable
// delivery"). The real hub as a child process (`node --import tsx hub/main.ts`, the example
// configs and the real assistants), its flows file on disk, SQLite read by a separate connection.
// The sink is down at first: a folder sink whose target folder path is taken by a FILE.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { brauchtumsfeuer } from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.definition.js';
import {
  dresdenParams,
  osterfeuerVerein,
} from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import { createEnvelope, newEnvelopeId } from '../src/transport/envelope.js';
import { waitFor } from './test-support.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DRESDEN = { municipality: { ags: '14612000', name: 'Landeshauptstadt Dresden' } };
const TOKEN = 'restart-test-token-0123456789';

/** Today in Germany (the hub's rules use the German date). */
const germanToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

function application() {
  const today = germanToday();
  const data = osterfeuerVerein(today);
  return createEnvelope({
    def: brauchtumsfeuer,
    config: DRESDEN,
    data,
    computed: brauchtumsfeuer.computed!({ answers: data, params: dresdenParams, today }),
    locale: 'de',
    id: newEnvelopeId(),
  });
}

interface Hub {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const children = new Set<ChildProcess>();

async function startHub(env: NodeJS.ProcessEnv): Promise<Hub> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'hub/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (s: string) => (output += s));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (s: string) => {
      output += s;
      const m = /komm reference hub: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`hub exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

interface DeliveryRow {
  reference: string;
  sink: string;
  status: string;
  attempts: number;
  deliveredAt: string | null;
}

/** The deliveries table, read through a connection of its own (the hub may be dead or alive). */
function deliveries(dataDir: string): DeliveryRow[] {
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        'SELECT reference, sink, status, attempts, delivered_at AS deliveredAt FROM deliveries ORDER BY id',
      )
      .all() as DeliveryRow[];
  } finally {
    db.close();
  }
}

async function post(hub: Hub): Promise<string> {
  const e = application();
  const res = await fetch(`${hub.url}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': e.id },
    body: JSON.stringify(e),
  });
  const body = (await res.json()) as { reference?: string };
  assert.equal(res.status, 201, JSON.stringify(body));
  return body.reference!;
}

describe('hub killed with SIGKILL while deliveries are pending', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-kill-'));
  const flowsFile = join(dataDir, 'flows.json');
  after(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers every pending delivery exactly once after the restart', async () => {
    // The sink's folder path is taken by a file: every attempt fails (ENOTDIR/EEXIST).
    writeFileSync(join(dataDir, 'blocked'), 'a file where the DMS folder belongs');
    writeFileSync(
      flowsFile,
      JSON.stringify({
        sinks: { dms: { type: 'folder', path: 'blocked/dms' } },
        flows: { '*': { '*': ['dms'] } },
      }),
    );
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      HUB_FLOWS: flowsFile,
      CONFIG_DIR: join(root, 'examples/config'),
      HUB_ADMIN_TOKEN: TOKEN,
      HUB_DELIVERY_MAX_ATTEMPTS: '1000',
      HUB_QUIET: '1',
      RATE_LIMIT: '0',
    };

    const first = await startHub(env);
    const references: string[] = [];
    for (let i = 0; i < 5; i++) references.push(await post(first));
    // Wait until the worker has tried (and failed) each of them at least once …
    await waitFor(
      'a failed attempt of each delivery',
      () => {
        const rows = deliveries(dataDir);
        return rows.length === 5 && rows.every((d) => d.attempts >= 1) ? rows : undefined;
      },
      60_000,
    );
    // … and two more that the worker may not have reached yet.
    references.push(await post(first), await post(first));
    first.child.kill('SIGKILL');
    const [, signal] = (await once(first.child, 'exit')) as [number | null, string | null];
    assert.equal(signal, 'SIGKILL');

    const pending = deliveries(dataDir);
    assert.equal(pending.length, references.length);
    assert.deepEqual(new Set(pending.map((d) => d.status)), new Set(['pending']));
    assert.deepEqual(pending.map((d) => d.reference).sort(), [...references].sort());
    assert.equal(existsSync(join(dataDir, 'blocked/dms')), false);

    // The sink works again; the hub comes back on the same DATA_DIR.
    rmSync(join(dataDir, 'blocked'));
    const second = await startHub(env);
    try {
      const done = await waitFor(
        'every delivery delivered',
        () => {
          const rows = deliveries(dataDir);
          return rows.every((d) => d.status === 'delivered') ? rows : undefined;
        },
        90_000,
        () => `${JSON.stringify(deliveries(dataDir), null, 1)}\nhub output:\n${second.output()}`,
      );
      // Still one row per application and sink, each delivered once.
      assert.equal(done.length, references.length);
      assert.deepEqual(done.map((d) => d.reference).sort(), [...references].sort());
      for (const d of done) {
        assert.equal(d.sink, 'dms');
        assert.ok(d.deliveredAt, `${d.reference} has a delivery time`);
      }
      // One folder per application, nothing else (no temp folder, no second copy).
      const folders = readdirSync(join(dataDir, 'blocked/dms')).sort();
      assert.deepEqual(folders, [...references].sort());
      for (const reference of references) {
        const written = JSON.parse(
          readFileSync(join(dataDir, 'blocked/dms', reference, 'antrag.json'), 'utf8'),
        ) as { reference: string; assistant: { id: string } };
        assert.equal(written.reference, reference);
        assert.equal(written.assistant.id, 'brauchtumsfeuer');
      }

      // The operator API agrees, and a while later nothing has been delivered again.
      await new Promise((r) => setTimeout(r, 1000));
      const res = await fetch(`${second.url}/admin/deliveries`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(res.status, 200);
      const items = ((await res.json()) as { items: DeliveryRow[] }).items;
      assert.equal(items.length, references.length);
      assert.ok(items.every((d) => d.status === 'delivered'));
      assert.deepEqual(deliveries(dataDir), done);
      assert.deepEqual(readdirSync(join(dataDir, 'blocked/dms')).sort(), folders);
    } finally {
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
    }
  });
});
