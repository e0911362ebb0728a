/** <komm-wohnungsgeberbestaetigung> in Chromium against the real reference hub (see test/assistant-suite.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { KommWohnungsgeberbestaetigung } from './wohnungsgeberbestaetigung.js';
import { wohnungsgeberbestaetigung } from './wohnungsgeberbestaetigung.definition.js';
import * as fx from './wohnungsgeberbestaetigung.fixtures.js';
import { todayIso } from '../../engine/walk.js';
import { describeAssistant } from '../../../test/assistant-suite.js';
import { completeSteps, next, q, qa, stepId, submit, view } from '../../../test/drive.js';
import { hubInfo } from '../../../test/hub-commands.js';

const today = todayIso();
const CODE = /^[23456789ACDEFGHJKMNPQRTVWXY]{10}$/;

describeAssistant({
  def: wohnungsgeberbestaetigung,
  configUrl: '/examples/config/dresden.json',
  params: fx.dresdenParams,
  reference: /^WGB-\d{4}-\d{6}$/,
  valid: {
    einzugVermieter: fx.einzugVermieter(today),
    auszugAusland: fx.auszugAusland(today),
    einzugSelbst: fx.einzugSelbst(today),
  },
  main: {
    answers: fx.einzugVermieter(today),
    steps: ['art', 'wohnung', 'datum', 'personen', 'wohnungsgeber', 'erklaerungen'],
  },
  invalid: fx.invalidByStep(today),
  corrupt: {
    mutate: (envelope) => {
      (envelope.data as { flat: { postalCode: string } }).flat.postalCode = '0109';
    },
    step: 'wohnung',
    field: 'f-flat-postalCode',
  },
  office: 'Bürgerbüros',
  reload: { step: 'wohnung', field: 'f-flat-street', value: 'Louisenstraße' },
});

describe('<komm-wohnungsgeberbestaetigung> assignment code and stop', () => {
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
    const el = await fixture<KommWohnungsgeberbestaetigung>(
      html`<komm-wohnungsgeberbestaetigung
        lang=${lang}
        .config=${config}
        endpoint=${endpoint}
        .fetchFn=${fetchFn}
      ></komm-wohnungsgeberbestaetigung>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  };

  it('the confirmation shows the hub’s code large, says what to do with it, offers printing', async () => {
    const el = await mount();
    let success: Record<string, unknown> | undefined;
    el.addEventListener('komm-submit-success', (e) => (success = e.detail as never));
    await completeSteps(el, fx.auszugAusland(today));
    await submit(el);
    const code = q(el, '.assignment-code')!.textContent!.trim();
    expect(code).to.match(CODE);
    const page = q(el, '[part="confirmation"]')!.textContent!.replace(/\s+/g, ' ');
    expect(page).to.contain('Zuordnungsmerkmal');
    expect(page).to.contain(
      'Geben Sie diesen Code den Personen, die umziehen. Sie brauchen ihn, wenn sie sich bei der Meldebehörde an- oder abmelden.',
    );
    const print = q<HTMLButtonElement>(el, '[part="confirmation"] button')!;
    expect(print.textContent!.trim()).to.equal('Seite drucken');
    // The code is no field value: the success event carries the reference only.
    expect(success).to.not.have.property('assignmentCode');
    await expect(el).to.be.accessible();
  });

  it('in English, from a receipt the element gets (no code, no code block)', async () => {
    const receipt = (body: object) =>
      (async () =>
        new Response(JSON.stringify(body), {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        })) as typeof fetch;
    const withCode = await mount(
      'en',
      receipt({
        reference: 'WGB-2026-000001',
        receivedAt: '2026-12-01T10:00:00Z',
        assignmentCode: 'K7PX9MN4QR',
      }),
    );
    await completeSteps(withCode, fx.einzugVermieter(today));
    await submit(withCode);
    expect(q(withCode, '.assignment-code')!.textContent!.trim()).to.equal('K7PX9MN4QR');
    expect(q(withCode, '[part="confirmation"]')!.textContent).to.contain('Assignment code');
    await expect(withCode).to.be.accessible();

    const without = await mount(
      'de',
      receipt({ reference: 'WGB-2026-000002', receivedAt: '2026-12-01T10:00:00Z' }),
    );
    await completeSteps(without, fx.einzugVermieter(today));
    await submit(without);
    expect(q(without, '.assignment-code')).to.equal(null);
    expect(q(without, '[part="confirmation"] button')).to.equal(null);
  });

  it('a move-out within Germany: plain info, and the application cannot go on', async () => {
    const el = await mount();
    el.loadAnswers({
      confirmationType: 'auszug',
      auszugCase: 'andere',
      submitterRole: 'eigentuemer',
    });
    await el.updateComplete;
    expect(q(el, '[part="field"] .info, .info')!.textContent).to.contain('können hier aufhören');
    await next(el);
    expect([view(el), stepId(el)]).to.deep.equal(['step', 'art']);
    expect(q(el, '[part="error-summary"]')!.textContent).to.contain('keine Bestätigung');
    await next(el);
    expect(stepId(el)).to.equal('art', 'an error, not a warning: "Weiter" again does not pass');
  });

  it('after choosing a move-out, no heading or label offers "ein- oder aus" again', async () => {
    for (const [lang, moveOut, either] of [
      ['de', /ausziehen|Auszugs/, /ein- oder aus|ein oder aus|eingezogen oder/],
      ['en', /move out|moving out/, /in or out|move in\b/],
    ] as const) {
      const el = await mount(lang);
      el.loadAnswers({ ...fx.auszugAusland(today), submitterRole: 'eigentuemerZiehtSelbstEin' });
      const seen: string[] = [];
      for (const step of ['datum', 'personen', 'wohnungsgeber', 'erklaerungen']) {
        el.goTo(step);
        await el.updateComplete;
        const texts = qa(el, '#step-title, .lead, label, legend').map((n) => n.textContent!);
        expect(texts.join(' | ')).to.not.match(either, `${lang} ${step}`);
        seen.push(...texts);
      }
      expect(seen.join(' | ')).to.match(moveOut, lang);
    }
  });

  it('"Save answers as a file" and "Continue from a file" sit on lines of their own', async () => {
    const el = await mount('en');
    const [save, load] = qa(el, '.files > .link').map((b) => b.getBoundingClientRect());
    expect(save, 'two links').to.exist;
    expect(load!.top).to.be.at.least(save!.bottom, 'the second link starts below the first');
  });
});
