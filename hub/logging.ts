/**
 * What the hub logs (issue 9: no personal data in logs). Request lines carry the method, the
 * route pattern (`/api/v1/submissions/:reference`, never the URL as sent: paths and query
 * strings can hold values), the status, the duration and the request id (`reqId`); the routes add
 * AGS and assistant where they know them. Bodies, file names, query values and e-mail addresses
 * are never logged. Errors are logged by type and code: their messages can quote the input
 * (V8's JSON parse errors do), so only the first line of a server error's message is kept, with
 * anything in quotes removed.
 *
 * JSON lines (pino) on stdout; `HUB_LOG_LEVEL` (`info` default; `warn`, `error`, `debug`).
 */
import type { FastifyError, FastifyRequest, FastifyServerOptions } from 'fastify';

/** An error message without what it may quote from the input. */
export const scrubMessage = (message: unknown): string =>
  String(message ?? '')
    .split('\n')[0]!
    .replace(/(["'`„“»«]).*?(\1|["'`“”«»])/g, '…')
    .replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, '…')
    .slice(0, 200);

export function hubLoggerOptions(
  enabled: boolean,
  env: NodeJS.ProcessEnv = process.env,
): FastifyServerOptions['logger'] {
  if (!enabled) return false;
  return {
    level: env.HUB_LOG_LEVEL?.trim() || 'info',
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        route: request.routeOptions?.url ?? '(no route)',
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: (err: FastifyError) => ({
        type: err.name,
        code: err.code,
        statusCode: err.statusCode,
        message: scrubMessage(err.message),
        // Where it happened, without the first line (the message again).
        stack: err.stack?.split('\n').slice(1, 8).join('\n') ?? '',
      }),
    },
  };
}
