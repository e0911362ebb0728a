/**
 * A link-styled button whose text wraps starts its lines at the left like a link (stranger walk
 * at 320 px: "Antworten als Datei speichern" wrapped centred, as a button's text does, beside
 * "Aus Datei fortsetzen" at the left).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../src/assistants/hundesteuer/define.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import { q, qa, exampleConfig } from './drive.js';

describe('link-styled buttons', () => {
  it('wrap from the left, like links', async () => {
    const config = await exampleConfig();
    const box = await fixture<HTMLElement>(
      html`<div style="width: 130px; font-family: sans-serif">
        <komm-hundesteuer draft="off" .config=${config}></komm-hundesteuer>
      </div>`,
    );
    const el = box.firstElementChild as KommAssistant<unknown>;
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    const links = qa(el, '.files > button.link');
    expect(links.length).to.be.greaterThan(0);
    let wrapped = 0;
    for (const button of links) {
      const range = document.createRange();
      range.selectNodeContents(button);
      const lines = [...range.getClientRects()];
      if (lines.length < 2) continue;
      wrapped++;
      const left = button.getBoundingClientRect().left;
      for (const line of lines)
        expect(line.left - left, `"${button.textContent?.trim()}"`).to.be.below(2);
    }
    expect(wrapped, 'a wrapped link button').to.be.greaterThan(0);
  });
});
