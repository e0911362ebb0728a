/**
 * The operator API (issue 6), for the municipality's IT or the hub operator, not citizens:
 * `GET /admin/deliveries?status=&ags=&assistant=`, `POST /admin/deliveries/:id/retry` (a dead
 * delivery back to pending), `GET /admin/submissions/:reference` (envelope and deliveries) and
 * `GET /admin/usage?month=YYYY-MM` (submissions per municipality and assistant, JSON or CSV; see
 * usage.ts) and `DELETE /admin/submissions/:reference` (erasure now, Art. 17; hub/purge.ts).
 * Access and erasure are written to the audit log without personal data.
 * Registered only when a token is set (`HUB_ADMIN_TOKEN`): otherwise these routes do not exist
 * (404). `Authorization: Bearer <token>` is compared in constant time (sha256 of both, then
 * `timingSafeEqual`, so the length leaks nothing either); anything else is 401 problem+json.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Assistant } from '../../src/engine/define-assistant.js';
import type { Municipality } from '../configs.js';
import type { CommitQueue } from '../group-commit.js';
import type { Sessions } from '../console/session.js';
import { sendProblem } from '../problem.js';
import type { Retention } from '../purge.js';
import type { Store } from '../store.js';
import { sendCsrfProblem } from './console.js';
import { monthOf, prefersCsv, usageCsv, usageReader } from '../usage.js';

export interface AdminDeps {
  store: Store;
  commits: CommitQueue;
  now: () => Date;
  /** Empty: the admin routes are not registered. */
  token: string;
  /** Folder of `hub.sqlite` (the usage report reads it through its own connection). */
  dataDir: string;
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  municipalities: ReadonlyMap<string, Municipality>;
  /** Erasure and the audit log (issue 9); without it there is no DELETE route. */
  retention?: Retention;
  /** Console sessions (issue 13): their cookie, with `x-csrf-token` on POST/DELETE, counts too. */
  sessions?: Sessions;
}

const digest = (s: string) => createHash('sha256').update(s).digest();
const STATUSES = new Set(['pending', 'delivered', 'dead']);

export function adminRoutes(app: FastifyInstance, deps: AdminDeps): void {
  if (!deps.token) return;
  const { store } = deps;
  const expected = digest(deps.token);
  // Who, in the audit log: the token's fingerprint (never the token, never a person's data).
  const actor = `admin-token:${expected.toString('hex').slice(0, 12)}`;
  const usage = usageReader(deps);
  app.addHook('onClose', async () => usage.close());

  void app.register(async (admin) => {
    admin.addHook('onRequest', async (request, reply) => {
      const header = request.headers.authorization ?? '';
      const given = /^Bearer (.+)$/i.exec(header)?.[1] ?? '';
      const session = given || !deps.sessions ? 'none' : deps.sessions.check(request);
      if (session === 'ok') return;
      if (session === 'csrf') return sendCsrfProblem(request, reply);
      if (!timingSafeEqual(digest(given), expected) || !given) {
        void reply.header('www-authenticate', 'Bearer realm="komm-hub-admin"');
        return sendProblem(
          request,
          reply,
          'unauthorized',
          'Für die Betriebs-API ist ein gültiges Token nötig (Authorization: Bearer …).',
        );
      }
    });

    admin.get<{ Querystring: { status?: string; ags?: string; assistant?: string } }>(
      '/admin/deliveries',
      async (request, reply) => {
        const { status, ags, assistant } = request.query;
        if (status !== undefined && !STATUSES.has(status))
          return sendProblem(
            request,
            reply,
            'malformed',
            'status muss pending, delivered oder dead sein.',
          );
        return { items: store.listDeliveries({ status, ags, assistant }, 1000) };
      },
    );

    admin.post<{ Params: { id: string } }>(
      '/admin/deliveries/:id/retry',
      async (request, reply) => {
        const id = Number(request.params.id);
        if (!Number.isSafeInteger(id) || id < 1)
          return sendProblem(request, reply, 'not-found', 'Diese Zustellung gibt es nicht.');
        if (!store.retryDelivery(id, deps.now())) {
          return store.findDelivery(id)
            ? sendProblem(
                request,
                reply,
                'not-retryable',
                'Nur eine gescheiterte Zustellung (dead) kann wiederholt werden.',
              )
            : sendProblem(request, reply, 'not-found', 'Diese Zustellung gibt es nicht.');
        }
        deps.commits.kick();
        return reply.code(202).send({ id, status: 'pending' });
      },
    );

    admin.get<{ Params: { reference: string } }>(
      '/admin/submissions/:reference',
      async (request, reply) => {
        const found = store.submissionWithDeliveries(request.params.reference);
        if (!found)
          return sendProblem(
            request,
            reply,
            'not-found',
            'Zu dieser Vorgangsnummer gibt es keinen Antrag.',
          );
        const receipt = JSON.parse(found.response) as Record<string, unknown>;
        const purgedAt = deps.retention?.purgedAt(request.params.reference);
        deps.retention?.audit({
          at: deps.now().toISOString(),
          action: 'access',
          reference: request.params.reference,
          actor,
          outcome: purgedAt ? 'purged: no envelope' : 'shown',
        });
        return {
          ...receipt,
          // An erased or purged application keeps only its tombstone (hub/purge.ts).
          envelope: found.envelope ? (JSON.parse(found.envelope) as unknown) : null,
          ...(purgedAt ? { purgedAt } : {}),
          deliveries: found.deliveries,
        };
      },
    );

    const { retention } = deps;
    if (retention)
      admin.delete<{ Params: { reference: string } }>(
        '/admin/submissions/:reference',
        async (request, reply) => {
          const out = retention.erase(request.params.reference, deps.now(), actor);
          if (!out)
            return sendProblem(
              request,
              reply,
              'not-found',
              'Zu dieser Vorgangsnummer gibt es keinen Antrag.',
            );
          return {
            reference: out.reference,
            erased: true,
            alreadyPurged: out.alreadyPurged,
            deleted: {
              envelope: !out.alreadyPurged,
              files: out.files,
              closedDeliveries: out.closedDeliveries,
            },
          };
        },
      );

    admin.get<{ Querystring: { month?: string } }>('/admin/usage', async (request, reply) => {
      const month = request.query.month ?? monthOf(deps.now());
      const report = usage.report(month, deps.now());
      if (!report)
        return sendProblem(
          request,
          reply,
          'malformed',
          `month muss ein Monat im Format JJJJ-MM sein (z. B. ${monthOf(deps.now())}), nicht „${month}“.`,
        );
      void reply.header('vary', 'Accept');
      // `?format=csv`: for a plain link (the console's "CSV herunterladen").
      const link = (request.query as { format?: string }).format === 'csv';
      if (!prefersCsv(request.headers.accept) && !link) return report;
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="nutzung-${month}.csv"`)
        .send(usageCsv(report.items));
    });
  });
}
