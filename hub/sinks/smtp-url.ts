/**
 * The SMTP URL of a mail sink (see mail.ts), as nodemailer options. Kept apart from mail.ts so
 * that checking a flows file does not load nodemailer.
 */
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** nodemailer options of an `smtp://` / `smtps://` URL; throws (in English) when it is none. */
export function smtpOptions(url: string): SMTPTransport.Options {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error('is not a URL (expected smtp://user:password@host:port or smtps://…)');
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
    throw new Error(`must start with smtp:// or smtps://, not ${u.protocol}//`);
  if (!u.hostname) throw new Error('names no host');
  const secure = u.protocol === 'smtps:';
  const flag = (name: string) => u.searchParams.get(name)?.toLowerCase() === 'true';
  const known = new Set(['ignoreTLS', 'requireTLS']);
  for (const key of u.searchParams.keys())
    if (!known.has(key))
      throw new Error(`unknown option ?${key}= (known: ignoreTLS=true, requireTLS=true)`);
  const host = u.hostname;
  return {
    host: host.startsWith('[') ? host.slice(1, -1) : host,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ignoreTLS: !secure && (flag('ignoreTLS') || (LOOPBACK.has(host) && !flag('requireTLS'))),
    requireTLS: flag('requireTLS'),
    ...(u.username
      ? {
          auth: {
            user: decodeURIComponent(u.username),
            pass: decodeURIComponent(u.password),
          },
        }
      : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}
