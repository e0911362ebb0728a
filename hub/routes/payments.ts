/**
 * `GET /payments/:reference` (the payment's state) and `POST /payments/:reference/notify` (the
 * payment platform's signed notification). The notification is checked on its raw bytes: this
 * scope has its own JSON parser that keeps the body as text, so the HMAC covers exactly what the
 * provider signed. Wrong or missing signature: 401, nothing changed; a repeat changes nothing.
 *
 * The receipt of `POST /submissions` (201 and a 200 replay) and `GET /submissions/:reference`
 * gets its `payment` from an `onSend` hook, added only when a URL template is configured: the
 * submission route itself knows nothing of payments.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Assistant } from '../../src/engine/define-assistant.js';
import type { Envelope } from '../../src/transport/envelope-schema.js';
import { parseNotification, verifySignature, type Payments } from '../payments.js';
import { PROBLEM_BASE, sendProblem } from '../problem.js';
import { germanDate } from './submissions.js';

export interface PaymentDeps {
  payments: Payments;
  assistants: Readonly<Record<string, Assistant<unknown>>>;
  now: () => Date;
  /** The hub's CORS origins (`ALLOWED_ORIGINS`): the only sites a citizen is sent back to. */
  allowedOrigins?: readonly string[] | '*';
}

/**
 * The page to send the citizen back to after paying (without `PAYMENT_RETURN_URL`): the page the
 * application was sent from, its `Referer` (the element sends the whole address, also to a hub on
 * another site: src/transport/client.ts). Only an http(s) page of an allowed origin, with `*` only
 * the origin the request came from (`Origin`): any other address is dropped, so the payment link
 * cannot send anyone to a site the municipality does not run (no open redirect).
 */
export function returnUrlOf(
  referer: unknown,
  origin: unknown,
  allowed: readonly string[] | '*',
): string | undefined {
  if (typeof referer !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  const ok =
    allowed === '*'
      ? url.origin === origin
      : allowed.some((a) => {
          try {
            return new URL(a).origin === url.origin;
          } catch {
            return false;
          }
        });
  return ok ? url.href : undefined;
}

const RECEIPT_ROUTES = new Set(['/submissions', '/submissions/:reference']);

/** Adds `payment` to a stored submission's receipt; opens the payment on its first 201. */
function receiptHook(app: FastifyInstance, deps: PaymentDeps): void {
  const { payments, assistants } = deps;
  const prefix = app.prefix;
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url?.slice(prefix.length) ?? '';
    if (!RECEIPT_ROUTES.has(route) || reply.statusCode >= 300) return payload;
    // The receipt leaves as a string or a Buffer (a stored response sent as is).
    const text =
      typeof payload === 'string'
        ? payload
        : Buffer.isBuffer(payload)
          ? payload.toString('utf8')
          : undefined;
    if (text === undefined) return payload;
    let receipt: { reference?: unknown; receivedAt?: unknown };
    try {
      receipt = JSON.parse(text) as typeof receipt;
    } catch {
      return payload;
    }
    if (typeof receipt.reference !== 'string') return payload;
    if (reply.statusCode === 201) {
      // Only a 201 follows a successful validation: the body is a valid envelope.
      const envelope = request.body as Envelope;
      const def = assistants[envelope.assistant.id];
      const at = typeof receipt.receivedAt === 'string' ? new Date(receipt.receivedAt) : deps.now();
      const returnPage = returnUrlOf(
        request.headers.referer,
        request.headers.origin,
        deps.allowedOrigins ?? [],
      );
      // The application is stored: a payment that cannot be opened must not turn its 201 into a
      // 500 (a resend would then answer 200 without a link). The office invoices instead.
      try {
        if (def)
          await payments.open({
            reference: receipt.reference,
            def,
            envelope,
            today: germanDate(at),
            at,
            ...(returnPage ? { referer: returnPage } : {}),
          });
      } catch (e) {
        request.log.error({ err: e, reference: receipt.reference }, 'payment not opened');
      }
    }
    try {
      const withPayment = await payments.receipt(text, receipt.reference);
      return withPayment === text ? payload : withPayment;
    } catch (e) {
      request.log.error({ err: e, reference: receipt.reference }, 'payment not read');
      return payload;
    }
  });
}

/** A problem+json of a type the shared table does not list (401, 422 of this route). */
const problem = (
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  type: string,
  title: string,
  detail: string,
) =>
  reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: PROBLEM_BASE + type, title, status, detail, requestId: request.id });

export function paymentRoutes(app: FastifyInstance, deps: PaymentDeps): void {
  const { payments } = deps;
  if (payments.options.urlTemplate) receiptHook(app, deps);

  app.get<{ Params: { reference: string } }>('/payments/:reference', async (request, reply) => {
    const p = await payments.get(request.params.reference);
    if (!p)
      return sendProblem(
        request,
        reply,
        'not-found',
        'Zu dieser Vorgangsnummer gibt es keine Zahlung.',
      );
    return {
      reference: p.reference,
      status: p.status,
      amount: p.amount,
      currency: p.currency,
      url: p.url,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      ...(p.transactionId ? { transactionId: p.transactionId } : {}),
    };
  });

  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) =>
      done(null, body),
    );
    scope.post<{ Params: { reference: string }; Body: string }>(
      '/payments/:reference/notify',
      async (request, reply) => {
        const raw = typeof request.body === 'string' ? request.body : '';
        const header = request.headers['x-signature'];
        if (
          !verifySignature(
            payments.options.notifySecret,
            raw,
            typeof header === 'string' ? header : undefined,
          )
        )
          return problem(
            request,
            reply,
            401,
            'unauthorized',
            'Nicht berechtigt',
            'Die Signatur (X-Signature: sha256=<HMAC-SHA256 des Inhalts>) fehlt oder stimmt nicht.',
          );
        const n = parseNotification(raw);
        if (typeof n === 'string') return sendProblem(request, reply, 'malformed', n);
        const outcome = await payments.notify(request.params.reference, n, deps.now());
        if (outcome.kind === 'not-found')
          return sendProblem(
            request,
            reply,
            'not-found',
            'Zu dieser Vorgangsnummer gibt es keine Zahlung.',
          );
        if (outcome.kind === 'mismatch')
          return problem(
            request,
            reply,
            422,
            'payment-mismatch',
            'Zahlung passt nicht',
            outcome.detail,
          );
        request.log.info(
          {
            reference: request.params.reference,
            status: outcome.payment.status,
            changed: outcome.changed,
          },
          'payment notification',
        );
        return {
          reference: outcome.payment.reference,
          status: outcome.payment.status,
          changed: outcome.changed,
        };
      },
    );
  });
}
