/**
 * <komm-hundesteuer> in Chromium against the real reference hub (SQLite file): every branch from
 * the fixtures end to end, every step's error path, axe on every page, keyboard alone, and the
 * transport outcomes seen from the element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { KommHundesteuer } from './hundesteuer.js';
import { hundesteuer } from './hundesteuer.definition.js';
import * as fx from './hundesteuer.fixtures.js';
import { pruneAnswers } from '../../engine/prune.js';
import { todayIso } from '../../engine/walk.js';
import { hubCount, hubInfo } from '../../../test/hub-commands.js';
import { completeSteps, keyboardStep, next, q, qa, stepId, submit, view } from '../../../test/drive.js';
import type { KommSubmitEvent } from '../../events/submit.js';
import type { KommSubmitErrorEvent } from '../../events/submit-error.js';

let dresden: Record<string, unknown>;
let endpoint: string;

before(async () => {
  dresden = (await (await fetch('/examples/config/dresden.json')).json()) as Record<string, unknown>;
  endpoint = (await hubInfo()).url;
});
beforeEach(() => sessionStorage.clear());

async function mount(fetchFn?: typeof fetch): Promise<KommHundesteuer> {
  const el = await fixture<KommHundesteuer>(
    html`<komm-hundesteuer .config=${dresden} endpoint=${endpoint} .fetchFn=${fetchFn}></komm-hundesteuer>`,
  );
  await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
  return el;
}

const REFERENCE = /^HST-\d{4}-\d{6}$/;

describe('<komm-hundesteuer> end to end', () => {
  for (const [name, answers] of Object.entries(fx.validAnswers)) {
    it(`${name}: every step, review and confirmation; stored once in SQLite`, async () => {
      const before = await hubCount('hundesteuer');
      const el = await mount();
      await completeSteps(el, answers);
      const payload = el.getPayload()!;
      const expected = pruneAnswers(hundesteuer, { answers, params: fx.dresdenParams, today: todayIso() });
      expect(payload.data).to.deep.equal(expected);
      expect(hundesteuer.payloadSchema.safeParse(payload.data).success).to.equal(true);
      const reference = await submit(el);
      expect(reference).to.match(REFERENCE);
      expect(await hubCount('hundesteuer')).to.equal(before + 1);
      expect(q(el, '[part="confirmation"]')!.textContent).to.contain('Vorgangsnummer');
      expect(sessionStorage.length).to.equal(0); // the draft is gone after success
    });
  }

  it('passes axe on every step, the review and the confirmation (two dogs, SEPA)', async () => {
    const el = await mount();
    const seen: string[] = [];
    const { fillStep } = await import('../../../test/drive.js');
    while (view(el) === 'step') {
      seen.push(stepId(el));
      await fillStep(el, fx.anmeldungZweiHunde);
      await expect(el).to.be.accessible();
      await next(el);
      if (q(el, '[part="error-summary"]')) await next(el); // a warning is accepted by continuing
    }
    expect(seen).to.deep.equal(['anliegen', 'halter', 'hunde', 'gefahr', 'verguenstigung', 'zahlung', 'erklaerungen']);
    expect(q(el, '[part="review"]')!.textContent).to.contain('252,00');
    await expect(el).to.be.accessible();
    await submit(el);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#step-title'));
  });

  it('can be completed and sent with the keyboard alone', async () => {
    const before = await hubCount('hundesteuer');
    const el = await mount();
    for (let i = 0; i < 15 && view(el) === 'step'; i++) await keyboardStep(el, fx.anmeldungZweiHunde);
    expect(view(el)).to.equal('review');
    const { sendKeys } = await import('@web/test-runner-commands');
    for (let i = 0; i < 80 && el.shadowRoot!.activeElement !== q(el, 'button.primary'); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => view(el) === 'confirmation', 'not sent', { timeout: 8000 });
    expect(q(el, '.reference')!.textContent!.trim()).to.match(REFERENCE);
    expect(await hubCount('hundesteuer')).to.equal(before + 1);
  });
});

describe('<komm-hundesteuer> error path of every step', () => {
  for (const [step, { answers, issues }] of Object.entries(fx.invalidByStep)) {
    it(`${step}: summary takes focus, lists each issue, its link focuses the field`, async () => {
      const el = await mount();
      el.loadAnswers(answers);
      el.goTo(step);
      await el.updateComplete;
      expect(stepId(el)).to.equal(step);
      await next(el);
      const summary = q(el, '[part="error-summary"]')!;
      expect(summary, 'error summary').to.exist;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      const targets = links.map((a) => a.getAttribute('href')!.slice(1));
      expect(targets).to.have.members(issues.map((i) => `f-${i.path.replace(/\./g, '-')}`));
      for (const link of links) {
        expect(link.textContent!.trim()).not.to.match(/Invalid input|^\w+\.\w+/); // citizen text, not codes
        link.click();
        const active = el.shadowRoot!.activeElement as HTMLElement;
        const id = link.getAttribute('href')!.slice(1);
        expect(active.id === id || active.id.startsWith(`${id}-`), `focus on ${id}, got ${active.id}`).to.equal(true);
      }
      const errors = issues.filter((i) => (i.severity ?? 'error') === 'error');
      for (const i of errors) {
        const id = `f-${i.path.replace(/\./g, '-')}`;
        const control = q(el, `#${id}`)!;
        const invalid = control.matches('fieldset, div') ? control.querySelector('[aria-invalid="true"]') : control;
        if (control.matches('input, select, textarea')) expect(control.getAttribute('aria-invalid')).to.equal('true');
        expect(q(el, `#${id}-error`) ?? invalid, `inline error for ${i.path}`).to.exist;
      }
      expect(stepId(el)).to.equal(step); // errors block "Weiter"
      await expect(el).to.be.accessible();
    });
  }
});

describe('<komm-hundesteuer> transport', () => {
  it('retries a 503 and stores exactly one submission', async () => {
    const before = await hubCount('hundesteuer');
    let calls = 0;
    const flaky = (async (url: string, init: RequestInit) => {
      calls++;
      if (calls === 1)
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503, requestId: 'x' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' },
        });
      return fetch(url, init);
    }) as typeof fetch;
    const el = await mount(flaky);
    await completeSteps(el, fx.anmeldungEinHund);
    expect(await submit(el)).to.match(REFERENCE);
    expect(calls).to.equal(2);
    expect(await hubCount('hundesteuer')).to.equal(before + 1);
  });

  it('sends once on a double click', async () => {
    const before = await hubCount('hundesteuer');
    const el = await mount();
    await completeSteps(el, fx.anmeldungEinHund);
    let submits = 0;
    el.addEventListener('komm-submit', () => submits++);
    const button = q<HTMLButtonElement>(el, 'button.primary')!;
    button.click();
    button.click();
    await waitUntil(() => view(el) === 'confirmation', 'not sent', { timeout: 8000 });
    expect(submits).to.equal(1);
    expect(await hubCount('hundesteuer')).to.equal(before + 1);
  });

  it("shows the hub's 422 at the right field on the right step, and stores nothing", async () => {
    const before = await hubCount('hundesteuer');
    const el = await mount();
    await completeSteps(el, fx.anmeldungEinHund);
    // What the hub sees differs from what the browser checked (e.g. an older assistant version).
    el.addEventListener('komm-submit', (e: KommSubmitEvent) => {
      const data = e.detail.envelope.data as { halter: { address: { postalCode: string } } };
      data.halter.address.postalCode = '1069';
    });
    const errorEvent = new Promise<KommSubmitErrorEvent>((r) => el.addEventListener('komm-submit-error', r, { once: true }));
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    const ev = await errorEvent;
    await el.updateComplete;
    expect(ev.detail.kind).to.equal('validation');
    expect(ev.detail.retryable).to.equal(false);
    expect(stepId(el)).to.equal('halter');
    expect(view(el)).to.equal('step');
    const field = q(el, '#f-halter-address-postalCode')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="error-summary"]'));
    expect(await hubCount('hundesteuer')).to.equal(before);
  });

  it('keeps every answer and offers "Erneut senden" when the hub cannot be reached', async function () {
    this.timeout(30000); // five tries with the real full-jitter back-off (at most 7.5 s of waiting)
    const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const el = await mount(down);
    await completeSteps(el, fx.anmeldungEinHund);
    const errorEvent = new Promise<KommSubmitErrorEvent>((r) => el.addEventListener('komm-submit-error', r, { once: true }));
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    const ev = await errorEvent;
    await el.updateComplete;
    expect(ev.detail.retryable).to.equal(true);
    const failure = q(el, '.submit-failure')!;
    expect(failure.textContent).to.contain('nicht verloren');
    expect(qa(el, '.submit-failure button').map((b) => b.textContent!.trim())).to.include.members(['Erneut senden', 'Angaben herunterladen']);
    expect(view(el)).to.equal('review');
    expect(el.getPayload()!.data).to.deep.equal(
      pruneAnswers(hundesteuer, { answers: fx.anmeldungEinHund, params: fx.dresdenParams, today: todayIso() }),
    );
  });

  it('restores answers and step after a reload mid-form', async () => {
    const el = await mount();
    const { fillStep } = await import('../../../test/drive.js');
    await fillStep(el, fx.anmeldungEinHund);
    await next(el);
    await fillStep(el, fx.anmeldungEinHund);
    el.remove();
    await new Promise((r) => setTimeout(r, 300));
    const again = await mount();
    expect(stepId(again)).to.equal('halter');
    expect(q<HTMLInputElement>(again, '#f-halter-familyName')!.value).to.equal('Schubert');
  });
});
