/**
 * A one-file field (the default: `multiple` unset) in Chromium against the real reference hub:
 * a newly chosen file replaces the uploaded one. The probe assistant borrows Feuerwehr's id, so
 * the hub (which checks only that the municipality offers the assistant) takes its uploads.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { compactDecrypt, type JWK } from 'jose';
import { KommAssistant } from '../assistant-element.js';
import { defineAssistant } from '../../engine/define-assistant.js';
import { z } from '../../engine/zod.js';
import { useFileFields } from './load-fields.js';
import { q, qa } from '../../../test/drive.js';
import { hubInfo } from '../../../test/hub-commands.js';
import { rsaOaepKeyPair } from '../../transport/test-assistant.js';

const probe = defineAssistant<unknown>({
  id: 'feuerwehr-verdienstausfall',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'simple',
  referencePrefix: 'PRB',
  params: z.unknown(),
  steps: [{ id: 'ausweis', fields: [{ type: 'file', path: 'ausweis', required: true }] }],
  messages: { de: { 'ausweis.label': 'Ihr Ausweis' }, en: {} },
});

useFileFields(); // as an assistant's element module does

class KommUploadProbe extends KommAssistant {
  static override definition = probe;
}
customElements.define('komm-upload-probe', KommUploadProbe);

const choose = async (input: HTMLInputElement, name: string, as: string, type: string) => {
  const blob = await (await fetch(`/test/fixtures/${name}`)).blob();
  const dt = new DataTransfer();
  dt.items.add(new File([blob], as, { type }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('file field with one file', () => {
  beforeEach(() => sessionStorage.clear());

  it('a newly chosen file replaces the uploaded one', async () => {
    const config = (await (await fetch('/examples/config/dresden.json')).json()) as object;
    const el = await fixture<KommUploadProbe>(
      html`<komm-upload-probe
        .config=${config}
        endpoint=${(await hubInfo()).url}
      ></komm-upload-probe>`,
    );
    await waitUntil(() => q(el, '#f-ausweis'), 'file field did not render', { timeout: 5000 });
    const input = () => q<HTMLInputElement>(el, '#f-ausweis')!;
    const listed = () => qa(el, '.file-list li').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(input().multiple).to.equal(false);
    expect(q(el, '#f-ausweis-hint')!.textContent).not.to.contain('bis zu');

    await choose(input(), 'nachweis.pdf', 'ausweis-alt.pdf', 'application/pdf');
    await waitUntil(() => listed().length === 1, 'first upload did not finish', { timeout: 5000 });
    expect(q(el, '#f-ausweis-hint')!.textContent).to.contain(
      'Eine neu gewählte Datei ersetzt die bisherige.',
    );

    await choose(input(), 'ausweis.jpg', 'ausweis-neu.jpg', 'image/jpeg');
    await waitUntil(() => listed()[0]?.includes('ausweis-neu.jpg'), 'not replaced', {
      timeout: 5000,
    });
    expect(listed()).to.have.length(1);
    const data = el.getPayload()!.data as { ausweis: { filename: string; mediaType: string }[] };
    expect(data.ausweis.map((a) => [a.filename, a.mediaType])).to.deep.equal([
      ['ausweis-neu.jpg', 'image/jpeg'],
    ]);
    expect(el.getPayload()!.attachments).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it("follows the municipality's upload limits: its types and size in the hint and the checks", async () => {
    const config = (await (await fetch('/examples/config/dresden.json')).json()) as object;
    const el = await fixture<KommUploadProbe>(
      html`<komm-upload-probe
        .config=${{ ...config, uploads: { types: ['application/pdf'], maxFileSize: 1048576 } }}
        endpoint=${(await hubInfo()).url}
      ></komm-upload-probe>`,
    );
    await waitUntil(() => q(el, '#f-ausweis'), 'file field did not render', { timeout: 5000 });
    const input = q<HTMLInputElement>(el, '#f-ausweis')!;
    expect(q(el, '#f-ausweis-hint')!.textContent).to.contain(
      'Erlaubt: PDF, höchstens 1 MB je Datei.',
    );
    expect(input.accept).to.equal('application/pdf,.pdf');
    await choose(input, 'ausweis.jpg', 'ausweis.jpg', 'image/jpeg');
    await el.updateComplete;
    expect(q(el, '#f-ausweis-upload-error')!.textContent).to.contain(
      '„ausweis.jpg“ kann nicht hochgeladen werden: Erlaubt sind nur Dateien im Format PDF.',
    );
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(2 * 1048576)], 'scan.pdf', { type: 'application/pdf' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(q(el, '#f-ausweis-upload-error')!.textContent).to.contain(
      '„scan.pdf“ ist zu groß (2 MB). Eine Datei darf höchstens 1 MB groß sein.',
    );
    expect(q(el, '.file-upload'), 'nothing sent').to.equal(null);
  });
  it('with a key: encrypts each file in the browser before the upload; a renamed program is refused', async () => {
    const pair = await rsaOaepKeyPair();
    const pub = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JWK;
    const { key_ops: _ops, ext: _ext, ...publicJwk } = pub;
    const config = (await (await fetch('/examples/config/dresden.json')).json()) as object;
    // What the file field hands to XMLHttpRequest (the multipart body's file part).
    const sent: Blob[] = [];
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
      if (body instanceof FormData) sent.push(body.get('file') as Blob);
      return send.call(this, body);
    };
    try {
      const el = await fixture<KommUploadProbe>(
        html`<komm-upload-probe
          .config=${{ ...config, encryptionKey: { ...publicJwk, alg: 'RSA-OAEP-256', kid: 'k1' } }}
          endpoint=${(await hubInfo()).url}
        ></komm-upload-probe>`,
      );
      await waitUntil(() => q(el, '#f-ausweis'), 'file field did not render', { timeout: 5000 });
      const input = () => q<HTMLInputElement>(el, '#f-ausweis')!;
      const listed = () =>
        qa(el, '.file-list li').map((li) => li.textContent!.replace(/\s+/g, ' '));

      // A Windows program renamed to .pdf: the hub could not look inside, so the browser does.
      await choose(input(), 'rechnung.pdf', 'rechnung.pdf', 'application/pdf');
      await waitUntil(() => q(el, '#f-ausweis-upload-error'), 'no refusal shown', {
        timeout: 5000,
      });
      expect(q(el, '#f-ausweis-upload-error')!.textContent).to.contain(
        '„rechnung.pdf“ kann nicht hochgeladen werden: Erlaubt sind nur Dateien im Format',
      );
      expect(sent, 'nothing sent').to.have.length(0);

      const pdf = new Uint8Array(await (await fetch('/test/fixtures/nachweis.pdf')).arrayBuffer());
      await choose(input(), 'nachweis.pdf', 'nachweis.pdf', 'application/pdf');
      await waitUntil(() => listed().length === 1, 'upload did not finish', { timeout: 10000 });
      expect(listed()[0]!.trim()).to.match(/^nachweis\.pdf \(1 KB\)/);
      expect(sent).to.have.length(1);
      expect(sent[0]!.type).to.equal('application/jose');
      const jwe = await sent[0]!.text();
      expect(jwe).not.to.contain('%PDF');
      const { plaintext, protectedHeader } = await compactDecrypt(jwe, pair.privateKey, {
        keyManagementAlgorithms: ['RSA-OAEP-256'],
        contentEncryptionAlgorithms: ['A256GCM'],
      });
      expect(protectedHeader).to.deep.equal({
        alg: 'RSA-OAEP-256',
        enc: 'A256GCM',
        cty: 'application/pdf',
        kid: 'k1',
      });
      expect(Array.from(plaintext)).to.deep.equal(Array.from(pdf), 'exactly the bytes chosen');
      // The hub took the JWE and answered with the size of the file inside.
      const data = el.getPayload()!.data as { ausweis: { size: number; mediaType: string }[] };
      expect(data.ausweis.map((a) => [a.size, a.mediaType])).to.deep.equal([
        [pdf.length, 'application/pdf'],
      ]);
      await expect(el).to.be.accessible();
    } finally {
      XMLHttpRequest.prototype.send = send;
    }
  });
});
