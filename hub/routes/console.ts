/**
 * The operator console (issue 13): `GET /admin/` (an HTML page, `console.js`, `console.css`,
 * under `Content-Security-Policy: default-src 'self'`, no inline script or style) and its
 * sessions: `POST /admin/session` (JSON `{ "token": … }` or a form field `token`) exchanges
 * `HUB_ADMIN_TOKEN` for a session cookie and returns the session's CSRF token, `GET
 * /admin/session` tells the page whether it is signed in (and its CSRF token again, after a
 * reload), `DELETE /admin/session` signs out. The JSON operator API under `/api/v1/admin/*`
 * accepts the same cookie, with the CSRF token as `x-csrf-token` on POST and DELETE
 * (routes/admin.ts). Registered only when a token is set, like the operator API.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { consoleAssets } from '../console/assets.js';
import {
  CSRF_HEADER,
  SESSION_COOKIE,
  type Sessions,
  type WrongTokens,
  cookieValue,
  overHttps,
  sameSecret,
} from '../console/session.js';
import { PROBLEM_BASE, sendProblem } from '../problem.js';

export interface ConsoleDeps {
  /** Empty: the console is not registered. */
  token: string;
  sessions: Sessions;
  wrongTokens: WrongTokens;
  /** Where the page finds the JSON API, e.g. `/api/v1`. */
  apiPrefix: string;
}

export const CONSOLE_CSP =
  "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const page = (apiPrefix: string) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="komm-api" content="${apiPrefix}">
    <title>Betriebskonsole – komm-Hub</title>
    <link rel="icon" href="/admin/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/admin/console.css">
    <script type="module" src="/admin/console.js"></script>
  </head>
  <body>
    <komm-console></komm-console>
    <noscript>Die Betriebskonsole braucht JavaScript. The operator console needs JavaScript.</noscript>
  </body>
</html>
`;

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">' +
  '<rect width="16" height="16" rx="3" fill="#0a5fa8"/>' +
  '<path d="M4 4h2v8H4zM7 8l4-4h2.5l-4 4 4 4H11z" fill="#fff"/></svg>';

function secure(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONSOLE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store');
}

export function consoleRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  if (!deps.token) return;
  const { sessions, wrongTokens } = deps;

  void app.register(async (scope) => {
    // A plain HTML form posts `token=…`; only this scope parses forms.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );

    scope.get('/admin', async (_request, reply) => secure(reply).redirect('/admin/', 301));
    scope.get('/admin/', async (_request, reply) =>
      secure(reply).type('text/html; charset=utf-8').send(page(deps.apiPrefix)),
    );
    scope.get('/admin/favicon.svg', async (_request, reply) =>
      secure(reply).type('image/svg+xml').header('cache-control', 'max-age=86400').send(FAVICON),
    );
    scope.get('/admin/console.js', async (_request, reply) =>
      secure(reply)
        .type('text/javascript; charset=utf-8')
        .send((await consoleAssets()).js),
    );
    scope.get('/admin/console.css', async (_request, reply) =>
      secure(reply)
        .type('text/css; charset=utf-8')
        .send((await consoleAssets()).css),
    );

    const signedIn = (csrf: string, expires: number) => ({
      csrf,
      csrfHeader: CSRF_HEADER,
      expiresAt: new Date(expires).toISOString(),
    });

    scope.get('/admin/session', async (request, reply) => {
      const session = sessions.get(cookieValue(request.headers.cookie, SESSION_COOKIE));
      if (!session) return notSignedIn(request, reply);
      return secure(reply).send(signedIn(session.csrf, session.expires));
    });

    scope.post<{ Body: { token?: unknown } | undefined }>(
      '/admin/session',
      async (request, reply) => {
        secure(reply);
        const wait = wrongTokens.blockedFor(request.ip);
        if (wait > 0)
          return sendProblem(
            request,
            reply.header('retry-after', String(wait)),
            'rate-limited',
            `Zu viele falsche Anmeldeversuche. Bitte warten Sie ${wait} Sekunden und versuchen Sie es dann erneut.`,
          );
        const token = request.body?.token;
        if (typeof token !== 'string' || !sameSecret(token, deps.token)) {
          wrongTokens.fail(request.ip);
          return sendProblem(
            request,
            reply,
            'unauthorized',
            'Das Token ist nicht richtig. Prüfen Sie den Wert von HUB_ADMIN_TOKEN und geben Sie ihn erneut ein.',
          );
        }
        const { id, csrf } = sessions.create();
        const session = sessions.get(id)!;
        void reply.header('set-cookie', sessions.cookie(id, overHttps(request)));
        // A form without JavaScript goes back to the page; the page itself asks for JSON.
        if (request.headers['content-type']?.startsWith('application/x-www-form-urlencoded'))
          return reply.redirect('/admin/', 303);
        return signedIn(csrf, session.expires);
      },
    );

    scope.delete('/admin/session', async (request, reply) => {
      secure(reply);
      const id = cookieValue(request.headers.cookie, SESSION_COOKIE);
      const check = sessions.check(request);
      if (check === 'none') return notSignedIn(request, reply);
      if (check === 'csrf') return sendCsrfProblem(request, reply);
      sessions.delete(id);
      return reply
        .header('set-cookie', sessions.cookie('', overHttps(request), 0))
        .code(204)
        .send();
    });
  });
}

function notSignedIn(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(
    request,
    reply,
    'unauthorized',
    'Sie sind nicht angemeldet oder Ihre Sitzung ist abgelaufen. Bitte melden Sie sich mit dem Token an.',
  );
}

/** 403 problem+json: a session cookie without the session's CSRF token on POST/DELETE. */
export function sendCsrfProblem(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .code(403)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `${PROBLEM_BASE}csrf`,
      title: 'Anfrage nicht bestätigt',
      status: 403,
      detail: `Änderungen über die Sitzung brauchen das CSRF-Token der Sitzung im Header ${CSRF_HEADER}. Laden Sie die Konsole neu.`,
      requestId: request.id,
    });
}
