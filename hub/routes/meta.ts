/**
 * Read-only routes: the contract (`/schemas/:id`, `/openapi.json`), liveness (`/health`) and
 * usage per municipality and assistant (`/usage`).
 */
import type { FastifyInstance } from 'fastify';
import type { Assistant } from '../../src/engine/define-assistant.js';
import type { Municipality } from '../configs.js';
import { dataJsonSchema, openApiDocument } from '../openapi.js';
import { sendProblem } from '../problem.js';
import type { Store } from '../store.js';

export interface MetaDeps {
  store: Store;
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  municipalities: ReadonlyMap<string, Municipality>;
  now: () => Date;
}

export function metaRoutes(app: FastifyInstance, deps: MetaDeps): void {
  const { assistants, store } = deps;
  // Built on first request: definitions are immutable, and a hub that never serves them pays nothing.
  const schemas = new Map<string, string>();
  let openapi: string | undefined;

  app.get('/health', { config: { rateLimit: false } }, async () => ({ status: 'ok' }));

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

  app.get('/usage', async () => ({
    generatedAt: deps.now().toISOString(),
    items: store.usage().map((row) => ({
      ...row,
      municipality: deps.municipalities.get(row.ags)?.config.municipality.name ?? null,
    })),
  }));
}
