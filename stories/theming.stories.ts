/**
 * The ready themes (`theme="kontrast"`, `theme="dunkel"`) and a municipality's own primary colour
 * (`--komm-color-primary`), each on an error state (error colours, links, focus) and on the review.
 */
import '../src/assistants/hundesteuer/define.js';
import {
  anmeldungZweiHunde,
  invalidByStep,
} from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import type { Meta } from '@storybook/web-components-vite';
import { assistantMeta, type AssistantArgs, story } from './assistant-story.js';

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
