/**
 * Read-only public routes: the contract (`/schemas/:id`, `/openapi.json`) and health
 * (`/health`: `200 {"status":"ok","store":"sqlite"|"postgresql"}`; when DATA_DIR cannot be
 * written or the database does not answer, 503 problem+json with `health: "degraded"`, the store,
 * what to do in `detail`, and `Retry-After`). Usage per municipality and assistant is an operator
 * route now (`/admin/usage`, routes/admin.ts).
 */
import { rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Assistant } from '../../src/engine/define-assistant.js';
import { dataJsonSchema, openApiDocument } from '../openapi.js';
import { DATABASE_RETRY_AFTER } from '../pg-errors.js';
import { PROBLEM_BASE, PROBLEM_TYPES, sendProblem, STORAGE_RETRY_AFTER } from '../problem.js';

export interface MetaDeps {
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  /** DATA_DIR: `/health` checks that it can be written (a small file written and removed). */
  dataDir?: string;
  /** The store `/health` names and asks (`SELECT 1`) on every call. */
  store?: { kind: 'sqlite' | 'postgres'; ping(): Promise<void> };
}

/** How `/health` names the store. */
const STORE_NAMES = { sqlite: 'sqlite', postgres: 'postgresql' } as const;

/** A database that has not answered `/health`'s ping within this is reported as unreachable. */
export const HEALTH_PING_TIMEOUT_MS = 2000;

/** The store's ping, or its error; a ping without an answer in time counts as an error. */
async function pingError(store: NonNullable<MetaDeps['store']>): Promise<Error | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${HEALTH_PING_TIMEOUT_MS} ms`)),
          HEALTH_PING_TIMEOUT_MS,
        );
      }),
    ]);
    return undefined;
  } catch (e) {
    return e as Error;
  } finally {
    clearTimeout(timer);
  }
}

/** Below this much free space the hub reports itself unhealthy. */
const MIN_FREE_BYTES = 1024 * 1024;
const PROBE = Buffer.alloc(4096);

/** Why DATA_DIR cannot take writes now, in German with what to do; undefined when it can. */
export function storageProblem(dataDir: string): string | undefined {
  const probe = join(dataDir, '.health-probe');
  try {
    // Not synced: a full or read-only file system refuses the write itself, and /health must
    // stay fast while the disk is busy.
    writeFileSync(probe, PROBE);
    rmSync(probe, { force: true });
    const { bavail, bsize } = statfsSync(dataDir);
    if (bavail * bsize < MIN_FREE_BYTES)
      return `Im Datenverzeichnis (DATA_DIR) ist weniger als 1 MB frei. Geben Sie Speicherplatz frei.`;
    return undefined;
  } catch (e) {
    rmSync(probe, { force: true });
    const code = (e as { code?: string }).code ?? 'unbekannt';
    const what =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'der Speicher ist voll. Geben Sie Speicherplatz frei'
        : code === 'EROFS'
          ? 'es ist schreibgeschützt eingebunden. Binden Sie es wieder beschreibbar ein'
          : 'Prüfen Sie Rechte und Einbindung';
    return `Die Datendrehscheibe kann nicht in ihr Datenverzeichnis (DATA_DIR) schreiben: ${what} (${code}). Bis dahin werden Anträge mit 503 abgelehnt.`;
  }
}

export function metaRoutes(app: FastifyInstance, deps: MetaDeps): void {
  const { assistants } = deps;
  // Built on first request: definitions are immutable, and a hub that never serves them pays nothing.
  const schemas = new Map<string, string>();
  let openapi: string | undefined;

  const store = deps.store && STORE_NAMES[deps.store.kind];
  app.get('/health', { config: { rateLimit: false } }, async (request, reply) => {
    /** 503 problem+json: the hub runs but cannot take applications now (`detail`: what to do). */
    const degraded = (retryAfter: number, detail: string) =>
      reply
        .code(503)
        .header('retry-after', String(retryAfter))
        .type('application/problem+json; charset=utf-8')
        .send({
          type: `${PROBLEM_BASE}unavailable`,
          title: PROBLEM_TYPES.unavailable.title,
          status: 503,
          detail,
          requestId: request.id,
          health: 'degraded',
          ...(store ? { store } : {}),
        });
    const problem = deps.dataDir === undefined ? undefined : storageProblem(deps.dataDir);
    if (problem) return degraded(STORAGE_RETRY_AFTER, problem);
    const error = deps.store && (await pingError(deps.store));
    if (error) {
      // The cause goes to the log only: /health is public, the database's address is not.
      request.log.warn({ err: error }, 'health: the database does not answer');
      return degraded(
        DATABASE_RETRY_AFTER,
        store === 'postgresql'
          ? 'Die Datendrehscheibe erreicht ihre Datenbank (PostgreSQL) nicht. Prüfen Sie, ob der Datenbankserver läuft und von dieser Instanz aus erreichbar ist (DATABASE_URL, Netz, max_connections); die Ursache steht im Protokoll der Instanz. Bis dahin werden Anträge mit 503 abgelehnt und von den Assistenten erneut gesendet.'
          : 'Die Datendrehscheibe kann ihre Datenbank (hub.sqlite in DATA_DIR) nicht lesen. Prüfen Sie die Datei, ihre Rechte und das Protokoll der Instanz. Bis dahin werden Anträge mit 503 abgelehnt und von den Assistenten erneut gesendet.',
      );
    }
    return { status: 'ok', ...(store ? { store } : {}) };
  });

  app.get<{ Params: { id: string } }>('/schemas/:id', async (request, reply) => {
    const { id } = request.params;
    const def = Object.hasOwn(assistants, id) ? assistants[id] : undefined;
    if (!def)
      return sendProblem(
        request,
        reply,
        'not-found',
        'Diesen Assistenten gibt es hier nicht, also auch kein Schema.',
      );
    let schema = schemas.get(id);
    if (schema === undefined) schemas.set(id, (schema = JSON.stringify(dataJsonSchema(def))));
    return reply.type('application/schema+json; charset=utf-8').send(schema);
  });

  app.get('/openapi.json', async (_request, reply) => {
    openapi ??= JSON.stringify(openApiDocument(assistants, app.prefix));
    return reply.type('application/json; charset=utf-8').send(openapi);
  });
}
