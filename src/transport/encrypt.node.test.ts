/**
 * End-to-end encryption building blocks (issue 12, part 4): an envelope encrypted with the
 * municipality's public key carries no answer in plaintext, keeps its routing metadata, and
 * `komm-decrypt` with the private key gives back exactly its data; a wrong key fails loudly.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { createEnvelope, newEnvelopeId } from './envelope.js';
import {
  EncryptionKeyError,
  encryptEnvelope,
  loadEncryptionKey,
  type EncryptedEnvelope,
} from './encrypt.js';
import {
  transportTestAssistant as def,
  transportTestConfig as config,
  validAnswers,
} from './test-assistant.js';

const CLI = fileURLToPath(new URL('../../hub/bin/komm-decrypt.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'komm-jwe-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const pair = () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    pub: {
      ...publicKey.export({ format: 'jwk' }),
      alg: 'RSA-OAEP-256',
      use: 'enc',
      kid: 'dd-2026',
    },
    priv: privateKey.export({ format: 'jwk' }),
  };
};
const municipality = pair();
const other = pair();

const decrypt = (key: object, target: string) => {
  const keyFile = join(dir, `key-${Math.random()}.jwk`);
  writeFileSync(keyFile, JSON.stringify(key));
  return spawnSync(process.execPath, [CLI, '--key', keyFile, target], { encoding: 'utf8' });
};

const strings = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string' && v.length >= 3) out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
};

describe('end-to-end encryption', () => {
  const envelope = createEnvelope({
    def,
    config,
    data: validAnswers,
    locale: 'de',
    id: newEnvelopeId(),
  });
  let sealed: EncryptedEnvelope;

  it('encrypts data, computed and prefilled; keeps the routing metadata readable', async () => {
    const key = await loadEncryptionKey(municipality.pub);
    sealed = await encryptEnvelope(envelope, key);
    const { id, assistant, municipality: m, locale, submittedAt } = envelope;
    assert.deepEqual(
      { ...sealed, encrypted: undefined },
      { id, assistant, municipality: m, locale, submittedAt, encrypted: undefined },
    );
    const [header] = sealed.encrypted.split('.');
    assert.deepEqual(JSON.parse(Buffer.from(header!, 'base64url').toString()), {
      alg: 'RSA-OAEP-256',
      enc: 'A256GCM',
      cty: 'application/json',
      kid: 'dd-2026',
    });
    assert.equal(sealed.encrypted.split('.').length, 5, 'compact serialisation');
    const text = JSON.stringify(sealed);
    for (const v of strings(envelope.data)) assert.ok(!text.includes(v), `"${v}" in plaintext`);
  });

  it('komm-decrypt with the private key gives back exactly the data (file and folder)', () => {
    const file = join(dir, 'one.json');
    writeFileSync(file, JSON.stringify(sealed));
    const r = decrypt(municipality.priv, file);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(envelope)));

    const folder = join(dir, 'outbox', '14612000', 'test');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'REF-1.json'),
      JSON.stringify({ reference: 'REF-1', envelope: sealed }),
    );
    const f = decrypt(municipality.priv, join(dir, 'outbox'));
    assert.equal(f.status, 0, f.stderr);
    const back = JSON.parse(readFileSync(join(folder, 'REF-1.decrypted.json'), 'utf8'));
    assert.deepEqual(back.envelope.data, envelope.data);
    assert.equal(back.reference, 'REF-1');
  });

  it('a wrong key fails loudly, naming the file', () => {
    const file = join(dir, 'one.json');
    const r = decrypt(other.priv, file);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /one\.json: cannot decrypt with this key/);
    assert.equal(r.stdout, '');
  });

  it('keeps the list of uploaded files readable beside the ciphertext (the hub checks and delivers them)', async () => {
    const file = {
      uploadId: 'u-1',
      field: 'nachweise',
      filename: 'nachweis.pdf',
      mediaType: 'application/pdf',
      size: 12,
      sha256: 'ab'.repeat(32),
    };
    const s = await encryptEnvelope(
      { ...envelope, attachments: [file] },
      await loadEncryptionKey(municipality.pub),
    );
    assert.deepEqual(s.attachments, [file]);
    const keyFile = join(dir, 'att.json');
    writeFileSync(keyFile, JSON.stringify(s));
    const r = decrypt(municipality.priv, keyFile);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).data, envelope.data);
  });

  it('refuses a private key as the published key, and a key under 2048 bits', async () => {
    await assert.rejects(
      loadEncryptionKey({ ...municipality.priv, alg: 'RSA-OAEP-256' } as never),
      (e) => e instanceof EncryptionKeyError && e.code === 'private',
    );
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    await assert.rejects(
      loadEncryptionKey(publicKey.export({ format: 'jwk' }) as never),
      (e) => e instanceof EncryptionKeyError && e.code === 'invalid',
    );
  });

  it('a key that cannot be fetched or used stops encryption (never plaintext)', async () => {
    await assert.rejects(
      loadEncryptionKey(
        'https://keys.example/jwks.json',
        async () => new Response('', { status: 404 }),
      ),
      (e) => e instanceof EncryptionKeyError && e.code === 'unreachable',
    );
    await assert.rejects(
      loadEncryptionKey({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }),
      (e) => e instanceof EncryptionKeyError && e.code === 'invalid',
    );
    const jwks = { keys: [{ kty: 'oct', k: 'abc' }, municipality.pub] };
    const k = await loadEncryptionKey(
      'https://keys.example/ok.json',
      async () => new Response(JSON.stringify(jwks)),
    );
    assert.equal(k.kid, 'dd-2026', 'the RSA encryption key of the set');
  });
});
