/**
 * `POST /submissions` and `GET /submissions/:reference`. Order of checks: media type, JSON
 * safety, key present, key in flight (409), key seen before (200 replay or 422 mismatch), then
 * validation (422), then the group commit (group-commit.ts): the writer thread allocates the
 * reference, stores the row and writes the outbox file in one transaction with the other
 * submissions of its batch, and the 201 leaves only after that transaction committed. Nothing
 * invalid is ever stored.
 *
 * "Key seen before" is looked up where it is cheapest, with the same answers: a valid envelope
 * goes to the writer, whose transaction finds a stored id anyway (and then nothing is inserted);
 * any other answer (422, 400 for a key that is not the id) first looks the key up in the
 * database. So the main thread reads SQLite only on those rarer paths.
 *
 * An end-to-end encrypted envelope (`encrypted` instead of `data`, README "End-to-end
 * encryption") is checked only as far as the hub can see it (validation.ts `checkEncrypted`) and
 * stored as received: the row and the outbox file hold the ciphertext.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Envelope } from '../../src/transport/envelope-schema.js';
import { needsAssignmentCode, newAssignmentCode } from '../assignment-code.js';
import type { Flows } from '../flows.js';
import { bodyHash, InFlight } from '../idempotency.js';
import { sendProblem } from '../problem.js';
import type { HubStore, StoredSubmission } from '../store.js';
import { checkSubmission, unsafeJsonReason, type CheckContext } from '../validation.js';

export interface SubmissionDeps extends Omit<CheckContext, 'today'> {
  /** SQLite (group commit) or PostgreSQL: idempotency, receipts and storing. */
  store: HubStore;
  /** Message flows: the sinks of each application, looked up when it is accepted. */
  flows: Flows;
  now: () => Date;
  /** Awaited after validation, before storing (tests use it to hold a request in flight). */
  beforeStore?: (envelope: Envelope) => void | Promise<void>;
  onStored?: (info: { reference: string; assistant: string; ags: string }) => void;
  /** Records the uploads a newly stored application references (hub/uploads.ts `markAccepted`). */
  markUploads?: (applicationId: string, reference: string, uploadIds: string[]) => void;
}

const berlinDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Berlin's offset is whole hours, so one minute has one German date. */
let dayCache = { minute: NaN, date: '' };

/** The calendar day in Germany (rules and reference years follow the municipality's clock). */
export const germanDate = (d: Date): string => {
  const minute = Math.floor(d.getTime() / 60_000);
  if (minute === dayCache.minute) return dayCache.date;
  const parts = berlinDay.formatToParts(d);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  dayCache = { minute, date };
  return date;
};

const isJson = (contentType: string | undefined) =>
  contentType?.split(';')[0]!.trim().toLowerCase() === 'application/json';

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
    /** The first answer when the key is stored already (replay or mismatch), else undefined. */
    const replay = async () => {
      const seen = await store.find(key);
      return seen && answer(request, reply, seen, bodyHash(body), 200);
    };
    try {
      const at = now();
      const today = germanDate(at);
      const checked = checkSubmission(body, { ...deps, today });
      if (!checked.ok)
        return (
          (await replay()) ??
          sendProblem(
            request,
            reply,
            'validation',
            'Einige Angaben fehlen oder sind ungültig. Bitte prüfen Sie die markierten Felder.',
            checked.errors,
          )
        );
      const { envelope, def } = checked;
      if (envelope.id !== key)
        return (
          (await replay()) ??
          sendProblem(
            request,
            reply,
            'malformed',
            'Der Header „Idempotency-Key“ muss genau die id des Antrags enthalten.',
          )
        );

      // (an encrypted envelope has only the metadata and `encrypted`; the tests' hook reads no more)
      await deps.beforeStore?.(envelope as Envelope);
      const { stored, created } = await store.submit({
        id: envelope.id,
        assistantId: def.id,
        assistantVersion: envelope.assistant.version,
        schemaVersion: envelope.assistant.schemaVersion,
        ags: envelope.municipality.ags,
        // no bodyHash: the writer thread computes it from the text, off the main thread
        envelope: request.rawBody || JSON.stringify(body),
        receivedAt: at.toISOString(),
        prefix: def.referencePrefix,
        year: Number(today.slice(0, 4)),
        sinks: deps.flows.sinksFor(envelope.municipality.ags, def.id),
        ...(needsAssignmentCode(def.id) ? { assignmentCode: newAssignmentCode() } : {}),
      });
      // Stored before (a resend, or another process sharing the database): replay or mismatch.
      if (!created) return answer(request, reply, stored, bodyHash(body), 200);
      deps.markUploads?.(
        envelope.id,
        stored.reference,
        (envelope.attachments ?? []).map((a) => a.uploadId),
      );
      request.log.info(
        {
          reference: stored.reference,
          assistant: def.id,
          ags: envelope.municipality.ags,
          ...('encrypted' in envelope ? { encrypted: true } : {}),
        },
        'submission stored',
      );
      deps.onStored?.({
        reference: stored.reference,
        assistant: def.id,
        ags: envelope.municipality.ags,
      });
      return answer(request, reply, stored, stored.bodyHash, 201);
    } finally {
      inFlight.release(key);
    }
  });

  app.get<{ Params: { reference: string } }>('/submissions/:reference', async (request, reply) => {
    const stored = await store.findByReference(request.params.reference);
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
