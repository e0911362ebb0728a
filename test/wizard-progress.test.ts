/**
 * The progress line of every assistant (issue 8, stranger walks): answers add and remove steps, so
 * a total ("Schritt 1 von 3" turning into "Schritt 1 von 7" on the first click, "2 von 7" into
 * "2 von 6" later) misleads. The line counts the steps shown so far and never changes while the
 * citizen answers on a step.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import type { Answers } from '../src/engine/types.js';
import { todayIso } from '../src/engine/walk.js';
import '../src/assistants/hundesteuer/define.js';
import '../src/assistants/gewerbeanzeige/define.js';
import '../src/assistants/brauchtumsfeuer/define.js';
import '../src/assistants/urkunden/define.js';
import '../src/assistants/feuerwehr-verdienstausfall/define.js';
import '../src/assistants/wohnungsgeberbestaetigung/define.js';
import * as hst from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import * as gew from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import * as bf from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import * as urk from '../src/assistants/urkunden/urkunden.fixtures.js';
import * as fw from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import * as wgb from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import { fillStep, next, q, view } from './drive.js';
import { hubInfo } from './hub-commands.js';

const today = todayIso();
type El = KommAssistant<unknown>;
const progress = (el: El) => (q(el, '[part="progress"]')?.textContent ?? '').trim();

const cases: [id: string, answers: Answers][] = [
  // A dangerous dog: the relief step drops out after the dogs' steps.
  ['hundesteuer', hst.anmeldungGefaehrlich],
  ['gewerbeanzeige', gew.einzelunternehmenAnmeldung(today)],
  ['brauchtumsfeuer', bf.osterfeuerVerein(today)],
  ['urkunden', urk.geburtSelbst],
  ['feuerwehr-verdienstausfall', fw.selbststaendig(today)],
  ['wohnungsgeberbestaetigung', wgb.einzugVermieter(today)],
];

describe('progress line of the wizard (all six assistants)', () => {
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

  const mount = async (id: string, lang = 'de') => {
    const tag = unsafeStatic(`komm-${id}`);
    const el = await fixture<El>(
      html`<${tag} lang=${lang} .config=${config} endpoint=${endpoint}></${tag}>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  };

  for (const [id, answers] of cases) {
    it(`<komm-${id}>: "Schritt n" counts on by one and the first answer changes nothing`, async () => {
      const el = await mount(id);
      const seen: string[] = [progress(el)];
      for (let guard = 0; guard < 20 && view(el) === 'step'; guard++) {
        const before = progress(el);
        await fillStep(el, answers);
        // Answering never changes the line of the step one is on.
        expect(progress(el), 'after answering').to.equal(before);
        const title = q(el, '#step-title')!.textContent;
        await next(el);
        if (view(el) === 'step' && q(el, '#step-title')!.textContent === title) {
          // Warnings are shown once; "Weiter" again accepts them.
          expect(q(el, '[part="error-summary"]')?.classList.contains('warnings')).to.equal(true);
          await next(el);
        }
        if (view(el) === 'step') seen.push(progress(el));
      }
      expect(view(el)).to.equal('review');
      expect(seen).to.deep.equal(seen.map((_, i) => `Schritt ${i + 1}`));
    });
  }

  it('in English: "Step 1", unchanged by the first answer (Hundesteuer)', async () => {
    const el = await mount('hundesteuer', 'en');
    await waitUntil(() => progress(el).startsWith('Step'), 'English texts', { timeout: 5000 });
    expect(progress(el)).to.equal('Step 1');
    await fillStep(el, { requestType: 'anmeldung' });
    expect(progress(el)).to.equal('Step 1');
    await next(el);
    expect(progress(el)).to.equal('Step 2');
  });
});
