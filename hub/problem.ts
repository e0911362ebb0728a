/**
 * RFC 9457 problem details. Every error the hub answers, including fastify's own (bad JSON,
 * body too large, unknown route) and the rate limiter's, leaves as `application/problem+json`
 * with a German `detail` and the `requestId` the assistant shows as "Fehlernummer".
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const PROBLEM_BASE = 'https://komm-assistenten.de/problems/';

export const PROBLEM_TYPES = {
  validation: { status: 422, title: 'Die Angaben sind nicht gültig' },
  'idempotency-mismatch': {
    status: 422,
    title: 'Schlüssel bereits für einen anderen Antrag verwendet',
  },
  malformed: { status: 400, title: 'Die Anfrage ist fehlerhaft' },
  'unsupported-media-type': { status: 415, title: 'Nicht unterstütztes Format' },
  'too-large': { status: 413, title: 'Die Anfrage ist zu groß' },
  'in-flight': { status: 409, title: 'Der Antrag wird bereits verarbeitet' },
  'not-found': { status: 404, title: 'Nicht gefunden' },
  unauthorized: { status: 401, title: 'Nicht angemeldet' },
  'not-retryable': { status: 409, title: 'Nicht wiederholbar' },
  'rate-limited': { status: 429, title: 'Zu viele Anfragen' },
  internal: { status: 500, title: 'Interner Fehler' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** One field-level error of a `validation` problem. */
export interface FieldError {
  /** JSON Pointer into the envelope, e.g. `/data/hunde/0/breed`. */
  pointer: string;
  detail: string;
  code: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  errors?: FieldError[];
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  type: ProblemType,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  const { status, title } = PROBLEM_TYPES[type];
  const body: Problem = { type: PROBLEM_BASE + type, title, status, detail, requestId: request.id };
  if (errors) body.errors = errors;
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body);
}

/** Which problem a fastify/plugin error is, with a German detail. */
function classify(error: FastifyError): [ProblemType, string] {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return [
        'too-large',
        'Der Antrag ist größer als erlaubt. Entfernen Sie große Inhalte und senden Sie erneut.',
      ];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return [
        'unsupported-media-type',
        'Anträge werden nur als JSON (Content-Type: application/json) angenommen.',
      ];
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ['malformed', 'Die Anfrage enthält keinen Inhalt.'];
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return [
        'malformed',
        'Der Inhalt ist kein gültiges JSON oder enthält unzulässige Schlüssel wie „__proto__“.',
      ];
  }
  if (error.statusCode === 429)
    return [
      'rate-limited',
      'Es wurden zu viele Anfragen gesendet. Bitte warten Sie kurz und versuchen Sie es erneut.',
    ];
  if (error.statusCode === 413) return ['too-large', 'Die Anfrage ist größer als erlaubt.'];
  if (error.statusCode === 415)
    return ['unsupported-media-type', 'Dieses Format wird nicht unterstützt.'];
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return ['malformed', 'Die Anfrage ist fehlerhaft.'];
  return ['internal', 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.'];
}

/** Routes every error and every unknown route through problem+json. */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const [type, detail] = classify(error);
    if (type === 'internal') request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, type, detail);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      'not-found',
      'Diese Adresse oder Methode gibt es an dieser Schnittstelle nicht.',
    ),
  );
}
