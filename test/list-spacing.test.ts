/**
 * A list's "Noch eine Person hinzufügen" button keeps a field's distance to what follows (stranger
 * walk, Gewerbeanzeige as a GbR at 320 px: the button sat directly against the next label). Every
 * list of these assistants, on every step their answers show, at 320 px.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/all.js';
import { assistants } from '../src/assistants/registry.js';
import * as feuerwehrFx from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import * as gewerbeanzeigeFx from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import * as hundesteuerFx from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import * as wohnungsgeberFx from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import type { Answers } from '../src/engine/types.js';
import { todayIso } from '../src/engine/walk.js';
import { q, qa, stepId, view, exampleConfig } from './drive.js';

type El = KommAssistant<unknown>;
const today = todayIso();

const cases: [string, Answers][] = [
  ['gewerbeanzeige', gewerbeanzeigeFx.gbrZweiGesellschafter(today)],
  ['hundesteuer', hundesteuerFx.anmeldungZweiHunde],
  ['feuerwehr-verdienstausfall', Object.values(feuerwehrFx.validAnswers(today))[0]!],
  ['wohnungsgeberbestaetigung', wohnungsgeberFx.einzugVermieter(today)],
];

describe('lists keep their distance to the next field', () => {
  let config: Record<string, unknown>;
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    config = await exampleConfig();
  });
  beforeEach(() => sessionStorage.clear());

  for (const [id, answers] of cases)
    it(`${id}: at least 16 px between a list's last button and the next field`, async () => {
      const tag = unsafeStatic(`komm-${id}`);
      const el = await fixture<El>(html`<${tag} draft="off" .config=${config}></${tag}>`);
      await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
      el.loadAnswers(answers);
      let checked = 0;
      for (const step of assistants[id]!.steps) {
        el.goTo(step.id);
        await el.updateComplete;
        if (view(el) !== 'step' || stepId(el) !== step.id) continue;
        for (const list of qa(el, '.list')) {
          const next = list.nextElementSibling;
          if (!next || next.getBoundingClientRect().height === 0) continue;
          const gap = next.getBoundingClientRect().top - list.getBoundingClientRect().bottom;
          expect(gap, `${step.id}: ${list.id} -> ${next.id || next.className}`).to.be.at.least(16);
          checked++;
        }
      }
      expect(checked, 'lists followed by a field').to.be.greaterThan(0);
    });
});
