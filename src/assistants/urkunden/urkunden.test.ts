/** <komm-urkunden> in Chromium against the real reference hub (see test/assistant-suite.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { KommUrkunden } from './urkunden.js';
import { urkunden } from './urkunden.definition.js';
import * as fx from './urkunden.fixtures.js';
import { todayIso } from '../../engine/walk.js';
import { describeAssistant } from '../../../test/assistant-suite.js';
import { completeSteps, q, qa, submit } from '../../../test/drive.js';
import { hubInfo } from '../../../test/hub-commands.js';

const today = todayIso();
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describeAssistant({
  def: urkunden,
  configUrl: '/examples/config/dresden.json',
  params: fx.dresdenParams,
  reference: /^URK-\d{4}-\d{6}$/,
  valid: fx.validAnswers,
  main: {
    answers: fx.geburtSelbst,
    steps: [
      'urkunde',
      'berechtigung',
      'antragsteller',
      'eintrag',
      'zweck',
      'zustellung',
      'erklaerungen',
    ],
    reviewContains: 'Gebühr insgesamt: 29,00',
  },
  invalid: fx.invalidByStep(today),
  corrupt: {
    mutate: (envelope) => {
      (envelope.data as { quantity: number }).quantity = 11;
    },
    step: 'urkunde',
    field: 'f-quantity',
  },
  office: 'Standesamt',
  reload: { step: 'eintrag', field: 'f-eventPlace', value: 'Dresden' },
});

describe('<komm-urkunden> fee and payment', () => {
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

  const mount = async (lang = 'de', fetchFn?: typeof fetch) => {
    const el = await fixture<KommUrkunden>(
      html`<komm-urkunden
        lang=${lang}
        .config=${config}
        endpoint=${endpoint}
        .fetchFn=${fetchFn}
      ></komm-urkunden>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  };

  it('a question that appears above an answered one starts unanswered (no stale radio)', async () => {
    const el = await mount();
    q<HTMLInputElement>(el, 'input[name="format"][value="a4"]')!.click();
    q<HTMLInputElement>(el, 'input[name="certificateType"][value="registerausdruck"]')!.click();
    await el.updateComplete;
    const kinds = qa<HTMLInputElement>(el, 'input[name="registerKind"]');
    expect(kinds.length).to.equal(4);
    expect(kinds.filter((i) => i.checked)).to.deep.equal([]);
    expect(q<HTMLInputElement>(el, 'input[name="format"][value="a4"]')!.checked).to.equal(true);
  });

  it('one’s own birth certificate: name and date of birth are asked once, not again for the entry', async () => {
    const el = await mount();
    await completeSteps(el, fx.geburtSelbst);
    const labels = qa(el, '[part="review"] dt').map(text);
    expect(labels.filter((l) => l === 'Geburtsdatum')).to.have.length(1);
    expect(labels.filter((l) => l === 'Vorname(n)')).to.have.length(1);
    el.goTo('eintrag');
    await el.updateComplete;
    expect(text(q(el, '[part="field"] .info, .info'))).to.contain('schon angegeben');
    expect(q(el, '#f-person-givenNames')).to.equal(null);
    expect(q(el, '#f-eventDate')).to.equal(null);
    expect(q(el, '#f-eventPlace')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the review shows each fee line before sending: 15 + 2 × 7 = 29 €', async () => {
    const el = await mount();
    await completeSteps(el, fx.geburtSelbst);
    const review = text(q(el, '[part="review"]'));
    expect(review).to.contain('Erste Urkunde: 15,00 €');
    expect(review).to.contain('Weitere Exemplare: 2 × 7,00 € = 14,00 €');
    expect(review).to.contain('Gebühr insgesamt: 29,00 €');
    expect(el.getPayload()!.computed).to.deep.equal({
      fee: {
        currency: 'EUR',
        exempt: false,
        lines: [
          { kind: 'first', quantity: 1, unit: 15, amount: 15 },
          { kind: 'further', quantity: 2, unit: 7, amount: 14 },
        ],
        total: 29,
      },
    });
  });

  it('the confirmation shows the amount and "Gebühr jetzt bezahlen" to the hub’s payment page', async () => {
    const el = await mount();
    await completeSteps(el, fx.geburtSelbst);
    const reference = await submit(el);
    const page = text(q(el, '[part="confirmation"]'));
    expect(page).to.contain('Zu zahlende Gebühr');
    expect(page).to.contain('29,00 €');
    // After paying, the platform sends the citizen back to this page: no second application.
    expect(page).to.contain('müssen Sie ihn nicht noch einmal stellen');
    const link = q<HTMLAnchorElement>(el, '[part="confirmation"] a.pay')!;
    expect(text(link)).to.equal('Gebühr jetzt bezahlen');
    expect(link.getAttribute('part')).to.equal('button-primary');
    expect(link.target).to.equal('', 'same window');
    const url = new URL(link.href);
    expect(url.searchParams.get('ref')).to.equal(reference);
    expect(url.searchParams.get('amount')).to.equal('29.00');
    expect(url.searchParams.get('currency')).to.equal('EUR');
    const status = (await (await fetch(`${endpoint}/payments/${reference}`)).json()) as {
      status: string;
      amount: number;
    };
    expect(status).to.include({ status: 'open', amount: 29 });
    await expect(el).to.be.accessible();
  });

  it('fee-exempt (pension insurance): 0 € on the review, no payment on the confirmation', async () => {
    const el = await mount();
    await completeSteps(el, fx.eheRente);
    const review = text(q(el, '[part="review"]'));
    expect(review).to.contain('Gebühr insgesamt: 0,00 €');
    expect(review).to.contain('Gebührenfrei');
    await submit(el);
    expect(q(el, '[part="confirmation"] a.pay')).to.equal(null);
    expect(text(q(el, '[part="confirmation"]'))).not.to.contain('Zu zahlende Gebühr');
  });

  it('in English, from a receipt the element gets; a paid payment shows no link', async () => {
    const receipt = (payment: object) =>
      (async () =>
        new Response(
          JSON.stringify({
            reference: 'URK-2026-000001',
            receivedAt: '2026-12-01T10:00:00Z',
            payment,
          }),
          { status: 201, headers: { 'Content-Type': 'application/json' } },
        )) as typeof fetch;
    const open = await mount(
      'en',
      receipt({ url: 'https://pay.example/x', amount: 22, currency: 'EUR', status: 'open' }),
    );
    await completeSteps(open, fx.sterbeKind);
    expect(text(q(open, '[part="review"]'))).to.contain('Total fee: €22.00');
    await submit(open);
    expect(text(q(open, '[part="confirmation"]'))).to.contain('€22.00');
    expect(text(q(open, 'a.pay'))).to.equal('Pay the fee now');
    expect(q<HTMLAnchorElement>(open, 'a.pay')!.href).to.equal('https://pay.example/x');
    await expect(open).to.be.accessible();

    const paid = await mount(
      'de',
      receipt({ url: 'https://pay.example/x', amount: 22, currency: 'EUR', status: 'paid' }),
    );
    await completeSteps(paid, fx.sterbeKind);
    await submit(paid);
    expect(text(q(paid, '[part="confirmation"]'))).to.contain('22,00 €');
    expect(q(paid, 'a.pay')).to.equal(null);
  });
});

describe('<komm-urkunden> proof of a legal interest', () => {
  beforeEach(() => sessionStorage.clear());

  it('an heir uploads the court letter in English; the hub stores the request with it', async () => {
    const config = (await (await fetch('/examples/config/dresden.json')).json()) as Record<
      string,
      unknown
    >;
    const el = await fixture<KommUrkunden>(
      html`<komm-urkunden
        lang="en"
        .config=${config}
        endpoint=${(await hubInfo()).url}
      ></komm-urkunden>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    const { interestProofLater: _, ...answers } = fx.registerausdruckErbe;
    el.loadAnswers(answers);
    el.goTo('berechtigung');
    await el.updateComplete;
    const input = q<HTMLInputElement>(el, '#f-interestFile')!;
    expect(text(q(el, 'label[for="f-interestFile"]'))).to.equal('Proof of your legal interest');
    expect(text(q(el, '#f-interestFile-hint'))).to.contain(
      'Allowed: PDF, JPEG, PNG, at most 10 MB per file.',
    );
    const blob = await (await fetch('/test/fixtures/ausweis.jpg')).blob();
    const dt = new DataTransfer();
    dt.items.add(new File([blob], 'court-letter.jpg', { type: 'image/jpeg' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => q(el, '.file-list li'), 'upload did not finish', { timeout: 5000 });
    expect(text(q(el, '.file-field [role="status"]'))).to.equal('“court-letter.jpg” was uploaded.');
    await expect(el).to.be.accessible();
    await completeSteps(el, answers);
    const attachments = el.getPayload()!.attachments!;
    expect(attachments.map((a) => [a.field, a.filename, a.mediaType])).to.deep.equal([
      ['interestFile', 'court-letter.jpg', 'image/jpeg'],
    ]);
    expect(await submit(el)).to.match(/^URK-\d{4}-\d{6}$/);
  });
});
