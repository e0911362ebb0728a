/**
 * RFC 9457 problem details. Every error the hub answers, including fastify's own (bad JSON,
 * body too large, unknown route) and the rate limiter's, leaves as `application/problem+json`
 * with a German `detail` and the `requestId` the assistant shows as "Fehlernummer".
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DATABASE_RETRY_AFTER, isDatabaseUnavailable } from './pg-errors.js';

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
  'uri-too-long': { status: 414, title: 'Die Adresse ist zu lang' },
  unavailable: { status: 503, title: 'Vorübergehend nicht verfügbar' },
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

/**
 * Error codes that mean the hub cannot write to its disk (full, read-only, I/O error): SQLite's
 * (through the writer's CommitError) and the file system's (outbox, uploads).
 */
const STORAGE_CODES =
  /^(SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT)\w*|ENOSPC|EROFS|EDQUOT|EIO|EACCES|EPERM)$/;

/** Whether an error says the data directory or database cannot be written now. */
export const isStorageError = (error: { code?: unknown; message?: unknown }): boolean =>
  (typeof error.code === 'string' && STORAGE_CODES.test(error.code)) ||
  (typeof error.message === 'string' &&
    /\b(ENOSPC|EROFS|EDQUOT|SQLITE_FULL|SQLITE_READONLY|database or disk is full|readonly database)\b/.test(
      error.message,
    ));

/** Seconds a client should wait after a storage failure before sending again. */
export const STORAGE_RETRY_AFTER = 30;

/** Which problem a fastify/plugin error is, with a German detail. */
function classify(error: FastifyError): [ProblemType, string] {
  // PostgreSQL restarting or unreachable (several hub instances, DATABASE_URL): try again soon.
  if (isDatabaseUnavailable(error))
    return [
      'unavailable',
      'Die Datendrehscheibe erreicht ihre Datenbank gerade nicht, Ihr Antrag ist noch nicht bestätigt. Bitte senden Sie ihn in einigen Sekunden erneut; er wird dabei nicht doppelt gespeichert.',
    ];
  if (isStorageError(error))
    return [
      'unavailable',
      'Die Datendrehscheibe kann Anträge gerade nicht speichern (ihr Speicher ist voll oder schreibgeschützt). Es wurde nichts gespeichert. Bitte senden Sie den Antrag in einigen Minuten erneut; Ihre Angaben bleiben erhalten.',
    ];
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
    case 'KOMM_NOT_UTF8':
      return [
        'malformed',
        'Der Inhalt ist kein gültiges UTF-8. Senden Sie JSON in UTF-8 (Content-Type: application/json; charset=utf-8).',
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
    if (type === 'unavailable') {
      // For the operator: what failed and what to do (the citizen's text is the detail).
      request.log.error(
        { err: error },
        'cannot write to DATA_DIR or the database (disk full or read-only?): free space or fix the mount; requests get 503 until then',
      );
      reply.header(
        'retry-after',
        String(isDatabaseUnavailable(error) ? DATABASE_RETRY_AFTER : STORAGE_RETRY_AFTER),
      );
    }
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

/**
 * Fastify's answers before routing (an undecodable URL, a path parameter over `maxParamLength`),
 * as problem+json: pass as the `frameworkErrors` option.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendProblem(
      request,
      reply,
      'uri-too-long',
      'Die Adresse ist zu lang. Prüfen Sie die Vorgangsnummer oder den Namen in der Adresse.',
    );
  return sendProblem(
    request,
    reply,
    'malformed',
    'Die Adresse enthält ungültige Zeichen. Prüfen Sie die Vorgangsnummer oder den Namen in der Adresse.',
  );
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'Zeitüberschreitung',
    'Die Anfrage kam nicht rechtzeitig vollständig an. Bitte senden Sie sie erneut.',
  ],
  HPE_HEADER_OVERFLOW: [
    431,
    'Die Kopfzeilen sind zu groß',
    'Die Kopfzeilen der Anfrage sind zu groß. Entfernen Sie unnötige Cookies oder Header.',
  ],
};

/**
 * Requests Node's HTTP parser refuses before fastify sees them (a CR or NUL in a header,
 * headers too large, the request timeout): answered as problem+json on the raw socket, then
 * closed. Pass as the `clientErrorHandler` option.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  const [status, title, detail] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    PROBLEM_TYPES.malformed.title,
    'Die Anfrage ist kein gültiges HTTP (z. B. Steuerzeichen in einer Kopfzeile). Bitte senden Sie sie ohne diese Zeichen erneut.',
  ];
  const body = JSON.stringify({
    type: PROBLEM_BASE + 'malformed',
    title,
    status,
    detail,
    requestId: randomUUID(),
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Content-Type: application/problem+json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Cache-Control: no-store\r\n' +
      'Connection: close\r\n\r\n' +
      body,
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of a JSON body, or a 400 error when it is not UTF-8: a charset other than UTF-8 is
 * declared, or the bytes are not valid UTF-8.
 */
export function decodeJsonBody(
  contentType: string | undefined,
  body: Buffer,
): string | (Error & { statusCode: number; code: string }) {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8')
    try {
      return utf8.decode(body);
    } catch {
      // not UTF-8
    }
  return Object.assign(new Error('the JSON body is not UTF-8'), {
    statusCode: 400,
    code: 'KOMM_NOT_UTF8',
  });
}
