/**
 * End-to-end encryption of an envelope (issue 12, part 4): the answers leave the browser as a JWE
 * in compact serialisation (`RSA-OAEP-256` + `A256GCM`, as FIT-Connect) for the municipality's
 * public key, so the hub and everything between store and forward only ciphertext. The routing
 * metadata (id, assistant, municipality, locale, submittedAt) stays readable; `data`, `computed`,
 * `prefilled` and the attachments' metadata go into `encrypted`. jose on Web Crypto, no crypto of
 * our own.
 *
 * Beside a script-tag bundle this is its own file (`komm-jwe.js`, about 8 KB gzip): only a page
 * with a key configured should load it. Not yet wired into the element or the hub (see README,
 * "End-to-end encryption").
 */
import { CompactEncrypt, importJWK, type JWK } from 'jose';
import type { Envelope } from './envelope-schema.js';

export const KEY_ALG = 'RSA-OAEP-256';
export const CONTENT_ENC = 'A256GCM';

/** The key a page encrypts for, with the `kid` it was published under. */
export interface EncryptionKey {
  key: CryptoKey;
  kid?: string;
}

/** Why no key is there to encrypt with: sending must then stop (never fall back to plaintext). */
export class EncryptionKeyError extends Error {
  constructor(
    readonly code: 'insecure-context' | 'unreachable' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'EncryptionKeyError';
  }
}

/** An envelope whose answers are encrypted: the metadata, and `encrypted` (compact JWE). */
export type EncryptedEnvelope = Pick<
  Envelope,
  'id' | 'assistant' | 'municipality' | 'locale' | 'submittedAt'
> & { encrypted: string };

const usable = (k: JWK) =>
  k.kty === 'RSA' && (!k.use || k.use === 'enc') && (!k.alg || k.alg === KEY_ALG);

const cache = new Map<string, Promise<EncryptionKey>>();

/**
 * The key from a public JWK, or from a JWKS at a URL (the first RSA encryption key in it). Fetched
 * and imported once per page and spec, so every application of the page uses the same `kid`.
 */
export function loadEncryptionKey(
  spec: JWK | string,
  fetchFn: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<EncryptionKey> {
  const id = typeof spec === 'string' ? spec : JSON.stringify(spec);
  let p = cache.get(id);
  if (!p) {
    p = (async () => {
      if (!globalThis.crypto?.subtle)
        throw new EncryptionKeyError(
          'insecure-context',
          'Encryption needs a secure context (https: or http://localhost).',
        );
      let jwk: JWK | undefined = typeof spec === 'string' ? undefined : spec;
      if (typeof spec === 'string') {
        let set: { keys?: JWK[] };
        try {
          const res = await fetchFn(spec);
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          set = (await res.json()) as { keys?: JWK[] };
        } catch (e) {
          throw new EncryptionKeyError(
            'unreachable',
            `The key set ${spec} could not be loaded (${String(e)}).`,
          );
        }
        jwk = set.keys?.find(usable);
      }
      if (!jwk || !usable(jwk))
        throw new EncryptionKeyError('invalid', `No RSA encryption key (${KEY_ALG}) in ${id}.`);
      try {
        const key = await importJWK(jwk, KEY_ALG);
        return { key: key as CryptoKey, ...(jwk.kid ? { kid: jwk.kid } : {}) };
      } catch (e) {
        throw new EncryptionKeyError(
          'invalid',
          `The key in ${id} cannot be imported (${String(e)}).`,
        );
      }
    })();
    cache.set(id, p);
    p.catch(() => cache.delete(id)); // a failed fetch may succeed on the next send
  }
  return p;
}

/** Bytes to a compact JWE for `k`; `cty` names the plaintext's type. */
export const encryptBytes = (k: EncryptionKey, bytes: Uint8Array, cty: string): Promise<string> =>
  new CompactEncrypt(bytes)
    .setProtectedHeader({ alg: KEY_ALG, enc: CONTENT_ENC, cty, ...(k.kid ? { kid: k.kid } : {}) })
    .encrypt(k.key);

/** The envelope with its answers encrypted; the metadata the hub routes by stays readable. */
export async function encryptEnvelope(
  envelope: Envelope,
  k: EncryptionKey,
): Promise<EncryptedEnvelope> {
  const { id, assistant, municipality, locale, submittedAt, ...secret } = envelope;
  const encrypted = await encryptBytes(
    k,
    new TextEncoder().encode(JSON.stringify(secret)),
    'application/json',
  );
  return { id, assistant, municipality, locale, submittedAt, encrypted };
}
