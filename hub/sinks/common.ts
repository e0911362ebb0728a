/**
 * What every sink gets of one application (prepared once per delivery attempt by the delivery
 * worker, delivery.ts), and how a sink says an attempt failed.
 */
import type { Envelope } from '../../src/transport/envelope-schema.js';
import type { ApplicationView } from '../render/application.js';
import { attachmentName, JWE_MEDIA_TYPE, readUploadMeta, uploadFilePath } from '../uploads.js';

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

/** One uploaded file of an application, where the hub keeps it (uploads.ts). */
export interface AttachedFile {
  /** The name the citizen's file had (`.jwe` added when it is end-to-end encrypted). */
  filename: string;
  /** `<n>-<filename>` made safe for a file system (as in the outbox; uploads.ts `attachmentName`). */
  safeName: string;
  mediaType: string;
  path: string;
}

/**
 * The uploaded files the envelope lists, in its order. One that is gone (it should not be: the
 * files of a stored application are kept) makes the delivery dead: the application would arrive
 * incomplete.
 */
export function attachedFiles(dataDir: string, app: Application): AttachedFile[] {
  return (app.envelope.attachments ?? []).map((a, i) => {
    const path = uploadFilePath(dataDir, app.envelope.id, a.uploadId);
    if (!path)
      throw new DeliveryError(
        `Die hochgeladene Datei „${a.filename}“ (${a.uploadId}) fehlt unter ${dataDir}/uploads/${app.envelope.id}/; ohne sie wäre der Antrag unvollständig. Datei aus einer Sicherung zurückholen und die Zustellung über die Betriebs-API wiederholen.`,
        true,
      );
    // End-to-end encrypted: handed on as the JWE it is (`npx komm-decrypt` gives back the file).
    const encrypted = readUploadMeta(dataDir, app.envelope.id, a.uploadId)?.encrypted;
    return {
      filename: encrypted ? `${a.filename}.jwe` : a.filename,
      safeName: attachmentName(i + 1, a.filename, encrypted),
      mediaType: encrypted ? JWE_MEDIA_TYPE : a.mediaType,
      path,
    };
  });
}
