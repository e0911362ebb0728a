/**
 * The ready themes (`theme="kontrast"`, `theme="dunkel"`) and a municipality's own primary colour
 * (`--komm-color-primary`), each on an error state (error colours, links, focus) and on the review.
 */
import '../src/assistants/hundesteuer/define.js';
import {
  anmeldungZweiHunde,
  invalidByStep,
} from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, spyOn, waitFor } from 'storybook/test';
import {
  assistantMeta,
  type AssistantArgs,
  prepareAssistant,
  renderAssistant,
  story,
} from './assistant-story.js';

/** The calls of a spied console method. */
const vi = (f: (...a: unknown[]) => void) =>
  (f as unknown as { mock: { calls: unknown[][] } }).mock.calls;

const meta: Meta<AssistantArgs> = {
  title: 'Theming',
  component: 'komm-hundesteuer',
  ...assistantMeta('komm-hundesteuer'),
};
export default meta;

const errors = { step: 'halter', answers: invalidByStep.halter.answers, showErrors: true };
const review = { step: 'review', answers: anmeldungZweiHunde };
// The canvas behind the dark theme is dark too, as on a page that offers a dark mode.
const darkCanvas = { backgrounds: { options: { dunkel: { name: 'Dunkel', value: '#15191c' } } } };

export const Kontrast = story('theme', { theme: 'kontrast', ...errors });
export const KontrastReview = story('theme', { theme: 'kontrast', ...review });

export const Dunkel = {
  ...story('theme', { theme: 'dunkel', ...errors }, darkCanvas),
  globals: { backgrounds: { value: 'dunkel' } },
};
export const DunkelReview = {
  ...story('theme', { theme: 'dunkel', ...review }, darkCanvas),
  globals: { backgrounds: { value: 'dunkel' } },
};

/** A municipality's own colour: buttons, links and focus accents follow `--komm-color-primary`. */
export const EigeneHauptfarbe = story('theme', { primaryColor: '#7a1f5c', ...errors });
export const EigeneHauptfarbeReview = story('theme', { primaryColor: '#7a1f5c', ...review });

/**
 * Development builds warn once when the tokens in effect fail a contrast pair (issue 10; the same
 * pairs as `npx komm-theme check`). Here control borders at 1.3:1 on two elements: one warning
 * naming the pair, not two. Production bundles have no such code (test/dev-contrast.node.test.ts).
 */
export const KontrastWarnungImEntwicklungsbuild: StoryObj<AssistantArgs> = {
  args: { step: 'halter', answers: anmeldungZweiHunde },
  parameters: { komm: { state: 'theme', step: 'halter' } },
  beforeEach: () => {
    const warn = spyOn(console, 'warn');
    return () => warn.mockRestore();
  },
  render: (args, context) => {
    const one = renderAssistant('komm-hundesteuer');
    const bad = '--komm-color-border: #e4e4e4';
    return html`<div style=${bad}>${one(args, context)}</div>
      <div style=${bad}>${one(args, context)}</div>`;
  },
  play: async ({ canvasElement, args }) => {
    await prepareAssistant(canvasElement, 'komm-hundesteuer', args);
    const warnings = () =>
      vi(console.warn).filter((a) => String(a[0]).includes('too little contrast'));
    await waitFor(() => expect(warnings()).toHaveLength(1), { timeout: 5000 });
    const text = String(warnings()[0]![0]);
    await expect(text).toContain('<komm-hundesteuer>');
    await expect(text).toContain('control border on surface');
    await expect(text).toContain('npx komm-theme check');
    await expect(text).not.toContain('text on surface:');
  },
};
