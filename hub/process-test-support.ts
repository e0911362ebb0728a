/**
 * Test helpers for the real hub as a child process (`node --import tsx hub/main.ts`, the example
 * configs and the real assistants) on a DATA_DIR and port of the test's choosing: the process
 * itself, its environment, a valid application to send it, and rows read straight from its
 * SQLite file by a connection of their own. Used by the restart, logging, flows and fault tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { brauchtumsfeuer } from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.definition.js';
import {
  dresdenParams,
  osterfeuerVerein,
} from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import { createEnvelope, newEnvelopeId } from '../src/transport/envelope.js';

/** The repository's root folder (the hub process runs there). */
export const root = fileURLToPath(new URL('..', import.meta.url));
const DRESDEN = { municipality: { ags: '14612000', name: 'Landeshauptstadt Dresden' } };

/** Today in Germany (the hub's rules use the German date). */
const germanToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** A complete, valid Brauchtumsfeuer application with a fresh id. */
export function application() {
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
export const applicationDef = brauchtumsfeuer;

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export interface HubProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>/api/v1` */
  url: string;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  /** SIGTERM and wait for the exit (no-op when it has exited). */
  stop: () => Promise<void>;
}

const children = new Set<ChildProcess>();
/** SIGKILL of every hub a test started and did not stop (for `after`). */
export function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
}

/** The environment of a hub on `dataDir`: example configs, no rate limit, no request log. */
export const hubEnv = (dataDir: string, port: number, more: NodeJS.ProcessEnv = {}) => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  CONFIG_DIR: join(root, 'examples/config'),
  HUB_FLOWS: join(root, 'examples/hub/flows.json'),
  HUB_QUIET: '1',
  RATE_LIMIT: '0',
  ...more,
});

/**
 * Starts `hub/main.ts` with `env` on top of this process's environment; resolves once it prints
 * its URL, rejects (with its output) when it exits before that or has not started in 60 s.
 */
export async function startHubProcess(
  env: NodeJS.ProcessEnv,
  onStdout?: (chunk: string) => void,
): Promise<HubProcess> {
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
  child.stdout!.on('data', (s: string) => {
    output += s;
    onStdout?.(s);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 60_000);
    const look = () => {
      const m = /komm reference hub: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', look);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`hub exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return {
    child,
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Reads the SQLite file through a connection of its own (the hub may be dead or alive). */
export function query<T>(dataDir: string, sql: string): T[] {
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
