/**
 * The operator API (issue 6), for the municipality's IT or the hub operator, not citizens:
 * `GET /admin/deliveries?status=&ags=&assistant=`, `POST /admin/deliveries/:id/retry` (a dead
 * delivery back to pending), `GET /admin/submissions/:reference` (envelope and deliveries) and
 * `GET /admin/usage?month=YYYY-MM` (submissions per municipality and assistant, JSON or CSV; see
 * usage.ts) and `DELETE /admin/submissions/:reference` (erasure now, Art. 17; hub/purge.ts).
 * Access and erasure are written to the audit log without personal data.
 * For the operator console (issue 13): `GET /admin/overview` (store, delivery queue, last purge,
 * applications today and this month), `GET /admin/audit?action=&reference=&limit=&offset=` (the
 * audit log, newest first) and `GET /admin/flows` (flows, sinks and retention; no secret, see
 * flows-view.ts).
 * Registered only when a token is set (`HUB_ADMIN_TOKEN`): otherwise these routes do not exist
 * (404). `Authorization: Bearer <token>` is compared in constant time (sha256 of both, then
 * `timingSafeEqual`, so the length leaks nothing either); anything else is 401 problem+json.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Assistant } from '../../src/engine/define-assistant.js';
import type { Municipality } from '../configs.js';
import type { Sessions } from '../console/session.js';
import type { Flows } from '../flows.js';
import { flowsView } from '../flows-view.js';
import { sendProblem } from '../problem.js';
import type { AuditEntry, HubStats, PurgeRun, RetentionApi } from '../purge.js';
import type { DeliveryQueue } from '../queue.js';
import type { HubStore } from '../store.js';
import { sendCsrfProblem } from './console.js';
import { monthOf, prefersCsv, usageCsv, usageReader, usageReaderFrom } from '../usage.js';

export interface AdminDeps {
  store: HubStore;
  /** The delivery queue (SQLite: the group commit's worker; PostgreSQL: pg-boss). */
  commits: DeliveryQueue;
  now: () => Date;
  /** Empty: the admin routes are not registered. */
  token: string;
  /** Folder of `hub.sqlite` (the usage report reads it through its own connection). */
  dataDir: string;
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  municipalities: ReadonlyMap<string, Municipality>;
  /** Erasure and the audit log (issue 9); without it there is no DELETE route. */
  retention?: RetentionApi;
  /** Console sessions (issue 13): their cookie, with `x-csrf-token` on POST/DELETE, counts too. */
  sessions?: Sessions;
  /** The flows in force, for `GET /admin/flows`; without them that route is not registered. */
  flows?: Flows;
  /** The store as the overview names it: kind and where (a file, or a database without password). */
  storeInfo?: { kind: string; location: string };
  /** Interval of the retention purge (the overview's "next due"). */
  purgeEveryMs?: number;
  /** The retention purge's last run in this process. */
  lastPurge?: () => PurgeRun | undefined;
}

const AUDIT_ACTIONS = new Set<string>(['access', 'erasure', 'purge']);

const digest = (s: string) => createHash('sha256').update(s).digest();
const STATUSES = new Set(['pending', 'delivered', 'dead']);

export function adminRoutes(app: FastifyInstance, deps: AdminDeps): void {
  if (!deps.token) return;
  const { store } = deps;
  const expected = digest(deps.token);
  // Who, in the audit log: the token's fingerprint (never the token, never a person's data).
  const actor = `admin-token:${expected.toString('hex').slice(0, 12)}`;
  const usage = store.kind === 'sqlite' ? usageReader(deps) : usageReaderFrom(store, deps);
  const { retention } = deps;
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
        return { items: await store.listDeliveries({ status, ags, assistant }, 1000) };
      },
    );

    admin.post<{ Params: { id: string } }>(
      '/admin/deliveries/:id/retry',
      async (request, reply) => {
        const id = Number(request.params.id);
        if (!Number.isSafeInteger(id) || id < 1)
          return sendProblem(request, reply, 'not-found', 'Diese Zustellung gibt es nicht.');
        if (!(await store.retryDelivery(id, deps.now()))) {
          return (await store.findDelivery(id))
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
        const found = await store.submissionWithDeliveries(request.params.reference);
        if (!found)
          return sendProblem(
            request,
            reply,
            'not-found',
            'Zu dieser Vorgangsnummer gibt es keinen Antrag.',
          );
        const receipt = JSON.parse(found.response) as Record<string, unknown>;
        const purgedAt = await deps.retention?.purgedAt(request.params.reference);
        await deps.retention?.audit({
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
          // `full`, or `metadata` for an end-to-end encrypted application (null once purged).
          validated: found.validated,
          ...(purgedAt ? { purgedAt } : {}),
          deliveries: found.deliveries,
        };
      },
    );

    if (retention)
      admin.delete<{ Params: { reference: string } }>(
        '/admin/submissions/:reference',
        async (request, reply) => {
          const out = await retention.erase(request.params.reference, deps.now(), actor);
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

    admin.get('/admin/overview', async () => {
      const now = deps.now();
      let reachable = true;
      let error: string | undefined;
      try {
        // The store answers, or throws. (It was a lookup of the reference "\u0000", which
        // PostgreSQL refuses as invalid UTF-8: the overview called it unreachable.)
        await store.ping();
      } catch (e) {
        reachable = false;
        error = (e as Error).message.split('\n')[0];
      }
      let stats: HubStats | undefined;
      try {
        stats = reachable ? await retention?.stats?.(now) : undefined;
      } catch (e) {
        reachable = false;
        error = (e as Error).message.split('\n')[0];
      }
      const last = deps.lastPurge?.();
      const every = deps.purgeEveryMs;
      return {
        generatedAt: now.toISOString(),
        store: {
          ...(deps.storeInfo ?? { kind: 'unknown', location: '' }),
          reachable,
          ...(error ? { error } : {}),
        },
        queue: stats && {
          pending: stats.pending,
          dead: stats.dead,
          oldestPendingAt: stats.oldestPendingAt,
          oldestPendingAgeSeconds:
            stats.oldestPendingAt === null
              ? null
              : Math.max(0, Math.round((now.getTime() - Date.parse(stats.oldestPendingAt)) / 1000)),
        },
        purge: {
          lastRunAt: last?.at ?? null,
          purged: last?.purged ?? null,
          held: last?.held ?? null,
          ...(last?.error ? { error: last.error } : {}),
          nextDueAt:
            last && every !== undefined
              ? new Date(Date.parse(last.at) + every).toISOString()
              : null,
        },
        applications: stats && {
          day: now.toISOString().slice(0, 10),
          today: stats.today,
          month: monthOf(now),
          thisMonth: stats.month,
        },
      };
    });

    const auditPage = retention?.auditPage?.bind(retention);
    if (auditPage)
      admin.get<{
        Querystring: { action?: string; reference?: string; limit?: string; offset?: string };
      }>('/admin/audit', async (request, reply) => {
        const { action, reference } = request.query;
        const limit = request.query.limit === undefined ? 50 : Number(request.query.limit);
        const offset = request.query.offset === undefined ? 0 : Number(request.query.offset);
        if (action !== undefined && action !== '' && !AUDIT_ACTIONS.has(action))
          return sendProblem(
            request,
            reply,
            'malformed',
            'action muss access, erasure oder purge sein.',
          );
        if (!Number.isInteger(limit) || limit < 1 || limit > 500)
          return sendProblem(
            request,
            reply,
            'malformed',
            'limit muss eine ganze Zahl von 1 bis 500 sein.',
          );
        if (!Number.isInteger(offset) || offset < 0)
          return sendProblem(request, reply, 'malformed', 'offset muss eine ganze Zahl ab 0 sein.');
        const page = await auditPage(
          {
            action: (action || undefined) as AuditEntry['action'] | undefined,
            reference: reference?.trim() || undefined,
          },
          limit,
          offset,
        );
        return { ...page, limit, offset };
      });

    const { flows } = deps;
    if (flows)
      admin.get('/admin/flows', async () => flowsView(flows, deps.municipalities, deps.assistants));

    admin.get<{ Querystring: { month?: string } }>('/admin/usage', async (request, reply) => {
      const month = request.query.month ?? monthOf(deps.now());
      const report = await usage.report(month, deps.now());
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
