/**
 * End-to-end encryption of an envelope (issue 12, part 4): the answers leave the browser as a JWE
 * in compact serialisation (`RSA-OAEP-256` + `A256GCM`, as FIT-Connect) for the municipality's
 * public key, so the hub and everything between store and forward only ciphertext. The routing
 * metadata (id, assistant, municipality, locale, submittedAt) stays readable; `data`, `computed`,
 * `prefilled` and the attachments' metadata go into `encrypted`. jose on Web Crypto, no crypto of
 * our own.
 *
 * Beside a script-tag bundle this is its own file (`komm-jwe.js`, about 9 KB gzip), loaded by the
 * element (`load-offline.ts` `withKey`) only when there is a key (the `encryption-key` attribute
 * or the config's `encryptionKey`): `keyed` checks the key while the config loads (a bad key is a
 * config error in the page, never plaintext) and the element then seals every envelope before it
 * is queued or sent.
 *
 * Uploaded files are encrypted too (`Seal.file`, used by the file field before it uploads): each
 * file's bytes become a compact JWE of their own (`cty` the file's media type), which the hub
 * stores and forwards as `<name>.jwe`. `attachments` (upload id, field, file name, type, size,
 * sha256 of the stored JWE) stays readable beside `encrypted` so the hub can check and deliver
 * them.
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
    readonly code: 'insecure-context' | 'unreachable' | 'invalid' | 'private',
    message: string,
  ) {
    super(message);
    this.name = 'EncryptionKeyError';
  }
}

/**
 * An envelope whose answers are encrypted: the metadata, `encrypted` (compact JWE of `data`,
 * `computed` and `prefilled`), and the attachments' list when there are files (see above).
 */
export type EncryptedEnvelope = Pick<
  Envelope,
  'id' | 'assistant' | 'municipality' | 'locale' | 'submittedAt' | 'attachments'
> & { encrypted: string };

const usable = (k: JWK) =>
  k.kty === 'RSA' && (!k.use || k.use === 'enc') && (!k.alg || k.alg === KEY_ALG);

/** Bytes of an RSA modulus (base64url `n`); below 2048 bits a key is refused. */
const modulusBytes = (k: JWK) => Math.floor(((k.n ?? '').replace(/=+$/, '').length * 3) / 4);

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
      // A private key in a page's config would be published with it: refuse it loudly.
      if (['d', 'p', 'q', 'dp', 'dq', 'qi'].some((x) => x in jwk))
        throw new EncryptionKeyError(
          'private',
          'This is a private key: publish only the public key (kty, n, e, alg, use, kid).',
        );
      if (modulusBytes(jwk) < 256)
        throw new EncryptionKeyError('invalid', 'The RSA key is shorter than 2048 bits.');
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
  // The files' list stays readable when there are files (the hub checks and delivers them).
  const { attachments } = secret;
  if (attachments?.length) delete secret.attachments;
  const encrypted = await encryptBytes(
    k,
    new TextEncoder().encode(JSON.stringify(secret)),
    'application/json',
  );
  return {
    id,
    assistant,
    municipality,
    locale,
    submittedAt,
    ...(attachments?.length ? { attachments } : {}),
    encrypted,
  };
}

/** What a page editor reads in the config error (German, like every config problem). */
const PROBLEMS: Record<EncryptionKeyError['code'], string> = {
  'insecure-context':
    'kann hier nicht verwendet werden: Verschlüsselung braucht eine sichere Verbindung (https:). Seite über https ausliefern.',
  unreachable:
    'kann nicht geladen werden: die Adresse des Schlüsselsatzes (JWKS) prüfen und dass sie für diese Seite abrufbar ist (CORS).',
  invalid:
    'ist kein gültiger öffentlicher RSA-Schlüssel zur Verschlüsselung: erwartet wird ein JWK mit "kty": "RSA", mindestens 2048 Bit, "alg": "RSA-OAEP-256" (oder ohne alg), "use": "enc" (oder ohne use), oder die https-Adresse eines JWKS mit einem solchen Schlüssel.',
  private:
    'ist ein PRIVATER Schlüssel und darf nie auf einer Webseite stehen: nur den öffentlichen Schlüssel eintragen (kty, n, e, alg, use, kid) und das Schlüsselpaar austauschen, weil der private Schlüssel nun veröffentlicht war.',
};

/**
 * Seals an envelope; the same envelope (every resend) always gives the same ciphertext. `file`
 * encrypts one uploaded file's bytes (`mediaType` becomes the JWE's `cty`) for the same key.
 */
export type Seal = ((envelope: Envelope) => Promise<EncryptedEnvelope>) & {
  file(bytes: Uint8Array, mediaType: string): Promise<string>;
};

/**
 * For the element, while its config loads: the key of `spec` (a JWK, its JSON, or the URL of a
 * JWKS), and a `Seal` with it. A key that cannot be loaded or used throws the config problem the
 * element shows in place of the form (`path` names where the key came from), so nothing is ever
 * sent without it. Sealing is cached per envelope: one Idempotency-Key, one body, also when the
 * citizen sends again after a failure (a new ciphertext would be a different body to the hub).
 */
export async function sealer(spec: unknown, path = 'encryptionKey'): Promise<Seal> {
  let key: EncryptionKey;
  try {
    let s = spec;
    if (typeof s === 'string' && s.trim().startsWith('{')) s = JSON.parse(s) as JWK;
    if (typeof s === 'string') s = new URL(s, document.baseURI).href;
    else if (!s || typeof s !== 'object' || Array.isArray(s))
      throw new EncryptionKeyError('invalid', 'not a JWK');
    key = await loadEncryptionKey(s as JWK | string);
  } catch (e) {
    const code = e instanceof EncryptionKeyError ? e.code : 'invalid';
    console.error(`komm-assistenten: ${path}`, e);
    throw [{ path, message: PROBLEMS[code] }];
  }
  const sealed = new Map<string, Promise<EncryptedEnvelope>>();
  const seal = (envelope: Envelope) => {
    const text = JSON.stringify(envelope);
    let p = sealed.get(text);
    if (!p) sealed.set(text, (p = encryptEnvelope(envelope, key)));
    return p;
  };
  return Object.assign(seal, {
    file: (bytes: Uint8Array, mediaType: string) => encryptBytes(key, bytes, mediaType),
  });
}

/**
 * `r` with the `Seal` of its key: the `encryption-key` attribute when set, else the config's
 * `encryptionKey` (see `sealer`; the element's `withKey`).
 */
export const keyed = async <R extends { config: { encryptionKey?: unknown } }>(
  r: R,
  attribute = '',
): Promise<R & { seal: Seal }> => ({
  ...r,
  seal: await sealer(attribute || r.config.encryptionKey, attribute ? 'encryption-key' : undefined),
});
