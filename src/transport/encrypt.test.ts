// End-to-end encryption in Chromium (Web Crypto): an envelope encrypted for a public key comes
// back whole with the private key, and no answer is readable in what leaves the browser.
import { expect } from '@open-wc/testing';
import { compactDecrypt, type JWK } from 'jose';
import { createEnvelope, newEnvelopeId } from './envelope.js';
import { encryptEnvelope, loadEncryptionKey } from './encrypt.js';
import {
  transportTestAssistant as def,
  transportTestConfig as config,
  rsaOaepKeyPair,
  validAnswers,
} from './test-assistant.js';

describe('encryptEnvelope in the browser', () => {
  it('encrypts for the public key; the private key gives back exactly the answers', async () => {
    const pair = await rsaOaepKeyPair();
    const pub = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JWK;
    const key = await loadEncryptionKey({ ...pub, alg: 'RSA-OAEP-256', use: 'enc', kid: 'k1' });
    const envelope = createEnvelope({
      def,
      config,
      data: validAnswers,
      locale: 'de',
      id: newEnvelopeId(),
    });
    const sealed = await encryptEnvelope(envelope, key);
    expect(sealed.id).to.equal(envelope.id);
    expect(JSON.stringify(sealed)).not.to.contain(JSON.stringify(validAnswers).slice(2, 12));
    const { plaintext, protectedHeader } = await compactDecrypt(sealed.encrypted, pair.privateKey, {
      keyManagementAlgorithms: ['RSA-OAEP-256'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    expect(protectedHeader.kid).to.equal('k1');
    const secret = JSON.parse(new TextDecoder().decode(plaintext)) as { data: unknown };
    expect(secret.data).to.deep.equal(envelope.data);
  });
});
