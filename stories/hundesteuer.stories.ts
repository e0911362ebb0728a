/**
 * `<komm-hundesteuer>` with the Dresden config: every step filled from a fixture, every step's
 * error state, the review, a config error and English; Leipzig's chip reduction. Answers come from
 * `hundesteuer.fixtures.ts` only.
 */
import '../src/assistants/hundesteuer/define.js';
import {
  abmeldung,
  anmeldungBefreiung,
  anmeldungGefaehrlich,
  anmeldungLeipzig,
  anmeldungZweiHunde,
  invalidByStep,
} from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import type { Meta } from '@storybook/web-components-vite';
import {
  assistantMeta,
  type AssistantArgs,
  configErrorStory,
  confirmationStory,
  emptyStory,
  errorStory,
  offlineStory,
  reviewStory,
  sendFailedStory,
  sendingStory,
  stepStory,
  story,
} from './assistant-story.js';

const meta: Meta<AssistantArgs> = {
  title: 'Assistenten/Hundesteuer',
  component: 'komm-hundesteuer',
  // A Docs page from custom-elements.json (.storybook/docs-page.ts).
  tags: ['autodocs'],
  ...assistantMeta('komm-hundesteuer'),
};
export default meta;

export const Step1Anliegen = stepStory('anliegen', anmeldungZweiHunde);
export const Step2Halter = stepStory('halter', anmeldungZweiHunde);
export const Step3Hunde = stepStory('hunde', anmeldungZweiHunde);
export const Step4Gefahr = stepStory('gefahr', anmeldungGefaehrlich);
export const Step5Verguenstigung = stepStory('verguenstigung', anmeldungBefreiung);
export const Step6Zahlung = stepStory('zahlung', anmeldungZweiHunde);
export const Step7Abmeldung = stepStory('abmeldung', abmeldung);
export const Step8Erklaerungen = stepStory('erklaerungen', anmeldungZweiHunde);

export const Step1AnliegenErrors = errorStory('anliegen', invalidByStep.anliegen.answers);
export const Step2HalterErrors = errorStory('halter', invalidByStep.halter.answers);
export const Step3HundeErrors = errorStory('hunde', invalidByStep.hunde.answers);
export const Step4GefahrErrors = errorStory('gefahr', invalidByStep.gefahr.answers);
export const Step5VerguenstigungErrors = errorStory(
  'verguenstigung',
  invalidByStep.verguenstigung.answers,
);
export const Step6ZahlungErrors = errorStory('zahlung', invalidByStep.zahlung.answers);
export const Step7AbmeldungErrors = errorStory('abmeldung', invalidByStep.abmeldung.answers);
export const Step8ErklaerungenErrors = errorStory(
  'erklaerungen',
  invalidByStep.erklaerungen.answers,
);

export const Review = reviewStory(anmeldungZweiHunde);
export const ReviewAbmeldung = reviewStory(abmeldung);

/** Leipzig (statute 2026): the chip consent per dog, and the review with each reduction. */
export const LeipzigStep3Hunde = story('step', {
  municipality: 'leipzig',
  step: 'hunde',
  answers: anmeldungLeipzig,
});
export const LeipzigReview = story('review', {
  municipality: 'leipzig',
  step: 'review',
  answers: anmeldungLeipzig,
});

export const ConfigError = configErrorStory();

export const EnglishStep = story('lang', {
  lang: 'en',
  step: 'hunde',
  answers: anmeldungZweiHunde,
});
export const EnglishErrors = story('lang', {
  lang: 'en',
  step: 'halter',
  answers: invalidByStep.halter.answers,
  showErrors: true,
});
export const EnglishReview = story('lang', {
  lang: 'en',
  step: 'review',
  answers: anmeldungZweiHunde,
});

/** What a citizen sees first, and what sending shows: in progress, refused, confirmed. */
export const Empty = emptyStory();
export const Sending = sendingStory(anmeldungZweiHunde);
export const SendFailed = sendFailedStory(anmeldungZweiHunde);
export const Confirmation = confirmationStory(anmeldungZweiHunde);
export const EnglishEmpty = story('lang', { lang: 'en' });

/** "Absenden" without a reachable hub: saved on this device, sent automatically later. */
export const Offline = offlineStory(anmeldungZweiHunde);
export const EnglishOffline = offlineStory(anmeldungZweiHunde, { lang: 'en' });
export const EnglishConfirmation = confirmationStory(anmeldungZweiHunde, { lang: 'en' });
