/** <komm-brauchtumsfeuer> in Chromium against the real reference hub (see test/assistant-suite.ts). */
import './define.js';
import { brauchtumsfeuer } from './brauchtumsfeuer.definition.js';
import * as fx from './brauchtumsfeuer.fixtures.js';
import { todayIso } from '../../engine/walk.js';
import { describeAssistant } from '../../../test/assistant-suite.js';

const today = todayIso();

describeAssistant({
  def: brauchtumsfeuer,
  configUrl: '/examples/config/dresden.json',
  params: fx.dresdenParams,
  reference: /^BRF-\d{4}-\d{6}$/,
  valid: {
    osterfeuerVerein: fx.osterfeuerVerein(today),
    hexenfeuerPrivatperson: fx.hexenfeuerPrivatperson(today),
    flurstueckVariante: fx.flurstueckVariante(today),
  },
  main: {
    answers: fx.osterfeuerVerein(today),
    steps: [
      'anlass',
      'veranstalter',
      'verantwortlich',
      'ort',
      'termin',
      'feuer',
      'sicherheit',
      'erklaerungen',
    ],
  },
  invalid: fx.invalidByStep(today),
  corrupt: {
    mutate: (envelope) => {
      (
        envelope.data as { organizer: { address: { postalCode: string } } }
      ).organizer.address.postalCode = '0106';
    },
    step: 'veranstalter',
    field: 'f-organizer-address-postalCode',
  },
  office: 'Ordnungsamt',
  reload: {
    step: 'veranstalter',
    field: 'f-organizer-name',
    value: 'Heimatverein Dresden-Loschwitz e. V.',
  },
});

describe('<komm-brauchtumsfeuer> hints with the municipality’s limits', () => {
  it('formats the limits in hints for the reader (2,5 m, 1.000 m on a German page)', async () => {
    const { fixture, waitUntil, expect, html } = await import('@open-wc/testing');
    const config = (await (await fetch('/examples/config/dresden.json')).json()) as {
      assistants: {
        brauchtumsfeuer: { maxPileHeight: number; minDistances: { buildings: number } };
      };
    };
    config.assistants.brauchtumsfeuer.maxPileHeight = 2.5;
    config.assistants.brauchtumsfeuer.minDistances.buildings = 1000;
    sessionStorage.clear();
    const el = await fixture<
      HTMLElement & { goTo(step: string): void; updateComplete: Promise<boolean> }
    >(html`<komm-brauchtumsfeuer draft="off" .config=${config}></komm-brauchtumsfeuer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#step-title'), 'assistant did not render');
    const hint = (id: string) => el.shadowRoot!.querySelector(`#${id}-hint`)!.textContent!;
    el.goTo('feuer');
    await el.updateComplete;
    expect(hint('f-pileHeightM')).to.contain('höchstens 2,5 Meter');
    el.goTo('sicherheit');
    await el.updateComplete;
    expect(hint('f-distanceBuildings')).to.contain('Mindestens 1.000 Meter');
  });
});

describe('<komm-brauchtumsfeuer> review', () => {
  it('shows whole numbers formatted for the reader (1.500 visitors on a German page)', async () => {
    const { fixture, waitUntil, expect, html } = await import('@open-wc/testing');
    const config = await (await fetch('/examples/config/dresden.json')).json();
    sessionStorage.clear();
    const el = await fixture<
      HTMLElement & {
        loadAnswers(a: object): void;
        goTo(step: string): void;
        updateComplete: Promise<boolean>;
      }
    >(html`<komm-brauchtumsfeuer draft="off" .config=${config}></komm-brauchtumsfeuer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#step-title'), 'assistant did not render');
    el.loadAnswers({ ...fx.osterfeuerVerein(today), expectedVisitors: 1500 });
    el.goTo('review');
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('.review-row')].map((r) =>
      r.textContent!.replace(/\s+/g, ' '),
    );
    const visitors = rows.find((r) => r.includes('1.500') || r.includes('1500'))!;
    expect(visitors).to.contain('1.500');
  });
});
