/**
 * Helpers of the fault suite (issue 11): the real hub as a child process, its environment and
 * valid applications (from `hub/process-test-support.ts`, shared with the other tests that start
 * `hub/main.ts`), and row counts read straight from the SQLite file by a connection of their
 * own. The tests talk to the hub over HTTP only.
 */
import { query } from '../process-test-support.js';

export {
  application,
  applicationDef,
  freePort,
  hubEnv,
  killAll,
  query,
  root,
  startHubProcess,
  type HubProcess,
} from '../process-test-support.js';

/** Row counts of the tables a request could write to. */
export function counts(dataDir: string): Record<string, number> {
  const tables = query<{ name: string }>(
    dataDir,
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  ).map((t) => t.name);
  return Object.fromEntries(
    tables.map((t) => [t, query<{ n: number }>(dataDir, `SELECT COUNT(*) AS n FROM "${t}"`)[0]!.n]),
  );
}
