/**
 * Mail sink: one message per application to the office, through SMTP (nodemailer).
 * Subject `Neuer Antrag: <assistant title> – <reference>`, a German text and HTML body listing
 * every answer (render/text.ts), attached `antrag-<reference>.pdf`, `antrag-<reference>.json`
 * (the envelope plus its receipt) and the uploaded files under their own names.
 *
 * The SMTP server is a URL: `smtp://user:pass@host:587` (STARTTLS when the server offers it),
 * `smtps://user:pass@host:465` (TLS from the first byte). A local catcher without TLS (the demo,
 * tests): `smtp://localhost:2525` — plain `smtp://` to a loopback host never tries STARTTLS —
 * or say so for any host with `?ignoreTLS=true`. `?requireTLS=true` refuses to send without
 * STARTTLS. User and password are URL-encoded in the URL (`%40` for `@`); keep the URL in the
 * environment (`"smtp": "${SMTP_URL}"`), not in the flows file.
 *
 * Failures are told in plain German (`SMTP-Server antwortet nicht (Verbindung abgelehnt)`); a
 * permanent refusal by the server (5xx, e.g. an unknown recipient) makes the delivery dead at
 * once, anything else is retried.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { MailSinkConfig } from '../flows.js';
import { mailSubject, renderHtml, renderText } from '../render/text.js';
import { DeliveryError, networkReason, type Application, type AttachedFile } from './common.js';
import { smtpOptions } from './smtp-url.js';

/** One pooled transport per sink (its connections are reused between applications). */
export function mailTransport(config: MailSinkConfig): Transporter<SMTPTransport.SentMessageInfo> {
  return nodemailer.createTransport({
    ...smtpOptions(config.smtp),
    pool: true,
    maxConnections: 2,
    name: 'komm-datendrehscheibe',
  });
}

/** A nodemailer error in plain German, and whether retrying can help. */
export function mailError(e: unknown): DeliveryError {
  const err = e as { code?: string; responseCode?: number; response?: string; message?: string };
  const detail = err.message ? ` – ${err.message}` : '';
  const net = networkReason(err.code);
  if (err.responseCode && err.responseCode >= 500)
    return new DeliveryError(
      `SMTP-Server hat die Nachricht abgelehnt (${err.response ?? err.responseCode}). Prüfen Sie Absender- und Empfängeradressen im Mail-Ziel.`,
      true,
    );
  if (err.responseCode && err.responseCode >= 400)
    return new DeliveryError(
      `SMTP-Server hat die Nachricht vorübergehend abgelehnt (${err.response ?? err.responseCode}); wird wiederholt.`,
    );
  switch (err.code) {
    case 'EAUTH':
      return new DeliveryError(
        `Anmeldung am SMTP-Server fehlgeschlagen: Benutzername und Passwort in der SMTP-Adresse prüfen${detail}`,
      );
    case 'ETLS':
      return new DeliveryError(
        `TLS-Verbindung zum SMTP-Server fehlgeschlagen${detail}. Für einen lokalen Server ohne TLS: ?ignoreTLS=true an die SMTP-Adresse hängen.`,
      );
    case 'EDNS':
      return new DeliveryError(`SMTP-Server nicht gefunden (Rechnername unbekannt)${detail}`);
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'ETIMEDOUT': {
      const reason =
        networkReason((e as { errno?: string }).errno) ??
        (/ECONNREFUSED/.test(err.message ?? '')
          ? 'Verbindung abgelehnt'
          : /timeout|timed out/i.test(err.message ?? '')
            ? 'Zeitüberschreitung'
            : /certificate|SSL|TLS|wrong version/i.test(err.message ?? '')
              ? 'TLS-Fehler: smtps:// nur für Server mit TLS ab dem ersten Byte (Port 465)'
              : undefined);
      return new DeliveryError(
        `SMTP-Server antwortet nicht${reason ? ` (${reason})` : ''}${detail}`,
      );
    }
    default:
      return new DeliveryError(
        net
          ? `SMTP-Server antwortet nicht (${net})${detail}`
          : `Mailversand fehlgeschlagen${detail}`,
      );
  }
}

/** Transports whose last attempt could not reach the server. */
const unreachable = new WeakSet<object>();
const CONNECTION_CODES = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS']);

export async function deliverMail(
  transport: Transporter<SMTPTransport.SentMessageInfo>,
  config: MailSinkConfig,
  to: readonly string[],
  app: Application,
  files: readonly AttachedFile[] = [],
): Promise<void> {
  // While the server is unreachable, a cheap connection check comes first: no PDF is rendered
  // for every pending application on every retry.
  if (unreachable.has(transport))
    try {
      await transport.verify();
      unreachable.delete(transport);
    } catch (e) {
      throw mailError(e);
    }
  const view = app.view();
  const pdf = await app.pdf();
  try {
    await transport.sendMail({
      from: config.from,
      to: [...to],
      subject: mailSubject(view),
      text: renderText(view),
      html: renderHtml(view),
      // A retry sends the same Message-ID: a mail system may drop the second copy.
      messageId: `<${app.reference}.${app.deliveryId}@komm-datendrehscheibe>`,
      headers: { 'X-Komm-Reference': app.reference },
      attachments: [
        {
          filename: `antrag-${app.reference}.pdf`,
          content: pdf,
          contentType: 'application/pdf',
        },
        {
          filename: `antrag-${app.reference}.json`,
          content: app.json,
          contentType: 'application/json; charset=utf-8',
        },
        ...files.map((f) => ({ filename: f.filename, contentType: f.mediaType, path: f.path })),
      ],
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code && CONNECTION_CODES.has(code)) unreachable.add(transport);
    throw mailError(e);
  }
}
