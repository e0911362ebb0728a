/**
 * `<komm-feuerwehr-verdienstausfall>` with the Dresden config: every step filled from a fixture,
 * every step's error state (the public employer's stop among them), both reviews, Leipzig without
 * a unit list, a config error and English. Answers come from
 * `feuerwehr-verdienstausfall.fixtures.ts` only (the deadline counts from today).
 */
import '../src/assistants/feuerwehr-verdienstausfall/define.js';
import {
  arbeitgeber,
  invalidByStep,
  selbststaendig,
} from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import { todayIso } from '../src/engine/walk.js';
import type { Meta } from '@storybook/web-components-vite';
import {
  assistantMeta,
  type AssistantArgs,
  configErrorStory,
  confirmationStory,
  emptyStory,
  errorStory,
  reviewStory,
  sendFailedStory,
  sendingStory,
  stepStory,
  story,
} from './assistant-story.js';

const today = todayIso();
const employer = arbeitgeber(today);
const self = selbststaendig(today);
const invalid = invalidByStep(today);

const meta: Meta<AssistantArgs> = {
  title: 'Assistenten/Feuerwehr-Verdienstausfall',
  component: 'komm-feuerwehr-verdienstausfall',
  // A Docs page from custom-elements.json (.storybook/docs-page.ts).
  tags: ['autodocs'],
  ...assistantMeta('komm-feuerwehr-verdienstausfall'),
};
export default meta;

export const Step1Antrag = stepStory('antrag', employer);
export const Step2Arbeitgeber = stepStory('arbeitgeber', employer);
export const Step3Mitarbeiter = stepStory('mitarbeiter', employer);
export const Step2Selbststaendig = stepStory('selbststaendig', self);
export const Step4Einsaetze = stepStory('einsaetze', employer);
export const Step4EinsaetzeNacht = stepStory('einsaetze', self);
export const Step5Lohn = stepStory('lohn', employer);
export const Step5Verdienst = stepStory('verdienst', self);
export const Step6Bank = stepStory('bank', employer);
export const Step7Erklaerungen = stepStory('erklaerungen', employer);

export const Step1AntragOeffentlicherArbeitgeber = errorStory('antrag', invalid.antrag.answers);
export const Step2ArbeitgeberErrors = errorStory('arbeitgeber', invalid.arbeitgeber.answers);
export const Step3MitarbeiterErrors = errorStory('mitarbeiter', invalid.mitarbeiter.answers);
export const Step2SelbststaendigErrors = errorStory(
  'selbststaendig',
  invalid.selbststaendig.answers,
);
export const Step4EinsaetzeErrors = errorStory('einsaetze', invalid.einsaetze.answers);
export const Step5LohnErrors = errorStory('lohn', invalid.lohn.answers);
export const Step5VerdienstErrors = errorStory('verdienst', invalid.verdienst.answers);
export const Step6BankErrors = errorStory('bank', invalid.bank.answers);
export const Step7ErklaerungenErrors = errorStory('erklaerungen', invalid.erklaerungen.answers);

export const ReviewArbeitgeber = reviewStory(employer);
export const ReviewSelbststaendig = reviewStory(self);

/** Leipzig lists no units: the unit is typed. */
export const LeipzigMitarbeiter = story('step', {
  municipality: 'leipzig',
  step: 'mitarbeiter',
  answers: employer,
});

export const ConfigError = configErrorStory();

export const EnglishStep = story('lang', { lang: 'en', step: 'einsaetze', answers: self });
export const EnglishErrors = story('lang', {
  lang: 'en',
  step: 'einsaetze',
  answers: invalid.einsaetze.answers,
  showErrors: true,
});
export const EnglishReview = story('lang', { lang: 'en', step: 'review', answers: self });

/** What a citizen sees first, and what sending shows: in progress, refused, confirmed. */
export const Empty = emptyStory();
export const Sending = sendingStory(employer);
export const SendFailed = sendFailedStory(employer);
export const Confirmation = confirmationStory(employer);
export const EnglishEmpty = story('lang', { lang: 'en' });
export const EnglishConfirmation = confirmationStory(employer, { lang: 'en' });
