/**
 * For the layout tests at 320 px: `komm-<id>` in a 240 px column of a sans-serif page (a CMS
 * column on a 320 px screen), walked through every step its definition has, from a fixture's
 * answers where one is given; `visit` checks each step shown and says how many things it checked.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { assistants } from '../src/assistants/registry.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import type { Answers } from '../src/engine/types.js';
import { q, stepId, view } from './drive.js';

export async function everyStepInColumn(
  id: string,
  lang: string,
  config: Record<string, unknown>,
  answers: Answers | undefined,
  visit: (el: KommAssistant<unknown>, step: string) => number,
): Promise<number> {
  const tag = unsafeStatic(`komm-${id}`);
  const box = await fixture<HTMLElement>(
    html`<div style="width: 240px; font-family: sans-serif"><${tag} draft="off" lang=${lang} .config=${config}></${tag}></div>`,
  );
  const el = box.firstElementChild as KommAssistant<unknown>;
  await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
  if (answers) el.loadAnswers(answers);
  let checked = 0;
  for (const step of assistants[id]!.steps) {
    el.goTo(step.id);
    await el.updateComplete;
    if (view(el) !== 'step' || stepId(el) !== step.id) continue;
    checked += visit(el, step.id);
  }
  return checked;
}
