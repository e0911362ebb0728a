/**
 * Read-only public routes: the contract (`/schemas/:id`, `/openapi.json`) and liveness
 * (`/health`). Usage per municipality and assistant is an operator route now
 * (`/admin/usage`, routes/admin.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { Assistant } from '../../src/engine/define-assistant.js';
import { dataJsonSchema, openApiDocument } from '../openapi.js';
import { sendProblem } from '../problem.js';

export interface MetaDeps {
  assistants: Readonly<Record<string, Assistant<unknown>>>;
}

export function metaRoutes(app: FastifyInstance, deps: MetaDeps): void {
  const { assistants } = deps;
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
}
