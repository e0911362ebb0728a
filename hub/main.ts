/**
 * `npm run hub`: the reference data hub on `http://localhost:8787/api/v1`.
 * Env: PORT (8787), HOST (localhost: IPv4 and IPv6 loopback), DATA_DIR (.data), CONFIG_DIR
 * (examples/config), ALLOWED_ORIGINS (comma list or `*`), RATE_LIMIT (requests per minute and
 * IP, 0 = off), HUB_QUIET=1 (no request log), HUB_LOG=short (one line per stored submission),
 * HUB_SYNC (`full`: every commit synced to disk before its 201, default; `normal`: not synced,
 * survives a crash of the process but not a power cut), PAYMENT_URL_TEMPLATE,
 * PAYMENT_NOTIFY_SECRET, PAYMENT_RETURN_URL (payment hand-off, read in server.ts; see payments.ts),
 * HUB_FLOWS (message flows file, default examples/hub/flows.json; `kill -HUP` reloads it),
 * HUB_ADMIN_TOKEN (enables /admin/*), HUB_DELIVERY_MAX_ATTEMPTS (default 12), DATABASE_URL
 * (`postgres://…`: PostgreSQL instead of SQLite, several instances, deliveries on pg-boss),
 * DATABASE_POOL_MAX (connections per instance, default 10).
 */
import { loadConfigs } from './configs.js';
import { Flows, FlowsError } from './flows.js';
import { API_PREFIX, buildHub, DEFAULT_ALLOWED_ORIGINS } from './server.js';

const env = process.env;
const port = Number(env.PORT ?? 8787);
const host = env.HOST ?? 'localhost';
const dataDir = env.DATA_DIR ?? '.data';
const origins = env.ALLOWED_ORIGINS?.trim();
const allowedOrigins =
  origins === '*'
    ? '*'
    : origins
      ? origins
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : DEFAULT_ALLOWED_ORIGINS;
const perMinute = Number(env.RATE_LIMIT ?? 120);
const sync = env.HUB_SYNC?.trim().toLowerCase() || 'full';
if (sync !== 'full' && sync !== 'normal') {
  console.error(`hub: HUB_SYNC must be full or normal, not "${env.HUB_SYNC}"`);
  process.exit(1);
}

const databaseUrl = env.DATABASE_URL?.trim();
if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error(
    'hub: DATABASE_URL must start with postgres:// (e.g. postgres://hub:secret@db:5432/hub); leave it unset for SQLite in DATA_DIR',
  );
  process.exit(1);
}
const poolMax = Number(env.DATABASE_POOL_MAX?.trim() || 10);
if (!Number.isInteger(poolMax) || poolMax < 1) {
  console.error(
    `hub: DATABASE_POOL_MAX must be a whole number ≥ 1, not "${env.DATABASE_POOL_MAX}"`,
  );
  process.exit(1);
}

const flowsFile = env.HUB_FLOWS?.trim() || 'examples/hub/flows.json';
let flows: Flows;
try {
  flows = Flows.fromFile(flowsFile);
} catch (e) {
  console.error(`hub: HUB_FLOWS: ${e instanceof FlowsError ? e.message : String(e)}`);
  process.exit(1);
}

let app: ReturnType<typeof buildHub>;
try {
  app = buildHub({
    dataDir,
    configs: loadConfigs(env.CONFIG_DIR ?? 'examples/config'),
    allowedOrigins,
    rateLimit: perMinute > 0 ? { max: perMinute, timeWindow: '1 minute' } : false,
    durability: sync,
    ...(env.HUB_LOG === 'short'
      ? {
          onStored: (s: { reference: string; assistant: string; ags: string }) =>
            console.log(`hub: stored ${s.reference} (${s.assistant}, AGS ${s.ags})`),
        }
      : {}),
    flows,
    ...(databaseUrl ? { database: { url: databaseUrl, poolMax } } : {}),
  });
} catch (e) {
  console.error(`hub: could not start: ${(e as Error).message}`);
  process.exit(1);
}

// `kill -HUP <pid>`: read the flows file again. Requests keep running; an invalid file is
// refused and the flows in force stay.
process.on('SIGHUP', () => {
  try {
    flows.reload();
    console.log(`hub: SIGHUP: flows reloaded from ${flowsFile}`);
  } catch (e) {
    console.error(`hub: SIGHUP: flows NOT reloaded, the old ones stay: ${(e as Error).message}`);
  }
});

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: closing`);
  app.close().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

try {
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(
    `komm reference hub: http://${shown}:${actualPort}${API_PREFIX} (${databaseUrl ? 'PostgreSQL' : `SQLite in ${dataDir}`})`,
  );
} catch (e) {
  console.error('hub: could not start:', e);
  process.exit(1);
}
