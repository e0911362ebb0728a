/**
 * One fresh PostgreSQL database per test file (or per test), on a real server:
 * - `KOMM_TEST_DATABASE_URL` (set by `npm test`, which starts one embedded cluster for the whole
 *   run) or `DATABASE_URL` pointing at an existing server: a new database is created on it;
 * - neither set (a single file run by hand): an embedded cluster is started for this process and
 *   stopped when the process is about to exit.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './pg-cluster.js';

let own: Promise<EmbeddedPostgres> | undefined;

async function adminUrl(): Promise<string> {
  const given = process.env.KOMM_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return given;
  if (!own) {
    own = startEmbeddedPostgres().then((cluster) => {
      // The server is a child process: let this one end, and stop the server when it does.
      cluster.unref();
      process.once('beforeExit', () => void cluster.stop());
      process.once('SIGTERM', () => void cluster.stop().then(() => process.exit(143)));
      return cluster;
    });
  }
  return (await own).url;
}

export interface TestDatabase {
  /** Connection string of the new, empty database. */
  url: string;
  /** The server's admin URL (to create more databases or stop/inspect the server). */
  adminUrl: string;
  /** Drops the database (closing any connections still open to it). */
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = 't'): Promise<TestDatabase> {
  const admin = await adminUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    adminUrl: admin,
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Stops the cluster this process started (if any); a `beforeExit` hook does it otherwise. */
export async function stopOwnCluster(): Promise<void> {
  if (own) await (await own).stop();
}
