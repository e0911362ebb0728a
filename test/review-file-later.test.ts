/**
 * A document the citizen sends later (not uploaded, where the upload was one way among others)
 * reads "Nicht hochgeladen – wird nachgereicht" on the review, not "Nicht angegeben" as if it
 * were missing; other questions left empty still read "Nicht angegeben".
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { KommAssistant } from '../src/components/assistant-element.js';
import '../src/assistants/feuerwehr-verdienstausfall/define.js';
import '../src/assistants/urkunden/define.js';
import * as fw from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import * as urk from '../src/assistants/urkunden/urkunden.fixtures.js';
import { exampleConfig, q, qa } from './drive.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function reviewRows(tag: 'feuerwehr' | 'urkunden', lang: string, answers: object) {
  const config = await exampleConfig();
  const el = await fixture<KommAssistant<unknown>>(
    tag === 'feuerwehr'
      ? html`<komm-feuerwehr-verdienstausfall
          lang=${lang}
          draft="off"
          .config=${config}
        ></komm-feuerwehr-verdienstausfall>`
      : html`<komm-urkunden lang=${lang} draft="off" .config=${config}></komm-urkunden>`,
  );
  await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
  el.loadAnswers(answers as never);
  el.goTo('review');
  await el.updateComplete;
  return new Map(
    qa(el, '.review-row').map((r) => [text(r.querySelector('dt')), text(r.querySelector('dd'))]),
  );
}

describe('review: a document sent later says so', () => {
  for (const [lang, label, later] of [
    ['de', 'Ihr Nachweis', 'Nicht hochgeladen – wird nachgereicht'],
    ['en', 'Your proof', 'Not uploaded – to be sent later'],
  ] as const)
    it(`(${lang}) Feuerwehr: the proof sent separately reads "${later}"`, async () => {
      const rows = await reviewRows('feuerwehr', lang, fw.selbststaendig());
      expect(rows.get(label)).to.equal(later);
    });

  for (const [lang, label, later] of [
    ['de', 'Nachweis Ihres rechtlichen Interesses', 'Nicht hochgeladen – wird nachgereicht'],
    ['en', 'Proof of your legal interest', 'Not uploaded – to be sent later'],
  ] as const)
    it(`(${lang}) Urkunden: the proof of legal interest sent later reads "${later}"`, async () => {
      const rows = await reviewRows('urkunden', lang, urk.registerausdruckErbe);
      expect(rows.get(label)).to.equal(later);
    });
});
