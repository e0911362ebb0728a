/**
 * The browser test suite every assistant gets: in Chromium against the real reference hub
 * (SQLite file), every valid fixture end to end, axe on every page, keyboard alone, every step's
 * error path, and the transport outcomes as the citizen sees them.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import type { Assistant } from '../src/engine/define-assistant.js';
import { pruneAnswers } from '../src/engine/prune.js';
import type { Answers } from '../src/engine/types.js';
import { todayIso } from '../src/engine/walk.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import type { KommSubmitEvent } from '../src/events/submit.js';
import type { KommSubmitErrorEvent } from '../src/events/submit-error.js';
import type { KommOutboxChangeEvent } from '../src/events/outbox-change.js';
import { database, MARKER } from '../src/transport/outbox.js';
import { hubCount, hubInfo } from './hub-commands.js';
import {
  completeSteps,
  fillStep,
  keyboardStep,
  next,
  q,
  qa,
  stepId,
  submit,
  view,
} from './drive.js';
import { payloadSchemaOf } from '../src/engine/payload-schema.js';

export interface SuiteOptions<P> {
  def: Assistant<P>;
  configUrl: string;
  params: P;
  reference: RegExp;
  /** Valid answer sets by name: each is sent end to end. */
  valid: Record<string, Answers>;
  /** The answers the axe, keyboard and transport tests use, and the steps they pass through. */
  main: { answers: Answers; steps: string[]; reviewContains?: string };
  /** Per step: answers failing there and the paths (with severity) expected in the summary. */
  invalid: Record<string, { answers: Answers; issues: { path: string; severity?: string }[] }>;
  /** Makes the hub reject what the browser accepted; the hub's error must land on `step`/`field`. */
  corrupt: { mutate: (envelope: Envelope) => void; step: string; field: string };
  /** The office the confirmation page names (the municipality's, or the assistant's own). */
  office: string;
  /** A field on the first steps and the value the main answers give it (reload test). */
  reload: { step: string; field: string; value: string };
}

export function describeAssistant<P>(o: SuiteOptions<P>) {
  const tag = unsafeStatic(`komm-${o.def.id}`);
  let config: Record<string, unknown>;
  let endpoint: string;
  const count = () => hubCount(o.def.id);
  const clearOutbox = async () => {
    await (await database()).clear('outbox');
    localStorage.removeItem(MARKER);
  };
  const expected = (answers: Answers) =>
    pruneAnswers(o.def, { answers, params: o.params, today: todayIso() });

  async function mount(fetchFn?: typeof fetch): Promise<KommAssistant<P>> {
    const el = await fixture<KommAssistant<P>>(
      html`<${tag} .config=${config} endpoint=${endpoint} .fetchFn=${fetchFn}></${tag}>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  }

  describe(`<komm-${o.def.id}>`, () => {
    before(async () => {
      config = (await (await fetch(o.configUrl)).json()) as Record<string, unknown>;
      endpoint = (await hubInfo()).url;
    });
    beforeEach(() => sessionStorage.clear());

    describe('end to end', () => {
      for (const [name, answers] of Object.entries(o.valid)) {
        it(`${name}: every step, review and confirmation; stored once in SQLite`, async () => {
          const before = await count();
          const el = await mount();
          await completeSteps(el, answers);
          const payload = el.getPayload()!;
          expect(payload.data).to.deep.equal(expected(answers));
          expect(payloadSchemaOf(o.def).safeParse(payload.data).success).to.equal(true);
          expect(await submit(el)).to.match(o.reference);
          expect(await count()).to.equal(before + 1);
          expect(q(el, '[part="confirmation"]')!.textContent).to.contain('Vorgangsnummer');
          expect(q(el, '[part="confirmation"]')!.textContent).to.contain(o.office);
          expect(
            Object.keys(sessionStorage).filter((k) => k.startsWith('komm-draft')),
          ).to.deep.equal([]);
        });
      }

      it('passes axe on every step, the review and the confirmation', async function () {
        this.timeout(30000); // axe on up to ten steps (the Gewerbeanzeige's person step is long)
        const el = await mount();
        const seen: string[] = [];
        while (view(el) === 'step') {
          seen.push(stepId(el));
          await fillStep(el, o.main.answers);
          await expect(el).to.be.accessible();
          await next(el);
          if (q(el, '[part="error-summary"]')) {
            await expect(el).to.be.accessible(); // the warning state too
            await next(el); // a warning is accepted by continuing
          }
        }
        expect(seen).to.deep.equal(o.main.steps);
        if (o.main.reviewContains)
          expect(q(el, '[part="review"]')!.textContent).to.contain(o.main.reviewContains);
        await expect(el).to.be.accessible();
        await submit(el);
        await expect(el).to.be.accessible();
        expect(el.shadowRoot!.activeElement).to.equal(q(el, '#step-title'));
      });

      it('"Ändern" on the review opens the step and "Weiter" returns to the review', async () => {
        const el = await mount();
        await completeSteps(el, o.main.answers);
        const second = o.main.steps[1]!;
        const change = qa<HTMLButtonElement>(el, '.review-step button.link')[1]!;
        expect(change.textContent).to.contain('Ändern');
        change.click();
        await el.updateComplete;
        expect([view(el), stepId(el)]).to.deep.equal(['step', second]);
        expect(el.shadowRoot!.activeElement).to.equal(q(el, '#step-title'));
        await next(el);
        expect(view(el)).to.equal('review');
      });

      it('can be completed and sent with the keyboard alone', async () => {
        const before = await count();
        const el = await mount();
        for (let i = 0; i < 20 && view(el) === 'step'; i++) await keyboardStep(el, o.main.answers);
        const stuck = `${stepId(el)}: ${q(el, '[part="error-summary"]')?.textContent?.replace(/\s+/g, ' ')}`;
        expect(view(el), stuck).to.equal('review');
        const { sendKeys } = await import('@web/test-runner-commands');
        for (let i = 0; i < 120 && el.shadowRoot!.activeElement !== q(el, 'button.primary'); i++)
          await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => view(el) === 'confirmation', 'not sent', { timeout: 8000 });
        expect(q(el, '.reference')!.textContent!.trim()).to.match(o.reference);
        expect(await count()).to.equal(before + 1);
      });
    });

    describe('error path of every step', () => {
      for (const [step, { answers, issues }] of Object.entries(o.invalid)) {
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
          const shownIds = links.map((a) => a.getAttribute('href')!.slice(1));
          const errors = issues.filter((i) => (i.severity ?? 'error') === 'error');
          // With errors the summary lists errors (and warnings); warnings alone are shown the same way.
          expect(shownIds).to.include.members(errors.map((i) => `f-${i.path.replace(/\./g, '-')}`));
          for (const link of links) {
            expect(link.textContent!.trim()).not.to.match(/Invalid input|^[\w[\]]+\.\w+/); // citizen text, not keys
            link.click();
            const active = el.shadowRoot!.activeElement as HTMLElement;
            const id = link.getAttribute('href')!.slice(1);
            expect(
              active.id === id || active.id.startsWith(`${id}-`),
              `focus on ${id}, got ${active.id}`,
            ).to.equal(true);
          }
          for (const i of errors) {
            const id = `f-${i.path.replace(/\./g, '-')}`;
            const control = q(el, `#${id}`)!;
            if (control.matches('input, select, textarea'))
              expect(control.getAttribute('aria-invalid')).to.equal('true');
            else
              expect(control.querySelector('[aria-invalid="true"]'), `aria-invalid in ${id}`).to
                .exist;
            expect(q(el, `#${id}-error`), `inline error for ${i.path}`).to.exist;
          }
          if (errors.length) expect(stepId(el)).to.equal(step); // errors block "Weiter"
          await expect(el).to.be.accessible();
        });
      }
    });

    describe('transport', () => {
      it('retries a 503 and stores exactly one submission', async () => {
        const before = await count();
        let calls = 0;
        const flaky = (async (url: string, init: RequestInit) => {
          calls++;
          if (calls === 1)
            return new Response(
              JSON.stringify({
                type: 'about:blank',
                title: 'Unavailable',
                status: 503,
                requestId: 'x',
              }),
              {
                status: 503,
                headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' },
              },
            );
          return fetch(url, init);
        }) as typeof fetch;
        const el = await mount(flaky);
        await completeSteps(el, o.main.answers);
        expect(await submit(el)).to.match(o.reference);
        expect(calls).to.equal(2);
        expect(await count()).to.equal(before + 1);
      });

      it('sends once on a double click', async () => {
        const before = await count();
        const el = await mount();
        await completeSteps(el, o.main.answers);
        let submits = 0;
        el.addEventListener('komm-submit', () => submits++);
        const button = q<HTMLButtonElement>(el, 'button.primary')!;
        button.click();
        button.click();
        await waitUntil(() => view(el) === 'confirmation', 'not sent', { timeout: 8000 });
        expect(submits).to.equal(1);
        expect(await count()).to.equal(before + 1);
      });

      it("shows the hub's 422 at the right field on the right step, and stores nothing", async () => {
        const before = await count();
        const el = await mount();
        await completeSteps(el, o.main.answers);
        // What the hub sees differs from what the browser checked (e.g. an older assistant version).
        el.addEventListener('komm-submit', (e: KommSubmitEvent) =>
          o.corrupt.mutate(e.detail.envelope),
        );
        const failed = new Promise<KommSubmitErrorEvent>((r) =>
          el.addEventListener('komm-submit-error', r, { once: true }),
        );
        q<HTMLButtonElement>(el, 'button.primary')!.click();
        const ev = await failed;
        await el.updateComplete;
        expect(ev.detail.kind).to.equal('validation');
        expect(ev.detail.retryable).to.equal(false);
        expect(view(el)).to.equal('step');
        expect(stepId(el)).to.equal(o.corrupt.step);
        expect(q(el, `#${o.corrupt.field}`)!.getAttribute('aria-invalid')).to.equal('true');
        expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="error-summary"]'));
        expect(await count()).to.equal(before);
      });

      it('keeps the application on this device when the hub cannot be reached, and says so', async function () {
        this.timeout(30000); // five tries with the real full-jitter back-off (at most 7.5 s of waiting)
        const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
        const el = await mount(down);
        await completeSteps(el, o.main.answers);
        let errors = 0;
        el.addEventListener('komm-submit-error', () => errors++);
        const queued = new Promise<KommOutboxChangeEvent>((r) =>
          el.addEventListener('komm-outbox-change', (e) => e.detail.pending && r(e)),
        );
        q<HTMLButtonElement>(el, 'button.primary')!.click();
        await waitUntil(
          () => q(el, '.queued')?.textContent?.includes('automatisch gesendet'),
          'not queued',
          { timeout: 20000 },
        );
        expect((await queued).detail).to.deep.equal({ pending: 1, sent: 0, failed: 0 });
        expect(errors, 'no komm-submit-error: it is not lost').to.equal(0);
        expect(q(el, '#step-title')!.textContent).to.contain('auf diesem Gerät gespeichert');
        expect(el.getPayload()!.data).to.deep.equal(expected(o.main.answers));
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.remove();
        await clearOutbox(); // later tests must not send it
      });

      it('restores answers and step after a reload mid-form', async () => {
        const el = await mount();
        while (stepId(el) !== o.reload.step) {
          await fillStep(el, o.main.answers);
          await next(el);
        }
        await fillStep(el, o.main.answers);
        el.remove();
        await new Promise((r) => setTimeout(r, 300));
        const again = await mount();
        expect(stepId(again)).to.equal(o.reload.step);
        expect(q<HTMLInputElement>(again, `#${o.reload.field}`)!.value).to.equal(o.reload.value);
      });
    });
  });
}
