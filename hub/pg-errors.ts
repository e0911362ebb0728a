/**
 * Which PostgreSQL errors mean "the database cannot be reached right now" (a restart, a
 * failover, the pool cannot connect): the hub answers them 503 problem+json with Retry-After
 * (problem.ts), never 500, so the browser transport sends the application again. No `pg` import:
 * the error handler loads this for every hub.
 */

/** Seconds a client should wait after the database was unreachable. */
export const DATABASE_RETRY_AFTER = 2;

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null | undefined;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  // SQLSTATE class 08 (connection exception); 57P01-57P03 (admin or crash shutdown, cannot
  // connect now: the server is starting or stopping); 53300 (too many connections).
  if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  // node-postgres's own errors (no SQLSTATE): the socket closed or the pool could not connect.
  if (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|the database system is (starting up|shutting down)/i.test(
      message,
    )
  )
    return true;
  // A refused or reset socket to the database (these codes reach the handler only from pg:
  // the hub's own outgoing connections are the sinks', which never throw into a request).
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE';
}
