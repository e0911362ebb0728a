/** <komm-hundesteuer> in Chromium against the real reference hub (see test/assistant-suite.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { KommHundesteuer } from './hundesteuer.js';
import { hundesteuer } from './hundesteuer.definition.js';
import * as fx from './hundesteuer.fixtures.js';
import { describeAssistant } from '../../../test/assistant-suite.js';
import { completeSteps, q, submit } from '../../../test/drive.js';
import { hubInfo } from '../../../test/hub-commands.js';

describeAssistant({
  def: hundesteuer,
  configUrl: '/examples/config/dresden.json',
  params: fx.dresdenParams,
  reference: /^HST-\d{4}-\d{6}$/,
  valid: fx.validAnswers,
  main: {
    answers: fx.anmeldungZweiHunde,
    steps: ['anliegen', 'halter', 'hunde', 'gefahr', 'verguenstigung', 'zahlung', 'erklaerungen'],
    reviewContains: '252,00',
  },
  invalid: fx.invalidByStep,
  corrupt: {
    mutate: (envelope) => {
      (envelope.data as { halter: { address: { postalCode: string } } }).halter.address.postalCode =
        '1069';
    },
    step: 'halter',
    field: 'f-halter-address-postalCode',
  },
  office: 'Steuer- und Stadtkassenamt',
  reload: { step: 'halter', field: 'f-halter-familyName', value: 'Schubert' },
});

describe('<komm-hundesteuer> Leipzig 2026: chip reduction', () => {
  let endpoint: string;
  const configs: Record<string, Record<string, unknown>> = {};
  before(async () => {
    for (const city of ['leipzig', 'dresden'])
      configs[city] = (await (await fetch(`/examples/config/${city}.json`)).json()) as Record<
        string,
        unknown
      >;
    endpoint = (await hubInfo()).url;
  });
  beforeEach(() => sessionStorage.clear());

  const mount = async (city: string) => {
    const el = await fixture<KommHundesteuer>(
      html`<komm-hundesteuer .config=${configs[city]} endpoint=${endpoint}></komm-hundesteuer>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  };

  it('asks for the consent to read the chip per dog in Leipzig, not in Dresden', async () => {
    for (const [city, shown] of [
      ['leipzig', true],
      ['dresden', false],
    ] as const) {
      const el = await mount(city);
      el.loadAnswers(fx.anmeldungLeipzig);
      el.goTo('hunde');
      await el.updateComplete;
      expect(!!q(el, '#f-hunde-0-chipReadConsent'), city).to.equal(shown);
      expect(!!q(el, '#f-hunde-1-chipReadConsent'), city).to.equal(shown);
      if (shown) await expect(el).to.be.accessible();
    }
  });

  it('two chipped dogs: the review shows each reduction and 240 €; the hub stores it', async () => {
    const el = await mount('leipzig');
    await completeSteps(el, fx.anmeldungLeipzig);
    const review = q(el, '[part="review"]')!.textContent!.replace(/\s+/g, ' ');
    expect(review).to.contain('abzüglich 30,00');
    expect(review).to.contain('240,00');
    expect(el.getPayload()!.computed).to.include({ jahressteuer: 240 });
    await expect(el).to.be.accessible();
    expect(await submit(el)).to.match(/^HST-\d{4}-\d{6}$/);
  });
});
