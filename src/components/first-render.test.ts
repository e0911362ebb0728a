/**
 * First render (issue 5): while the config is still on its way, step 1 already shows its question
 * (inert, hidden from assistive technology, without "Weiter" and without `#step-title`), and the
 * element takes the config as before once it arrives. A first step that reads a municipal
 * parameter shows the loading line instead.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAssistant } from '../engine/define-assistant.js';
import { z } from '../engine/zod.js';
import '../assistants/hundesteuer/define.js';
import { KommAssistant } from './assistant-element.js';
import { holdConfig } from '../../test/hold-config.js';

const q = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);

describe('first render before the config arrives', () => {
  it('shows the first question at once, inert, and enables it when the config is there', async () => {
    const src = `/examples/config/dresden.json?first-render=${Date.now()}`;
    const held = holdConfig(src);
    try {
      const el = await fixture<KommAssistant>(
        html`<komm-hundesteuer draft="off" config-src=${src}></komm-hundesteuer>`,
      );
      await el.updateComplete;
      const legend = q(el, 'fieldset legend');
      expect(legend, 'first question before the config').to.exist;
      expect(legend!.textContent).to.contain('Ihr Anliegen');
      expect(legend!.checkVisibility()).to.equal(true);
      const form = q<HTMLFormElement>(el, 'form')!;
      expect(form.inert).to.equal(true);
      expect(form.getAttribute('aria-hidden')).to.equal('true');
      expect(q(el, '#step-title'), 'no #step-title while loading').to.equal(null);
      expect(q(el, '.nav button.primary'), 'no "Weiter" while loading').to.equal(null);
      expect(q(el, '[role="status"]:not(:empty)')!.textContent).to.contain('wird geladen');
      const before = legend;

      held.release();
      await waitUntil(() => q(el, '#step-title'), 'config not taken', { timeout: 5000 });
      await el.updateComplete;
      expect(q<HTMLFormElement>(el, 'form')!.inert).to.equal(false);
      expect(q(el, 'form')!.hasAttribute('aria-hidden')).to.equal(false);
      expect(q(el, 'fieldset legend'), 'the same DOM, now enabled').to.equal(before);
      q<HTMLButtonElement>(el, '.nav button.primary')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(q(el, '.error-summary')!.textContent).to.contain('Hund anmelden oder abmelden');
    } finally {
      held.restore();
    }
  });

  it('shows the loading line when the first step reads a municipal parameter', async () => {
    const def = defineAssistant({
      id: 'first-render-probe',
      version: '0.0.1',
      schemaVersion: '1',
      category: 'simple',
      referencePrefix: 'FRP',
      params: z.object({ noticeDays: z.number() }),
      messages: {
        de: { title: 'Probe', 'steps.s.title': 'Frage', 'when.label': 'Wann?' },
        en: { title: 'Probe', 'steps.s.title': 'Question', 'when.label': 'When?' },
      },
      steps: [
        {
          id: 's',
          fields: [
            {
              type: 'text',
              path: 'when',
              visibleWhen: (ctx) => (ctx.params as { noticeDays: number }).noticeDays > 0,
            },
          ],
        },
      ],
    });
    class Probe extends KommAssistant {
      static override definition = def;
    }
    Probe.define('komm-first-render-probe');
    const src = `/first-render-probe.json?${Date.now()}`;
    const held = holdConfig(src);
    const { error } = console;
    console.error = () => {}; // the probe's config does not exist: reported once released
    try {
      const el = await fixture<KommAssistant>(
        html`<komm-first-render-probe draft="off" config-src=${src}></komm-first-render-probe>`,
      );
      await el.updateComplete;
      expect(q(el, 'form')).to.equal(null);
      expect(q(el, '.loading')!.textContent).to.contain('wird geladen');
      held.release();
      await waitUntil(() => q(el, '.config-error'), 'no config error', { timeout: 5000 });
    } finally {
      held.restore();
      console.error = error;
    }
  });
});
