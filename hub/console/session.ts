/**
 * Sessions of the operator console (issue 13): `POST /admin/session` exchanges `HUB_ADMIN_TOKEN`
 * for a random session id in a cookie (`HttpOnly`, `SameSite=Strict`, `Path=/`, 8 h, `Secure`
 * when the request came over HTTPS) and a per-session CSRF token the page sends as
 * `x-csrf-token` on every POST/DELETE. Kept in memory only: a restart of the hub signs everyone
 * out. Wrong tokens are counted per client IP (`WrongTokens`), also in memory.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'komm_admin_session';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

const digest = (s: string) => createHash('sha256').update(s).digest();
/** Constant-time comparison of two strings of any length. */
export const sameSecret = (a: string, b: string) =>
  a !== '' && b !== '' && timingSafeEqual(digest(a), digest(b));

interface Session {
  csrf: string;
  expires: number;
}

/** What a request's cookie and CSRF header amount to. */
export type SessionCheck = 'ok' | 'none' | 'csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The value of cookie `name` in a `Cookie` header, or ''. */
export function cookieValue(header: string | undefined, name: string): string {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return '';
}

/** Whether the request came over HTTPS, directly or through a proxy that says so. */
export function overHttps(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return request.protocol === 'https' || first?.toLowerCase() === 'https';
}

export class Sessions {
  readonly #sessions = new Map<string, Session>();

  constructor(
    private readonly now: () => number = Date.now,
    readonly ttlMs = SESSION_TTL_MS,
  ) {}

  /** A new session: its id (the cookie's value) and its CSRF token. */
  create(): { id: string; csrf: string } {
    this.#sweep();
    const id = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    this.#sessions.set(id, { csrf, expires: this.now() + this.ttlMs });
    return { id, csrf };
  }

  /** The live session of this cookie value, if any (an expired one is forgotten). */
  get(id: string): Session | undefined {
    const session = id ? this.#sessions.get(id) : undefined;
    if (!session) return undefined;
    if (session.expires <= this.now()) {
      this.#sessions.delete(id);
      return undefined;
    }
    return session;
  }

  delete(id: string): boolean {
    return this.#sessions.delete(id);
  }

  /** The session of the request's cookie; a state-changing request also needs its CSRF header. */
  check(request: FastifyRequest): SessionCheck {
    const session = this.get(cookieValue(request.headers.cookie, SESSION_COOKIE));
    if (!session) return 'none';
    if (SAFE_METHODS.has(request.method)) return 'ok';
    const header = request.headers[CSRF_HEADER];
    return sameSecret(typeof header === 'string' ? header : '', session.csrf) ? 'ok' : 'csrf';
  }

  /** `Set-Cookie` value for a session id; `''` with max-age 0 clears the cookie. */
  cookie(id: string, secure: boolean, maxAgeS = Math.floor(this.ttlMs / 1000)): string {
    return [
      `${SESSION_COOKIE}=${id}`,
      'Path=/',
      `Max-Age=${maxAgeS}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(secure ? ['Secure'] : []),
    ].join('; ');
  }

  #sweep(): void {
    const now = this.now();
    for (const [id, s] of this.#sessions) if (s.expires <= now) this.#sessions.delete(id);
  }
}

/** Wrong sign-in tokens per client IP in a sliding window: after `max`, refuse until it passes. */
export class WrongTokens {
  readonly #failures = new Map<string, number[]>();

  constructor(
    readonly max = 5,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until this IP may try again, or 0 when it may now. */
  blockedFor(ip: string): number {
    const recent = this.#recent(ip);
    if (recent.length < this.max) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - this.now()) / 1000));
  }

  fail(ip: string): void {
    const recent = this.#recent(ip);
    recent.push(this.now());
    this.#failures.set(ip, recent);
    // Bounded memory: forget the oldest IP when too many are tracked.
    if (this.#failures.size > 10_000) this.#failures.delete(this.#failures.keys().next().value!);
  }

  #recent(ip: string): number[] {
    const since = this.now() - this.windowMs;
    const recent = (this.#failures.get(ip) ?? []).filter((t) => t > since);
    if (recent.length === 0) this.#failures.delete(ip);
    return recent;
  }
}
