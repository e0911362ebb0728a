/**
 * The evidence upload of <komm-feuerwehr-verdienstausfall> (file field, DESIGN.md transport
 * contract step 1) in Chromium against the real reference hub: real files from test/fixtures.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { todayIso } from '../../engine/walk.js';
import type { KommFeuerwehrVerdienstausfall } from './feuerwehr-verdienstausfall.js';
import * as fx from './feuerwehr-verdienstausfall.fixtures.js';
import { next, q, qa, stepId, submit, view } from '../../../test/drive.js';
import { hubCount, hubInfo } from '../../../test/hub-commands.js';

const today = todayIso();

const fileOf = async (name: string, as = name, type?: string) => {
  const blob = await (await fetch(`/test/fixtures/${name}`)).blob();
  return new File([blob], as, {
    type: type ?? (as.endsWith('.jpg') ? 'image/jpeg' : 'application/pdf'),
  });
};

/** What a person does in the file dialog: the chosen files land in the input, then `change`. */
function choose(input: HTMLInputElement, files: File[]) {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<komm-feuerwehr-verdienstausfall> evidence upload', () => {
  let config: Record<string, unknown>;
  let endpoint: string;
  before(async () => {
    config = (await (await fetch('/examples/config/dresden.json')).json()) as Record<
      string,
      unknown
    >;
    endpoint = (await hubInfo()).url;
  });
  beforeEach(() => sessionStorage.clear());

  /** The self-employed claim on its "Verdienst" step, proof not yet given. */
  const mount = async () => {
    const el = await fixture<KommFeuerwehrVerdienstausfall>(
      html`<komm-feuerwehr-verdienstausfall
        .config=${config}
        endpoint=${endpoint}
      ></komm-feuerwehr-verdienstausfall>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    el.loadAnswers({ ...fx.selbststaendig(today), evidenceSentSeparately: false });
    el.goTo('verdienst');
    await el.updateComplete;
    // The file template comes on demand (load-fields.ts: useFileFields).
    await waitUntil(() => q(el, '.file-field input[type="file"]'), 'file field not loaded', {
      timeout: 5000,
    });
    return el;
  };
  const input = (el: HTMLElement) => q<HTMLInputElement>(el, '#f-evidenceFile')!;
  const listed = (el: HTMLElement) =>
    qa(el, '.file-list li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  const status = (el: HTMLElement) =>
    q(el, '.file-field [role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
  const errorText = (el: HTMLElement) =>
    q(el, '#f-evidenceFile-upload-error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('uploads a PDF with a labelled progress bar; the claim carries it and the hub stores it', async () => {
    const el = await mount();
    const field = input(el);
    expect(q(el, 'label[for="f-evidenceFile"]')!.textContent).to.contain('Ihr Nachweis');
    const hint = q(el, '#f-evidenceFile-hint')!.textContent!;
    expect(hint).to.contain('Erlaubt: PDF, JPEG, PNG, höchstens 10 MB je Datei.');
    expect(hint).to.contain('bis zu 5 Dateien');
    expect(field.accept).to.contain('application/pdf');
    expect(field.multiple).to.equal(true);
    expect(field.getAttribute('aria-describedby')).to.contain('f-evidenceFile-hint');

    // "Weiter" without proof: the field says what to do.
    await next(el);
    expect(stepId(el)).to.equal('verdienst');
    expect(q(el, '#f-evidenceFile-error')!.textContent).to.contain('Laden Sie Ihren Nachweis hoch');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');

    choose(input(el), [await fileOf('nachweis.pdf')]);
    await el.updateComplete;
    const progress = q<HTMLProgressElement>(el, '.file-upload progress')!;
    expect(progress, 'progress bar while uploading').to.exist;
    expect(q(el, `label[for="${progress.id}"]`)!.textContent).to.contain(
      'Hochladen von „nachweis.pdf“',
    );
    expect(progress.max).to.equal(100);
    expect(status(el)).to.contain('„nachweis.pdf“ wird hochgeladen');
    await waitUntil(() => listed(el).length === 1, 'upload did not finish', { timeout: 5000 });
    expect(q(el, '.file-upload')).to.equal(null);
    expect(listed(el)[0]).to.match(/^nachweis\.pdf \(1 KB\) Entfernen/);
    expect(status(el)).to.equal('„nachweis.pdf“ wurde hochgeladen.');
    await expect(el).to.be.accessible();

    await next(el); // verdienst -> bank
    await next(el); // bank -> erklaerungen
    await next(el); // -> review
    expect(view(el)).to.equal('review');
    expect(q(el, '[part="review"]')!.textContent).to.contain('nachweis.pdf');
    const payload = el.getPayload()!;
    const answer = (payload.data as { evidenceFile: { uploadId: string }[] }).evidenceFile;
    expect(answer).to.have.length(1);
    expect(payload.attachments).to.deep.equal([{ ...answer[0], field: 'evidenceFile' }]);
    expect(payload.attachments![0]).to.include({ filename: 'nachweis.pdf', size: 582 });
    const before = await hubCount('feuerwehr-verdienstausfall');
    expect(await submit(el)).to.match(/^FWV-\d{4}-\d{6}$/);
    expect(await hubCount('feuerwehr-verdienstausfall')).to.equal(before + 1);
  });

  it("a file the hub does not have is shown at its field, with the hub's text; nothing is stored", async () => {
    const el = await mount();
    choose(input(el), [await fileOf('nachweis.pdf')]);
    await waitUntil(() => listed(el).length === 1, 'upload did not finish', { timeout: 5000 });
    el.goTo('review');
    await el.updateComplete;
    // What reaches the hub names another file than the one uploaded (e.g. a stale draft).
    el.addEventListener('komm-submit', (e) => {
      const env = e.detail.envelope;
      const other = 'f'.repeat(64);
      env.attachments![0]!.sha256 = other;
      (env.data as { evidenceFile: { sha256: string }[] }).evidenceFile[0]!.sha256 = other;
    });
    const failed = new Promise<Event>((r) =>
      el.addEventListener('komm-submit-error', r, { once: true }),
    );
    const before = await hubCount('feuerwehr-verdienstausfall');
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await failed;
    await el.updateComplete;
    expect(stepId(el)).to.equal('verdienst');
    expect(q(el, '#f-evidenceFile-error')!.textContent).to.contain(
      'Die Datei „nachweis.pdf“ liegt hier nicht (mehr) vor',
    );
    expect(await hubCount('feuerwehr-verdienstausfall')).to.equal(before);
  });

  it('refuses a renamed program (hub) and a .exe or a too large file (browser), naming each file', async () => {
    const el = await mount();
    choose(input(el), [await fileOf('rechnung.pdf')]);
    await waitUntil(() => errorText(el), 'no refusal shown', { timeout: 5000 });
    expect(errorText(el)).to.contain(
      '„rechnung.pdf“ kann nicht hochgeladen werden: Erlaubt sind nur Dateien im Format PDF, JPEG, PNG.',
    );
    expect(listed(el)).to.deep.equal([]);
    expect(input(el).getAttribute('aria-describedby')).to.contain('f-evidenceFile-upload-error');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(status(el)).to.contain('„rechnung.pdf“ kann nicht hochgeladen werden');
    await expect(el).to.be.accessible();

    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', {
      type: 'application/pdf',
    });
    choose(input(el), [await fileOf('rechnung.pdf', 'setup.exe', 'application/x-msdownload'), big]);
    await el.updateComplete;
    expect(q(el, '.file-upload'), 'nothing is sent').to.equal(null);
    const text = errorText(el);
    expect(text).to.contain('„setup.exe“ kann nicht hochgeladen werden');
    expect(text).to.contain(
      '„scan.pdf“ ist zu groß (10 MB). Eine Datei darf höchstens 10 MB groß sein.',
    );
  });

  it('an upload can be cancelled; nothing is kept in the answers', async () => {
    const el = await mount();
    const big = new File(
      [await fileOf('nachweis.pdf'), new Uint8Array(8 * 1024 * 1024)],
      'gross.pdf',
      {
        type: 'application/pdf',
      },
    );
    choose(input(el), [big]);
    await el.updateComplete;
    const cancel = q<HTMLButtonElement>(el, '.file-upload button')!;
    expect(cancel.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Abbrechen: gross.pdf');
    cancel.click();
    await waitUntil(() => !q(el, '.file-upload'), 'upload not cancelled', { timeout: 5000 });
    expect(status(el)).to.equal('Das Hochladen von „gross.pdf“ wurde abgebrochen.');
    expect(listed(el)).to.deep.equal([]);
    expect(el.getPayload()!.data).not.to.have.property('evidenceFile');
  });

  it('several files: remove one, the other stays; the draft keeps them after a reload', async () => {
    const el = await mount();
    choose(input(el), [
      await fileOf('nachweis.pdf'),
      await fileOf('ausweis.jpg', 'rechnung-ersatzkraft.jpg'),
    ]);
    await waitUntil(() => listed(el).length === 2, 'uploads did not finish', { timeout: 5000 });
    // The two finish in either order. With the keyboard: from the file input, Tab reaches the
    // first file's "Entfernen" button; Enter removes it.
    const [gone, stays] = listed(el)[0]!.startsWith('nachweis.pdf')
      ? ['nachweis.pdf', 'rechnung-ersatzkraft.jpg']
      : ['rechnung-ersatzkraft.jpg', 'nachweis.pdf'];
    input(el).focus();
    await sendKeys({ press: 'Tab' });
    const remove = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Entfernen: ${gone}`);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listed(el)).to.have.length(1);
    expect(listed(el)[0]).to.contain(stays);
    expect(status(el)).to.equal(`„${gone}“ wurde entfernt.`);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    const kept = (el.getPayload()!.data as { evidenceFile: unknown[] }).evidenceFile;
    expect(kept).to.have.length(1);

    // A reload: the draft holds the finished upload's metadata, never the bytes.
    await new Promise((r) => setTimeout(r, 600)); // the draft is saved debounced
    const draft = Object.entries(sessionStorage).find(([k]) => k.startsWith('komm-draft:'))![1];
    expect(draft).to.contain(stays);
    expect(draft).not.to.contain('data:');
    el.remove();
    const again = await fixture<KommFeuerwehrVerdienstausfall>(
      html`<komm-feuerwehr-verdienstausfall
        .config=${config}
        endpoint=${endpoint}
      ></komm-feuerwehr-verdienstausfall>`,
    );
    await waitUntil(() => q(again, '#f-evidenceFile'), 'draft step not restored', {
      timeout: 5000,
    });
    expect(listed(again)).to.have.length(1);
    expect(listed(again)[0]).to.contain(stays);
  });
});
