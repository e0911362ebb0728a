/**
 * The reference data hub (DESIGN.md "Transport contract (v1)"): a fastify app that validates
 * submissions with the assistants' own definitions, stores them idempotently in SQLite and
 * writes each to the outbox folder. `buildHub` does not listen; `main.ts` does.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { assistants as registry } from '../src/assistants/registry.js';
import type { MunicipalityConfig } from '../src/engine/config.js';
import type { Assistant } from '../src/engine/define-assistant.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import { indexConfigs } from './configs.js';
import { Flows } from './flows.js';
import { CommitQueue } from './group-commit.js';
import {
  openPayments,
  paymentOptionsFromEnv,
  sqlitePaymentStore,
  type PaymentOptions,
} from './payments.js';
import { createLookups, type RegisterSource } from './lookups/index.js';
import {
  clientErrorHandler,
  decodeJsonBody,
  frameworkErrors,
  installProblemHandlers,
} from './problem.js';
import { Sessions, WrongTokens } from './console/session.js';
import { adminRoutes } from './routes/admin.js';
import { consoleRoutes } from './routes/console.js';
import { lookupRoutes } from './routes/lookups.js';
import { metaRoutes } from './routes/meta.js';
import { paymentRoutes } from './routes/payments.js';
import { submissionRoutes } from './routes/submissions.js';
import { uploadRoutes } from './routes/uploads.js';
import { markAccepted, readUploadMeta, sweepUploads } from './uploads.js';
import { hubLoggerOptions } from './logging.js';
import { Retention, type PurgeRun } from './purge.js';
import { PgDeliveryQueue } from './queue-pg.js';
import type { DeliveryQueue } from './queue.js';
import { PgHubStore, PgPaymentStore, PgRetention } from './store-pg.js';
import { openStore, sqliteHubStore, type HubStore } from './store.js';
import type { DeliveryOptions } from './writer.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The JSON body as received (set by the hub's JSON parser). */
    rawBody?: string;
  }
}

export const API_PREFIX = '/api/v1';
export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

export interface HubOptions {
  /** Folder of `hub.sqlite` and `outbox/`; created when missing. */
  dataDir: string;
  /** Municipality configs (validated again here; keyed by AGS). See `loadConfigs`. */
  configs: readonly MunicipalityConfig[];
  /** Browser origins allowed by CORS, or `'*'` for any. Default: the demo page's origins. */
  allowedOrigins?: readonly string[] | '*';
  /** Assistant definitions by id. Default: the package's registry. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parameters differ per assistant
  assistants?: Readonly<Record<string, Assistant<any>>>;
  /** Largest accepted request body in bytes. Default 1 MiB. */
  bodyLimit?: number;
  /** Clock (receivedAt, reference year, "today" of the rules). Default: `new Date()`. */
  now?: () => Date;
  /** Request logging. Default: on, unless `HUB_QUIET=1`. */
  logger?: boolean;
  /** Requests per IP and window, or `false` for no limit. Default 120 per minute. */
  rateLimit?: { max: number; timeWindow: number | string } | false;
  /** Awaited after validation, before storing; lets tests hold a request in flight. */
  beforeStore?: (envelope: Envelope) => void | Promise<void>;
  /** Called once per newly stored submission (e.g. a one-line log for the demo). */
  onStored?: (info: { reference: string; assistant: string; ags: string }) => void;
  /** Called after each committed batch (group commit) with its number of rows. */
  onBatch?: (rows: number) => void;
  /** Whether each commit is synced to disk (`full`, default) or not (`normal`); see store.ts. */
  durability?: 'full' | 'normal';
  /** Where config warnings go (also with `HUB_QUIET=1`). Default: `console.warn`. */
  warn?: (message: string) => void;
  /** Payment hand-off (see payments.ts). Default: `PAYMENT_URL_TEMPLATE` etc. from the environment. */
  payments?: PaymentOptions;
  /** Message flows (flows.ts). Default: every application to the built-in outbox. */
  flows?: Flows;
  /** Back-off and attempts of the delivery worker. Default: `HUB_DELIVERY_MAX_ATTEMPTS` or 12, 1 s doubling to 10 min. */
  delivery?: DeliveryOptions;
  /** Uploads: age after which unreferenced files go (default 24 h) and the sweep interval (1 h). */
  uploads?: { maxAgeMs?: number; sweepEveryMs?: number };
  /** How often the retention purge runs (hub/purge.ts). Default daily; it also runs at start. */
  purgeEveryMs?: number;
  /** Enables `/admin/*` (bearer token). Default: `HUB_ADMIN_TOKEN`; unset or empty: 404. */
  adminToken?: string;
  /** Register source of the `register` lookup. Default: `REGISTER_FILE` (CSV) when set, else none. */
  register?: RegisterSource;
  /**
   * PostgreSQL instead of SQLite (`DATABASE_URL`, `DATABASE_POOL_MAX`; see store-pg.ts): for
   * several hub instances on one database. Deliveries then run on pg-boss (queue-pg.ts).
   */
  database?: { url: string; poolMax?: number };
}

function deliveryFromEnv(env: NodeJS.ProcessEnv): DeliveryOptions {
  const raw = env.HUB_DELIVERY_MAX_ATTEMPTS?.trim();
  if (!raw) return {};
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`HUB_DELIVERY_MAX_ATTEMPTS must be a whole number ≥ 1, not "${raw}"`);
  return { maxAttempts: n };
}

/**
 * Server timeouts in ms (issue 11, slow clients): `HUB_REQUEST_TIMEOUT_MS` (the whole request,
 * headers and body, must arrive within it; default 120 s, enough for a 10 MB upload at 1 Mbit/s),
 * `HUB_CONNECTION_TIMEOUT_MS` (a socket with no byte in either direction for this long is closed;
 * default 30 s), `HUB_KEEP_ALIVE_TIMEOUT_MS` (an idle kept-alive connection; default 72 s, longer
 * than a load balancer's usual 60 s).
 */
export function timeoutsFromEnv(env: NodeJS.ProcessEnv) {
  const ms = (name: string, raw: string | undefined, fallback: number) => {
    if (!raw?.trim()) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`${name} must be a whole number of milliseconds ≥ 0, not "${raw}"`);
    return n;
  };
  return {
    requestTimeout: ms('HUB_REQUEST_TIMEOUT_MS', env.HUB_REQUEST_TIMEOUT_MS, 120_000),
    connectionTimeout: ms('HUB_CONNECTION_TIMEOUT_MS', env.HUB_CONNECTION_TIMEOUT_MS, 30_000),
    keepAliveTimeout: ms('HUB_KEEP_ALIVE_TIMEOUT_MS', env.HUB_KEEP_ALIVE_TIMEOUT_MS, 72_000),
  };
}

/** The application ids with an upload folder (`DATA_DIR/uploads/<id>/`). */
function uploadFolders(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'uploads'));
  } catch {
    return [];
  }
}

/** `postgres://host:port/database`, without user and password (for the console's overview). */
export function databaseLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/** Routes whose answers may be cached: the contract, no personal data. */
const CACHEABLE = new Set([`${API_PREFIX}/schemas/:id`, `${API_PREFIX}/openapi.json`]);

export function buildHub(options: HubOptions): FastifyInstance {
  const timeouts = timeoutsFromEnv(process.env);
  const app = Fastify({
    logger: hubLoggerOptions(options.logger ?? process.env.HUB_QUIET !== '1'),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Slow or stalled clients are cut off; what Node or the router refuses is problem+json too.
    ...timeouts,
    // Headers may not take longer than the whole request; Node checks both timeouts on an
    // interval (default 30 s): a quarter of the request timeout.
    http: {
      headersTimeout: Math.min(60_000, timeouts.requestTimeout || 60_000),
      connectionsCheckingInterval: Math.max(500, Math.min(30_000, timeouts.requestTimeout / 4)),
    },
    clientErrorHandler,
    frameworkErrors,
    // A "Fehlernummer" must be unique across restarts, so not fastify's counter.
    genReqId: () => randomUUID(),
  });
  const assistants = (options.assistants ?? registry) as Readonly<
    Record<string, Assistant<unknown>>
  >;
  const now = options.now ?? (() => new Date());
  const municipalities = indexConfigs(options.configs, assistants, options.warn ?? console.warn);
  const pg = options.database
    ? PgHubStore.connect({
        url: options.database.url,
        poolMax: options.database.poolMax,
        dataDir: options.dataDir,
        onError: (e) => app.log.warn({ err: e }, 'PostgreSQL connection lost (it reconnects)'),
      })
    : undefined;
  const sqlite = pg ? undefined : openStore(options.dataDir);
  // Migrations before anything else reads the database (the purge and sweep below).
  if (pg) app.addHook('onReady', async () => void (await pg.migrate()));
  // Payments live where the applications do: with PostgreSQL, shared by every instance.
  const payments = openPayments(
    pg ? new PgPaymentStore(pg) : sqlitePaymentStore(options.dataDir),
    municipalities,
    options.payments ?? paymentOptionsFromEnv(process.env),
  );
  app.addHook('onClose', async () => payments.close());
  // A graceful stop must not wait for kept-alive connections to time out (fastify's default is
  // 72 s): once closing, every answer still being sent tells the client to close the connection.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // A callback hook, not an async one: no promise and no extra turn of the microtask queue per answer.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    // Answers can carry personal data: no cache keeps them (issue 9). The contract may be cached.
    if (!reply.hasHeader('cache-control') && !CACHEABLE.has(request.routeOptions?.url ?? ''))
      reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  const flows = options.flows ?? new Flows();
  // Storage limitation (issue 9, hub/purge.ts): due applications purged at start and daily.
  const retention = pg ? new PgRetention(pg) : new Retention(options.dataDir);
  // The last run, for the console's overview (issue 13).
  let lastPurge: PurgeRun | undefined;
  const purge = async () => {
    const at = now();
    try {
      const report = await retention.purgeDue(at, flows.current.retention);
      lastPurge = {
        at: at.toISOString(),
        purged: report.purged.length,
        held: report.held.length,
      };
      if (report.purged.length || report.held.length)
        app.log.info(
          { purged: report.purged.length, held: report.held.map((h) => h.reference) },
          'retention purge',
        );
    } catch (e) {
      const error = (e as Error).message.split('\n')[0] ?? '';
      lastPurge = { at: at.toISOString(), purged: 0, held: 0, error };
      app.log.error({ err: e }, 'retention purge failed (it runs again tomorrow)');
    }
  };
  const purgeEveryMs = options.purgeEveryMs ?? 24 * 60 * 60 * 1000;
  const purger = setInterval(() => void purge(), purgeEveryMs).unref();
  // At start the hub waits for the purge up to 5 s (a small store is purged before the first
  // request), then lets it finish in the background: on a large store (200,000 rows on
  // PostgreSQL) it outran fastify's 10 s ready timeout and the hub did not start at all.
  app.addHook('onReady', async () => {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      purge(),
      new Promise((resolve) => (timer = setTimeout(resolve, 5000))),
    ]).finally(() => clearTimeout(timer));
  });
  app.addHook('onClose', async () => {
    clearInterval(purger);
    retention.close();
  });
  const lookups = createLookups({ municipalities, register: options.register });
  const delivery = { ...deliveryFromEnv(process.env), ...options.delivery };
  let store: HubStore;
  let commits: DeliveryQueue;
  if (pg) {
    const queue = new PgDeliveryQueue({
      url: options.database!.url,
      store: pg,
      dataDir: options.dataDir,
      sinks: flows.current.sinks,
      configs: options.configs,
      delivery,
      onError: (e) => app.log.warn({ err: e }, 'delivery queue (pg-boss)'),
    });
    app.addHook('onReady', async () => queue.start());
    store = pg;
    commits = queue;
  } else {
    const queue = new CommitQueue({
      dataDir: options.dataDir,
      onBatch: options.onBatch,
      durability: options.durability,
      sinks: flows.current.sinks,
      delivery,
      configs: options.configs,
    });
    store = sqliteHubStore(sqlite!, (row) => queue.submit(row));
    commits = queue;
  }
  flows.onChange((file) => commits.setSinks(file.sinks));
  // `categories` of the flows file: each assistant's default flow by its category.
  flows.useCategories(
    Object.fromEntries(Object.entries(assistants).map(([id, def]) => [id, def.category])),
  );
  app.addHook('onClose', async () => {
    await commits.close();
    await store.close();
  });
  // Uploads no stored application references: swept at start and then every hour.
  const sweep = async () => {
    try {
      // PostgreSQL: the ids of the upload folders looked up in one query first.
      const stored = pg && (await pg.storedIds(uploadFolders(options.dataDir)));
      sweepUploads(options.dataDir, {
        now: now(),
        maxAgeMs: options.uploads?.maxAgeMs,
        isStored: (id) => (stored ? stored.has(id) : sqlite!.find(id) !== undefined),
      });
    } catch (e) {
      app.log.error({ err: e }, 'upload sweep failed');
    }
  };
  if (pg) app.addHook('onReady', sweep);
  else void sweep();
  const sweeper = setInterval(
    () => void sweep(),
    options.uploads?.sweepEveryMs ?? 60 * 60 * 1000,
  ).unref();
  app.addHook('onClose', async () => clearInterval(sweeper));

  // Only JSON is ever parsed; fastify's text/plain parser would let other bodies reach a handler.
  app.removeContentTypeParser('text/plain');
  // fastify's own JSON parser (same errors, same poisoning checks), keeping the text as received:
  // it is what gets stored, instead of serialising the parsed body again.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.decorateRequest('rawBody', ''); // declared up front: every request object has one shape
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // JSON is UTF-8 (RFC 8259): another charset, or bytes that are not UTF-8, are refused (a
    // lenient decoding would store U+FFFD in place of what was sent).
    const text = decodeJsonBody(request.headers['content-type'], body as Buffer);
    if (typeof text !== 'string') return done(text);
    request.rawBody = text;
    parseJson(request, text, done);
  });
  installProblemHandlers(app);

  const origins = options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS;
  // CORS first, so that even a 429 carries the headers a browser needs to read `Retry-After`.
  void app.register(cors, {
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After', 'Location'],
    maxAge: 600,
  });
  if (options.rateLimit !== false) {
    const { max, timeWindow } = options.rateLimit ?? { max: 120, timeWindow: '1 minute' };
    void app.register(rateLimit, { max, timeWindow });
  }
  const adminToken = options.adminToken ?? process.env.HUB_ADMIN_TOKEN ?? '';
  // The operator console at /admin/ (issue 13); its sessions also open the operator API.
  const sessions = new Sessions(() => now().getTime());
  consoleRoutes(app, {
    token: adminToken,
    sessions,
    wrongTokens: new WrongTokens(),
    apiPrefix: API_PREFIX,
  });
  void app.register(
    async (api) => {
      submissionRoutes(api, {
        store,
        flows,
        assistants,
        municipalities,
        now,
        beforeStore: options.beforeStore,
        onStored: options.onStored,
        uploadMeta: (id, uploadId) => readUploadMeta(options.dataDir, id, uploadId),
        markUploads: (id, reference, ids) => markAccepted(options.dataDir, id, reference, ids),
      });
      await api.register(uploadRoutes, {
        dataDir: options.dataDir,
        assistants,
        municipalities,
        now,
      });
      metaRoutes(api, { assistants, dataDir: options.dataDir, store });
      paymentRoutes(api, { payments, assistants, now, allowedOrigins: origins });
      lookupRoutes(api, { lookups });
      adminRoutes(api, {
        store,
        commits,
        now,
        token: adminToken,
        dataDir: options.dataDir,
        assistants,
        municipalities,
        retention,
        sessions,
        flows,
        storeInfo: pg
          ? { kind: 'postgres', location: databaseLocation(options.database!.url) }
          : { kind: 'sqlite', location: join(options.dataDir, 'hub.sqlite') },
        purgeEveryMs,
        lastPurge: () => lastPurge,
      });
    },
    { prefix: API_PREFIX },
  );
  return app;
}
