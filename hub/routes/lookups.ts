/**
 * `POST /lookups/:name` (DESIGN.md): `{ q, ags, …the lookup's own members }` ->
 * `{ items: [{ value, label, … }] }`, at most 20, best first. POST keeps what people type out of
 * URLs and logs. An unknown name is a 404 problem naming the known ones; a body that is not
 * `{ q: string, ags?: 8 digits }` (plus what the lookup needs) a 400 problem saying what to send.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Lookup } from '../lookups/index.js';
import { sendProblem } from '../problem.js';

export interface LookupDeps {
  lookups: ReadonlyMap<string, Lookup>;
}

const body = z.looseObject({
  q: z.string().max(200),
  ags: z.optional(z.string().regex(/^\d{8}$/)),
});

const describe = (error: z.ZodError) =>
  error.issues.map((i) => `„${i.path.join('.') || '(Inhalt)'}“: ${i.message}`).join('; ');

export function lookupRoutes(app: FastifyInstance, deps: LookupDeps): void {
  const { lookups } = deps;
  const known = [...lookups.keys()].join(', ');

  app.post<{ Params: { name: string } }>('/lookups/:name', async (request, reply) => {
    const lookup = lookups.get(request.params.name);
    if (!lookup)
      return sendProblem(
        request,
        reply,
        'not-found',
        `Die Abfrage „${request.params.name}“ gibt es hier nicht. Verfügbar sind: ${known}.`,
      );
    const base = body.safeParse(request.body);
    if (!base.success)
      return sendProblem(
        request,
        reply,
        'malformed',
        `Senden Sie als JSON { "q": "Suchtext", "ags": "Gemeindeschlüssel mit 8 Ziffern" }. ${describe(base.error)}`,
      );
    let extra: Record<string, unknown> = {};
    if (lookup.params) {
      const parsed = lookup.params.safeParse(request.body);
      if (!parsed.success)
        return sendProblem(
          request,
          reply,
          'malformed',
          `Die Abfrage „${lookup.name}“ braucht weitere Angaben. ${describe(parsed.error)}`,
        );
      extra = parsed.data;
    }
    const items = await lookup.search({ ...base.data, ...extra });
    return reply.header('cache-control', 'no-store').send({ items });
  });
}
