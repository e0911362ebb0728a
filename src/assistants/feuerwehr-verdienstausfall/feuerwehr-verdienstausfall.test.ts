/** <komm-feuerwehr-verdienstausfall> in Chromium against the real reference hub (see test/assistant-suite.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import { todayIso } from '../../engine/walk.js';
import type { KommFeuerwehrVerdienstausfall } from './feuerwehr-verdienstausfall.js';
import { feuerwehrVerdienstausfall } from './feuerwehr-verdienstausfall.definition.js';
import * as fx from './feuerwehr-verdienstausfall.fixtures.js';
import { describeAssistant } from '../../../test/assistant-suite.js';
import { completeSteps, fillStep, next, q, stepId, submit } from '../../../test/drive.js';
import { hubInfo } from '../../../test/hub-commands.js';

const today = todayIso();

describeAssistant({
  def: feuerwehrVerdienstausfall,
  configUrl: '/examples/config/dresden.json',
  params: fx.dresdenParams,
  reference: /^FWV-\d{4}-\d{6}$/,
  valid: fx.validAnswers(today),
  main: {
    answers: fx.arbeitgeber(today),
    steps: ['antrag', 'arbeitgeber', 'mitarbeiter', 'einsaetze', 'lohn', 'bank', 'erklaerungen'],
    reviewContains: '333,70',
  },
  invalid: fx.invalidByStep(today),
  corrupt: {
    mutate: (envelope) => {
      (
        envelope.data as { employer: { address: { postalCode: string } } }
      ).employer.address.postalCode = '0110';
    },
    step: 'arbeitgeber',
    field: 'f-employer-address-postalCode',
  },
  office: 'Brand- und Katastrophenschutzamt',
  reload: { step: 'arbeitgeber', field: 'f-employer-name', value: 'Elektro Hanisch GmbH' },
});

describe('<komm-feuerwehr-verdienstausfall> branches', () => {
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

  const mount = async () => {
    const el = await fixture<KommFeuerwehrVerdienstausfall>(
      html`<komm-feuerwehr-verdienstausfall
        .config=${config}
        endpoint=${endpoint}
      ></komm-feuerwehr-verdienstausfall>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  };

  it('a public employer is told it gets nothing back and cannot go on', async () => {
    const el = await mount();
    await fillStep(el, { applicantType: 'arbeitgeber', isPublicEmployer: 'ja' });
    expect(q(el, '.info-warning')!.textContent).to.contain('nicht erstattet');
    await next(el);
    expect(stepId(el)).to.equal('antrag');
    const summary = q(el, '[part="error-summary"]')!;
    expect(summary.textContent).to.contain('nicht absenden');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await expect(el).to.be.accessible();
  });

  it('self-employed: the review lists each deployment, the total and the caps; the hub stores it', async () => {
    const el = await mount();
    await completeSteps(el, fx.selbststaendig(today));
    const review = q(el, '[part="review"]')!.textContent!.replace(/\s+/g, ' ');
    expect(review).to.contain('Dienst 1 am');
    expect(review).to.contain('10 Stunden × 22,50');
    expect(review).to.contain('292,50');
    expect(review).to.contain('Angefangene Stunden zählen als volle Stunden');
    expect(el.getPayload()!.computed).to.include({ erstattungsbetrag: 292.5 });
    await expect(el).to.be.accessible();
    expect(await submit(el)).to.match(/^FWV-\d{4}-\d{6}$/);
  });

  it('a late deployment is named in the error, with its number and date', async () => {
    const el = await mount();
    el.loadAnswers(fx.invalidByStep(today).einsaetze.answers);
    el.goTo('einsaetze');
    await el.updateComplete;
    await next(el);
    const error = q(el, '#f-deployments-0-date-error')!.textContent!;
    expect(error).to.match(/Dienst 1 \(\d\d\.\d\d\.\d{4}\) liegt mehr als 6 Monate zurück/);
    await expect(el).to.be.accessible();
  });

  it('the progress never promises a total the first answer changes ("von 2" → "von 7")', async () => {
    const el = await mount();
    const progress = () => q(el, '[part="progress"]')!.textContent!.trim();
    expect(progress()).to.equal('Schritt 1');
    await fillStep(el, { applicantType: 'arbeitgeber', isPublicEmployer: 'nein' });
    await next(el);
    expect(progress()).to.equal('Schritt 2');
  });

  it('times are typed as 24-hour text (no AM/PM from the browser), with a format message', async () => {
    const el = await mount();
    el.loadAnswers({
      ...fx.arbeitgeber(today),
      deployments: [{ ...(fx.arbeitgeber(today).deployments as object[])[0], startTime: '7.30' }],
    });
    el.goTo('einsaetze');
    await el.updateComplete;
    const start = q<HTMLInputElement>(el, '#f-deployments-0-startTime')!;
    expect(start.type).to.equal('text');
    expect(q<HTMLInputElement>(el, '#f-deployments-0-endTime')!.type).to.equal('text');
    expect(q(el, '#f-deployments-0-startTime-hint')!.textContent).to.contain('07:30');
    await next(el);
    expect(q(el, '#f-deployments-0-startTime-error')!.textContent).to.contain(
      'Geben Sie die Uhrzeit mit Stunden und Minuten ein, zum Beispiel 07:30',
    );
    await expect(el).to.be.accessible();
  });
});
