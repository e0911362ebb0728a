/** <komm-urkunden> in Chromium against the real reference hub (see test/assistant-suite.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { KommUrkunden } from './urkunden.js';
import { urkunden } from './urkunden.definition.js';
import * as fx from './urkunden.fixtures.js';
import { todayIso } from '../../engine/walk.js';
import { describeAssistant } from '../../../test/assistant-suite.js';
import { completeSteps, q, qa, submit, view } from '../../../test/drive.js';
import { hubInfo, hubPay } from '../../../test/hub-commands.js';

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
    // Back to this very page, though the hub is on another site (no PAYMENT_RETURN_URL here).
    expect(new URL(endpoint).hostname).to.not.equal(location.hostname);
    expect(url.searchParams.get('return')).to.equal(location.href.split('#')[0]);
    const status = (await (await fetch(`${endpoint}/payments/${reference}`)).json()) as {
      status: string;
      amount: number;
    };
    expect(status).to.include({ status: 'open', amount: 29 });
    await expect(el).to.be.accessible();
  });

  it('back from the payment page: the confirmation and the payment’s state from the hub, not an empty form', async () => {
    const el = await mount();
    await completeSteps(el, fx.geburtSelbst);
    const reference = await submit(el);
    const payUrl = q<HTMLAnchorElement>(el, 'a.pay')!.href;
    el.remove(); // "Gebühr jetzt bezahlen" leaves the page
    const page = location.href;
    const confirmation = (e: Element) => text(q(e as HTMLElement, '[part="confirmation"]'));
    const pay = (status: 'paid' | 'failed', transactionId: string) =>
      hubPay({ reference, status, amount: 29, currency: 'EUR', transactionId });
    try {
      // The platform sends the citizen back to the page, with a query of its own.
      history.replaceState(null, '', `${location.pathname}?zahlung=abgebrochen&ref=${reference}`);
      const back = await mount();
      expect(view(back)).to.equal('confirmation');
      expect(q(back, '#f-certificateType')).to.equal(null);
      expect(text(q(back, '.reference'))).to.equal(reference);
      await waitUntil(() => confirmation(back).includes('noch nicht bei uns angekommen'));
      expect(confirmation(back)).to.contain('29,00 €');
      expect(q<HTMLAnchorElement>(back, 'a.pay')!.href).to.equal(payUrl);
      await expect(back).to.be.accessible();
      back.remove();

      // The platform reports a failed payment: back in English, the link again.
      expect(await pay('failed', 'T-1')).to.equal(200);
      const failed = await mount('en');
      await waitUntil(() => confirmation(failed).includes('did not go through'));
      expect(q<HTMLAnchorElement>(failed, 'a.pay')!.href).to.equal(payUrl);
      failed.remove();

      // Paid: said once, without a link; the next visit starts a new application.
      expect(await pay('paid', 'T-2')).to.equal(200);
      const paid = await mount();
      await waitUntil(() => confirmation(paid).includes('Die Gebühr ist bezahlt'));
      expect(q(paid, 'a.pay')).to.equal(null);
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('komm-payment'))).to.deep.equal(
        [],
      );
      await expect(paid).to.be.accessible();
      paid.remove();
      const fresh = await mount();
      expect(view(fresh)).to.equal('step');
      expect(q(fresh, '#f-certificateType')).to.not.equal(null);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('with draft="off" nothing is remembered: back from paying, a new application starts', async () => {
    const el = await fixture<KommUrkunden>(
      html`<komm-urkunden draft="off" .config=${config} endpoint=${endpoint}></komm-urkunden>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    await completeSteps(el, fx.geburtSelbst);
    await submit(el);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
    el.reset();
    await el.updateComplete;
    expect(view(el)).to.equal('step');
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

    sessionStorage.clear(); // a new visit, not a return from the payment page
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
