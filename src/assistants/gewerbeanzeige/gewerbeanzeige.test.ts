/**
 * <komm-gewerbeanzeige> in Chromium against the real reference hub (see test/assistant-suite.ts):
 * every valid example end to end (sole trader GewA 1, GbR with two partners, GmbH, GewA 2, GewA 3,
 * non-EU national, craft business), axe on every step, review and confirmation, each step's error
 * path, keyboard alone; then what is special here: forms per partner, recipients and the fee.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { KommGewerbeanzeige } from './gewerbeanzeige.js';
import { gewerbeanzeige } from './gewerbeanzeige.definition.js';
import type { Fee, GewaForm, Recipient } from './gewerbeanzeige.computed.js';
import * as fx from './gewerbeanzeige.fixtures.js';
import { todayIso } from '../../engine/walk.js';
import { describeAssistant } from '../../../test/assistant-suite.js';
import { completeSteps, q, submit } from '../../../test/drive.js';
import { hubInfo } from '../../../test/hub-commands.js';

const today = todayIso();
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const valid = fx.validAnswers(today);

describe('<komm-gewerbeanzeige> lookups at the hub', () => {
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

  const atCompanyStep = async (registerNumber: string) => {
    const el = await fixture<KommGewerbeanzeige>(
      html`<komm-gewerbeanzeige .config=${config} endpoint=${endpoint}></komm-gewerbeanzeige>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    const gmbh = valid.gmbhGaststaette!;
    const company = gmbh.company as Record<string, unknown>;
    el.loadAnswers({
      ...gmbh,
      company: {
        legalForm: '351',
        isRegistered: 'ja',
        registerType: 'HRB',
        registerCourt: 'Amtsgericht Dresden',
        registerNumber,
        publicSectorParticipation: company.publicSectorParticipation,
      },
    });
    el.goTo('unternehmen');
    await el.updateComplete;
    // The lookup template comes on demand (komm-lookup.js in a bundle); till then plain text.
    await waitUntil(
      () => q(el, '#f-company-registerNumber')?.closest('.field')?.querySelector('.lookup button'),
      'register lookup not loaded',
    );
    return el;
  };
  const lookUp = async (el: KommGewerbeanzeige, expected: string) => {
    const button = () =>
      q(el, '#f-company-registerNumber')!
        .closest('.field')!
        .querySelector<HTMLButtonElement>('.lookup button')!;
    expect(text(button())).to.equal('Im Register nachsehen');
    const status = () => text(q(el, '#f-company-registerNumber-status'));
    // A click while the step is still being laid out can be cancelled by that render: click
    // again while nothing is said yet.
    await waitUntil(
      () => {
        if (!status()) button().click();
        return status().includes(expected);
      },
      `no "${expected}"`,
      { timeout: 6000, interval: 400 },
    ).catch(() => {
      throw new Error(`expected "${expected}" in the status, got "${status()}"`);
    });
    await el.updateComplete;
  };

  it('GmbH/UG: the register query fills the registered name and legal form; then it is sent', async function () {
    this.timeout(20000);
    const el = await atCompanyStep('HRB 23456');
    await lookUp(el, 'Gefunden');
    expect(q<HTMLInputElement>(el, '#f-company-registeredName')!.value).to.equal(
      'Neustädter Backstube UG (haftungsbeschränkt)',
    );
    // The legal form is a set of radios (a select cut the chosen form at 320 px).
    expect(q<HTMLInputElement>(el, 'input[name="company.legalForm"]:checked')!.value).to.equal(
      '351',
    );
    await expect(el).to.be.accessible();
    el.goTo('review');
    await el.updateComplete;
    expect(await submit(el)).to.match(/^GEW-/);
  });

  it('says plainly when the register does not know the number, and the form stays usable', async () => {
    const el = await atCompanyStep('HRB 99999');
    await lookUp(el, 'nichts gefunden');
    expect(q<HTMLInputElement>(el, '#f-company-registeredName')!.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('suggests WZ 2008 classes from words on the activity step', async () => {
    const el = await atCompanyStep('HRB 23456');
    el.goTo('taetigkeit');
    await el.updateComplete;
    await waitUntil(() => q(el, '#f-activities-0-wzCode[role="combobox"]'), 'no combobox');
    const input = q<HTMLInputElement>(el, '#f-activities-0-wzCode')!;
    input.value = '';
    input.dispatchEvent(new Event('input'));
    input.focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ type: '56.10' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions', {
      timeout: 5000,
    });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.match(/^56\.10\.\d$/);
  });
});

describe('<komm-gewerbeanzeige> documents uploaded to the hub', () => {
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

  const fileOf = async (name: string, type: string) =>
    new File([await (await fetch(`/test/fixtures/${name}`)).blob()], name, { type });
  /** What a person does in the file dialog: the chosen files land in the input, then `change`. */
  const choose = (input: HTMLInputElement, files: File[]) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const atDocuments = async (answers: Record<string, unknown>) => {
    const el = await fixture<KommGewerbeanzeige>(
      html`<komm-gewerbeanzeige .config=${config} endpoint=${endpoint}></komm-gewerbeanzeige>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    el.loadAnswers({ ...answers, documentDelivery: 'upload' });
    el.goTo('nachweise');
    await el.updateComplete;
    // The file template comes on demand (komm-file.js in a bundle).
    await waitUntil(() => q(el, '.file-field input[type="file"]'), 'file field not loaded');
    return el;
  };
  const listed = (el: HTMLElement, id: string) =>
    [...(q(el, `#${id}`)!.closest('.file-field')?.querySelectorAll('.file-list li') ?? [])].map(
      (li) => text(li),
    );

  it('sole trader GewA 1: the ID uploaded with a progress bar, listed on the review, sent as attachment', async () => {
    const el = await atDocuments(valid.einzelunternehmenAnmeldung!);
    // Upload chosen but nothing uploaded: "Weiter" says what to do.
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await el.updateComplete;
    expect(text(q(el, '#f-identityFiles-error'))).to.contain('Laden Sie den Ausweis hoch');
    const input = q<HTMLInputElement>(el, '#f-identityFiles')!;
    expect(text(q(el, '#f-identityFiles-hint'))).to.contain('Erlaubt: PDF, JPEG, PNG');
    choose(input, [await fileOf('ausweis.jpg', 'image/jpeg')]);
    await el.updateComplete;
    const progress = q<HTMLProgressElement>(el, '.file-upload progress');
    expect(progress, 'progress bar while uploading').to.exist;
    await waitUntil(() => listed(el, 'f-identityFiles').length === 1, 'upload did not finish', {
      timeout: 5000,
    });
    await expect(el).to.be.accessible();
    el.goTo('review');
    await el.updateComplete;
    expect(text(q(el, '[part="review"]'))).to.contain('ausweis.jpg');
    const payload = el.getPayload()!;
    expect(payload.attachments!.map((a) => [a.field, a.filename, a.mediaType])).to.deep.equal([
      ['identityFiles', 'ausweis.jpg', 'image/jpeg'],
    ]);
    expect(await submit(el)).to.match(/^GEW-/);
  });

  it('refuses a renamed program, naming the file', async () => {
    const el = await atDocuments(valid.gmbhGaststaette!);
    const input = q<HTMLInputElement>(el, '#f-registerExtractFiles')!;
    choose(input, [await fileOf('rechnung.pdf', 'application/pdf')]);
    await waitUntil(() => q(el, '#f-registerExtractFiles-upload-error'), 'no refusal shown', {
      timeout: 5000,
    });
    expect(text(q(el, '#f-registerExtractFiles-upload-error'))).to.contain(
      '„rechnung.pdf“ kann nicht hochgeladen werden',
    );
    expect(listed(el, 'f-registerExtractFiles')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('<komm-gewerbeanzeige> forms, recipients and fee', () => {
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

  const mount = async (lang = 'de') => {
    const el = await fixture<KommGewerbeanzeige>(
      html`<komm-gewerbeanzeige
        lang=${lang}
        .config=${config}
        endpoint=${endpoint}
      ></komm-gewerbeanzeige>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  };

  it('GbR with two partners: two GewA 1 records, the fee per form and the recipients before sending', async () => {
    const el = await mount();
    await completeSteps(el, valid.gbrZweiGesellschafter!);
    const review = text(q(el, '[part="review"]'));
    expect(review).to.contain('Anzeigen: 2');
    expect(review).to.match(/Gebühr: 2 × 40,00\s€ = 80,00\s€/);
    expect(review).to.contain('Die Gebühr ist nicht verbindlich.');
    expect(review).to.contain('IHK Dresden');
    expect(review).to.contain('Finanzamt Dresden-Süd');
    const computed = el.getPayload()!.computed as {
      forms: GewaForm[];
      recipients: Recipient[];
      fee: Fee;
    };
    expect(computed.forms.map((f) => [f.form, f.notifier])).to.deep.equal([
      ['GewA1', { kind: 'natuerlich', givenNames: 'Jonas', familyName: 'Krause' }],
      ['GewA1', { kind: 'natuerlich', givenNames: 'Elif', familyName: 'Yilmaz' }],
    ]);
    expect(computed.recipients.map((r) => `${r.id}:${r.rule}`)).to.include.members([
      'ihk:ihkMember',
      'finanzamt:taxOfficeDefault',
      'statistik:statisticsAnmeldungAbmeldung',
      'bundesagentur:employmentAgencyEmployees',
    ]);
    expect(computed.fee.total).to.equal(80);
    const reference = await submit(el);
    expect(reference).to.match(/^GEW-/);
    const page = text(q(el, '[part="confirmation"]'));
    expect(page).to.contain('Zu zahlende Gebühr');
    expect(page).to.match(/80,00\s€/);
    await expect(el).to.be.accessible();
  });

  it('a non-EU national is asked for the residence title; "not allowed" warns and may still be sent', async () => {
    const el = await mount();
    const nonEu = valid.drittstaatAnmeldung!;
    const [person] = nonEu.persons as Record<string, unknown>[];
    const answers = {
      ...nonEu,
      persons: [
        {
          ...person,
          residence: { ...(person!.residence as object), selfEmploymentAllowed: 'nein' },
        },
      ],
    };
    el.loadAnswers(answers);
    el.goTo('personen');
    await el.updateComplete;
    expect(text(q(el, '#f-persons-0-residence'))).to.contain('Aufenthaltstitel');
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await el.updateComplete;
    const summary = q(el, '[part="error-summary"]')!;
    expect(text(summary)).to.contain('Ohne diese Erlaubnis dürfen Sie das Gewerbe nicht ausüben');
    await expect(el).to.be.accessible();
  });

  it('in English: the review names fee and recipients', async () => {
    const el = await mount('en');
    await completeSteps(el, valid.gmbhGaststaette!);
    const review = text(q(el, '[part="review"]'));
    expect(review).to.contain('Total fee: €40.00');
    expect(review).to.contain('The fee is not binding.');
    expect(review).to.contain('Amtsgericht Dresden');
    await expect(el).to.be.accessible();
  });
});

// The shared suite last: its transport tests leave envelopes in the device outbox (hub down).
describeAssistant({
  def: gewerbeanzeige,
  configUrl: '/examples/config/dresden.json',
  params: fx.dresdenParams,
  reference: /^GEW-\d{4}-\d{6}$/,
  valid,
  main: {
    answers: valid.einzelunternehmenAnmeldung!,
    steps: [
      'anzeige',
      'unternehmen',
      'personen',
      'betrieb',
      'taetigkeit',
      'erlaubnisse',
      'nachweise',
      'erklaerungen',
    ],
    reviewContains: 'Gebühr insgesamt: 26,00',
  },
  invalid: fx.invalidByStep(today),
  corrupt: {
    mutate: (envelope) => {
      (envelope.data as { company: { legalForm: string } }).company.legalForm = '350';
    },
    step: 'unternehmen',
    field: 'f-company-legalForm-0', // the first of its radios
  },
  office: 'Gewerbeamt',
  reload: { step: 'unternehmen', field: 'f-company-tradeName', value: 'Radwerk Neustadt' },
});
