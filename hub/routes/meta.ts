/**
 * Read-only public routes: the contract (`/schemas/:id`, `/openapi.json`) and liveness
 * (`/health`). Usage per municipality and assistant is an operator route now
 * (`/admin/usage`, routes/admin.ts).
 */
import { rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Assistant } from '../../src/engine/define-assistant.js';
import { dataJsonSchema, openApiDocument } from '../openapi.js';
import { sendProblem, STORAGE_RETRY_AFTER } from '../problem.js';

export interface MetaDeps {
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  /** DATA_DIR: `/health` checks that it can be written (a small file written and removed). */
  dataDir?: string;
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

  app.get('/health', { config: { rateLimit: false } }, async (request, reply) => {
    const problem = deps.dataDir === undefined ? undefined : storageProblem(deps.dataDir);
    if (problem) {
      reply.header('retry-after', String(STORAGE_RETRY_AFTER));
      return sendProblem(request, reply, 'unavailable', problem);
    }
    return { status: 'ok' };
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
