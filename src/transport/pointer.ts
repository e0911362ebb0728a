/**
 * JSON Pointers (RFC 6901) into the envelope and the engine's dotted data paths. The hub reports
 * errors as `/data/hunde/0/breed`; the engine keys fields by `hunde.0.breed`.
 */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

const unescapeToken = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');
const escapeToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The data path a pointer names: `/data/hunde/0/breed` -> `hunde.0.breed`, `/data` -> `''`.
 * Returns `undefined` for pointers outside `/data` (envelope metadata), malformed pointers and
 * pointers through prototype keys, which no field can have.
 */
export function pointerToPath(pointer: string): string | undefined {
  let p = pointer;
  if (p.startsWith('#')) {
    try {
      p = decodeURIComponent(p.slice(1));
    } catch {
      return undefined;
    }
  }
  if (!p.startsWith('/')) return undefined;
  const tokens = p.slice(1).split('/').map(unescapeToken);
  if (tokens[0] !== 'data') return undefined;
  const rest = tokens.slice(1);
  if (rest.some((t) => t === '' || t.includes('.') || FORBIDDEN.has(t))) return undefined;
  return rest.join('.');
}

/** The pointer of a data path: `hunde.0.breed` -> `/data/hunde/0/breed`. */
export const pathToPointer = (path: string): string =>
  path === '' ? '/data' : `/data/${path.split('.').map(escapeToken).join('/')}`;
