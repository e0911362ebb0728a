/**
 * `POST /submissions` and `GET /submissions/:reference`. Order of checks: media type, JSON
 * safety, key present, key in flight (409), key seen before (200 replay or 422 mismatch), then
 * validation (422), then one transaction that allocates the reference, stores the row and
 * writes the outbox file. Nothing invalid is ever stored.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Envelope } from '../../src/transport/envelope-schema.js';
import { bodyHash, InFlight } from '../idempotency.js';
import { sendProblem } from '../problem.js';
import type { Store, StoredSubmission } from '../store.js';
import { checkSubmission, unsafeJsonReason, type CheckContext } from '../validation.js';

export interface SubmissionDeps extends Omit<CheckContext, 'today'> {
  store: Store;
  dataDir: string;
  now: () => Date;
  /** Awaited after validation, before storing (tests use it to hold a request in flight). */
  beforeStore?: (envelope: Envelope) => void | Promise<void>;
  onStored?: (info: { reference: string; assistant: string; ags: string }) => void;
}

const berlinDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Germany (rules and reference years follow the municipality's clock). */
export const germanDate = (d: Date): string => {
  const parts = berlinDay.formatToParts(d);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
};

const isJson = (contentType: string | undefined) =>
  contentType?.split(';')[0]!.trim().toLowerCase() === 'application/json';

/** Writes atomically (temp file + rename), so a reader of the outbox never sees half a file. */
function writeOutbox(dataDir: string, envelope: Envelope, stored: StoredSubmission): void {
  const dir = join(dataDir, 'outbox', envelope.municipality.ags, envelope.assistant.id);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${stored.reference}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  const receipt = JSON.parse(stored.response) as { reference: string; receivedAt: string };
  try {
    writeFileSync(tmp, JSON.stringify({ ...envelope, ...receipt }, null, 2) + '\n');
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

const isPrimaryKeyClash = (e: unknown) =>
  (e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY';

export function submissionRoutes(app: FastifyInstance, deps: SubmissionDeps): void {
  const { store, now } = deps;
  const inFlight = new InFlight();
  const receiptUrl = (reference: string) =>
    `${app.prefix}/submissions/${encodeURIComponent(reference)}`;

  const answer = (
    request: FastifyRequest,
    reply: FastifyReply,
    stored: StoredSubmission,
    hash: string,
    status: 200 | 201,
  ) => {
    if (stored.bodyHash !== hash)
      return sendProblem(
        request,
        reply,
        'idempotency-mismatch',
        'Dieser Idempotency-Key wurde bereits für einen anderen Antrag verwendet. Ein neuer Antrag braucht eine neue id.',
      );
    return reply
      .code(status)
      .header('location', receiptUrl(stored.reference))
      .type('application/json; charset=utf-8')
      .send(stored.response);
  };

  app.post('/submissions', async (request, reply) => {
    if (!isJson(request.headers['content-type']))
      return sendProblem(
        request,
        reply,
        'unsupported-media-type',
        'Anträge werden nur als JSON (Content-Type: application/json) angenommen.',
      );
    const body = request.body;
    const unsafe = unsafeJsonReason(body);
    if (unsafe) return sendProblem(request, reply, 'malformed', unsafe);
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.trim() === '')
      return sendProblem(
        request,
        reply,
        'malformed',
        'Der Header „Idempotency-Key“ fehlt. Er muss die id des Antrags enthalten.',
      );

    if (!inFlight.claim(key)) {
      reply.header('retry-after', '1');
      return sendProblem(
        request,
        reply,
        'in-flight',
        'Dieser Antrag wird gerade schon verarbeitet. Bitte versuchen Sie es gleich noch einmal.',
      );
    }
    try {
      const hash = bodyHash(body);
      const seen = store.find(key);
      if (seen) return answer(request, reply, seen, hash, 200);

      const at = now();
      const today = germanDate(at);
      const checked = checkSubmission(body, { ...deps, today });
      if (!checked.ok)
        return sendProblem(
          request,
          reply,
          'validation',
          'Einige Angaben fehlen oder sind ungültig. Bitte prüfen Sie die markierten Felder.',
          checked.errors,
        );
      const { envelope, def } = checked;
      if (envelope.id !== key)
        return sendProblem(
          request,
          reply,
          'malformed',
          'Der Header „Idempotency-Key“ muss genau die id des Antrags enthalten.',
        );

      await deps.beforeStore?.(envelope);
      let stored: StoredSubmission;
      try {
        stored = store.insert(
          {
            id: envelope.id,
            assistantId: def.id,
            assistantVersion: envelope.assistant.version,
            schemaVersion: envelope.assistant.schemaVersion,
            ags: envelope.municipality.ags,
            bodyHash: hash,
            envelope: JSON.stringify(body),
            receivedAt: at.toISOString(),
            prefix: def.referencePrefix,
            year: Number(today.slice(0, 4)),
          },
          (row) => writeOutbox(deps.dataDir, envelope, row),
        );
      } catch (e) {
        // Another process sharing the database stored this key first: answer as a replay.
        const other = isPrimaryKeyClash(e) ? store.find(key) : undefined;
        if (!other) throw e;
        return answer(request, reply, other, hash, 200);
      }
      request.log.info(
        { reference: stored.reference, assistant: def.id, ags: envelope.municipality.ags },
        'submission stored',
      );
      deps.onStored?.({
        reference: stored.reference,
        assistant: def.id,
        ags: envelope.municipality.ags,
      });
      return answer(request, reply, stored, hash, 201);
    } finally {
      inFlight.release(key);
    }
  });

  app.get<{ Params: { reference: string } }>('/submissions/:reference', async (request, reply) => {
    const stored = store.findByReference(request.params.reference);
    if (!stored)
      return sendProblem(
        request,
        reply,
        'not-found',
        'Zu dieser Vorgangsnummer gibt es keinen Antrag.',
      );
    return reply.type('application/json; charset=utf-8').send(stored.response);
  });
}
