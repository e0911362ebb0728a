/**
 * Webhook sink (a Fachverfahren's inbox): `POST` of the envelope plus its receipt as JSON,
 * signed as the Standard Webhooks specification defines (https://www.standardwebhooks.com):
 * `webhook-id` is the delivery's id (the same on every retry, so the receiver can de-duplicate),
 * `webhook-timestamp` the attempt's time in seconds, and `webhook-signature` is
 * `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">` with the secret's bytes (the secret is
 * written `whsec_<base64>`).
 *
 * 2xx: delivered. 400–499 except 408 and 429: the receiver refuses this request, and sending it
 * again would not change that: dead at once (an operator retries it after fixing the cause).
 * Anything else, a timeout or no connection: retried with back-off.
 */
import { createHmac } from 'node:crypto';
import type { WebhookSinkConfig } from '../flows.js';
import { DeliveryError, networkReason, type Application } from './common.js';

/** The secret's bytes; throws (in English, for the flows file) when it is not `whsec_<base64>`. */
export function webhookKey(secret: string): Buffer {
  const m = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret);
  if (!m)
    throw new Error(
      'must be whsec_ followed by base64 (e.g. whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw)',
    );
  const key = Buffer.from(m[1]!, 'base64');
  if (key.length < 24 || key.length > 64)
    throw new Error(`must hold 24 to 64 bytes after whsec_ (this one holds ${key.length})`);
  return key;
}

/** `v1,<signature>` of one message. */
export function webhookSignature(key: Buffer, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

export async function deliverWebhook(
  config: WebhookSinkConfig,
  app: Application,
  timeoutMs = 10_000,
): Promise<void> {
  const id = String(app.deliveryId);
  const timestamp = Math.floor(Date.now() / 1000);
  const body = app.json;
  let res: Response;
  try {
    res = await fetch(config.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'komm-datendrehscheibe',
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': webhookSignature(webhookKey(config.secret), id, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const err = e as { name?: string; cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError')
      throw new DeliveryError(
        `Webhook-Empfänger antwortet nicht innerhalb von ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`,
      );
    const reason = networkReason(err.cause?.code);
    throw new DeliveryError(
      `Webhook-Empfänger nicht erreichbar (${reason ?? err.cause?.message ?? String(e)})`,
    );
  }
  const text = (await res.text().catch(() => '')).slice(0, 300).trim();
  if (res.status >= 200 && res.status < 300) return;
  const said = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${text ? `: ${text}` : ''}`;
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429)
    throw new DeliveryError(
      `Webhook-Empfänger hat den Antrag abgelehnt (${said}); keine Wiederholung. Nach Behebung der Ursache über die Betriebs-API wiederholen.`,
      true,
    );
  throw new DeliveryError(`Webhook-Empfänger antwortet mit ${said}; wird wiederholt.`);
}
