/**
 * What every sink gets of one application (prepared once per delivery attempt by the delivery
 * worker, delivery.ts), and how a sink says an attempt failed.
 */
import type { Envelope } from '../../src/transport/envelope-schema.js';
import type { ApplicationView } from '../render/application.js';

export interface Application {
  /** The delivery's id: the webhook's `webhook-id`, the same on every retry. */
  deliveryId: number;
  reference: string;
  /** The envelope as received plus the receipt's keys (`reference`, `receivedAt`, …), as JSON. */
  json: string;
  envelope: Envelope;
  /** The answers, labelled and formatted (lazily: only the mail and PDF need them). */
  view(): ApplicationView;
  /** The PDF of `view()` (rendered once per application, shared by its sinks). */
  pdf(): Promise<Buffer>;
}

/**
 * A failed attempt, with a message in plain German for the operator (it becomes the delivery's
 * `lastError`). `permanent`: trying again cannot help (e.g. the receiver refused the request
 * with 400), so the delivery is `dead` at once instead of being retried.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
  }
}

/** The envelope as received plus the receipt's keys (`reference`, `receivedAt`, …). */
export function withReceipt(envelope: string, response: string): string {
  return `${envelope.trimEnd().slice(0, -1)},${response.slice(1)}\n`;
}

/** A network error code in plain German (Node's `ECONNREFUSED` etc.). */
export function networkReason(code: string | undefined): string | undefined {
  switch (code) {
    case 'ECONNREFUSED':
      return 'Verbindung abgelehnt';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'Rechnername nicht gefunden';
    case 'ETIMEDOUT':
    case 'ETIMEOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'Zeitüberschreitung';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return 'Verbindung unterbrochen';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'Netz oder Rechner nicht erreichbar';
    default:
      return undefined;
  }
}
