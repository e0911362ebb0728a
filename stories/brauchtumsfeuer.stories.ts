/**
 * `<komm-brauchtumsfeuer>` with the Dresden config: every step filled from a fixture, every
 * step's error state, the review, a config error and English. Answers come from
 * `brauchtumsfeuer.fixtures.ts` only (they depend on today: the fire lies beyond the notice period).
 */
import '../src/assistants/brauchtumsfeuer/define.js';
import {
  flurstueckVariante,
  hexenfeuerPrivatperson,
  invalidByStep,
  osterfeuerVerein,
} from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
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
const verein = osterfeuerVerein(today);
const privat = hexenfeuerPrivatperson(today);
const flurstueck = flurstueckVariante(today);
const invalid = invalidByStep(today);

const meta: Meta<AssistantArgs> = {
  title: 'Assistenten/Brauchtumsfeuer',
  component: 'komm-brauchtumsfeuer',
  // A Docs page from custom-elements.json (.storybook/docs-page.ts).
  tags: ['autodocs'],
  ...assistantMeta('komm-brauchtumsfeuer'),
};
export default meta;

export const Step1Anlass = stepStory('anlass', verein);
export const Step2Veranstalter = stepStory('veranstalter', verein);
export const Step3Verantwortlich = stepStory('verantwortlich', privat);
export const Step4Ort = stepStory('ort', flurstueck);
export const Step5Termin = stepStory('termin', flurstueck);
export const Step6Feuer = stepStory('feuer', verein);
export const Step7Sicherheit = stepStory('sicherheit', verein);
export const Step8Erklaerungen = stepStory('erklaerungen', verein);

export const Step1AnlassErrors = errorStory('anlass', invalid['anlass']!.answers);
export const Step2VeranstalterErrors = errorStory('veranstalter', invalid['veranstalter']!.answers);
export const Step3VerantwortlichErrors = errorStory(
  'verantwortlich',
  invalid['verantwortlich']!.answers,
);
export const Step4OrtErrors = errorStory('ort', invalid['ort']!.answers);
export const Step5TerminErrors = errorStory('termin', invalid['termin']!.answers);
export const Step6FeuerErrors = errorStory('feuer', invalid['feuer']!.answers);
export const Step7SicherheitErrors = errorStory('sicherheit', invalid['sicherheit']!.answers);
export const Step8ErklaerungenErrors = errorStory('erklaerungen', invalid['erklaerungen']!.answers);

export const Review = reviewStory(verein);
export const ReviewFlurstueck = reviewStory(flurstueck);

export const ConfigError = configErrorStory();

export const EnglishStep = story('lang', { lang: 'en', step: 'termin', answers: verein });
export const EnglishErrors = story('lang', {
  lang: 'en',
  step: 'sicherheit',
  answers: invalid['sicherheit']!.answers,
  showErrors: true,
});
export const EnglishReview = story('lang', { lang: 'en', step: 'review', answers: verein });

/** What a citizen sees first, and what sending shows: in progress, refused, confirmed. */
export const Empty = emptyStory();
export const Sending = sendingStory(verein);
export const SendFailed = sendFailedStory(verein);
export const Confirmation = confirmationStory(verein);
export const EnglishEmpty = story('lang', { lang: 'en' });
export const EnglishConfirmation = confirmationStory(verein, { lang: 'en' });
