/**
 * `<komm-urkunden>` with the Dresden config (15 € / 7 €, free of charge for the pension
 * insurance): every step filled from a fixture and each branch (birth, marriage, death, register
 * printout, partnership), every step's error state, the review with its fee lines (29 €, exempt),
 * a config error and English. Answers come from `urkunden.fixtures.ts` only.
 */
import '../src/assistants/urkunden/define.js';
import {
  eheRente,
  geburtSelbst,
  invalidByStep,
  lebenspartnerschaftSelbst,
  registerausdruckErbe,
  sterbeKind,
} from '../src/assistants/urkunden/urkunden.fixtures.js';
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

const invalid = invalidByStep(todayIso());

const meta: Meta<AssistantArgs> = {
  title: 'Assistenten/Urkunden',
  component: 'komm-urkunden',
  // A Docs page from custom-elements.json (.storybook/docs-page.ts).
  tags: ['autodocs'],
  ...assistantMeta('komm-urkunden'),
};
export default meta;

export const Step1Urkunde = stepStory('urkunde', geburtSelbst);
export const Step1Registerausdruck = stepStory('urkunde', registerausdruckErbe);
export const Step2EintragGeburt = stepStory('eintrag', geburtSelbst);
export const Step2EintragEhe = stepStory('eintrag', eheRente);
export const Step2EintragSterbefall = stepStory('eintrag', sterbeKind);
export const Step2EintragLebenspartnerschaft = stepStory('eintrag', lebenspartnerschaftSelbst);
export const Step3Antragsteller = stepStory('antragsteller', geburtSelbst);
export const Step4Berechtigung = stepStory('berechtigung', geburtSelbst);
export const Step4BerechtigungInteresse = stepStory('berechtigung', registerausdruckErbe);
export const Step5Zweck = stepStory('zweck', geburtSelbst);
export const Step5ZweckGebuehrenfrei = stepStory('zweck', eheRente);
export const Step5ZweckAusland = stepStory('zweck', sterbeKind);
export const Step6Zustellung = stepStory('zustellung', geburtSelbst);
export const Step6ZustellungAndereAnschrift = stepStory('zustellung', sterbeKind);
export const Step7Erklaerungen = stepStory('erklaerungen', geburtSelbst);

export const Step1UrkundeErrors = errorStory('urkunde', invalid['urkunde']!.answers);
export const Step2EintragErrors = errorStory('eintrag', invalid['eintrag']!.answers);
export const Step2EintragArchiv = errorStory('eintrag', { ...sterbeKind, eventDate: '1990-01-01' });
export const Step3AntragstellerErrors = errorStory(
  'antragsteller',
  invalid['antragsteller']!.answers,
);
export const Step4BerechtigungErrors = errorStory('berechtigung', invalid['berechtigung']!.answers);
export const Step5ZweckErrors = errorStory('zweck', invalid['zweck']!.answers);
export const Step6ZustellungErrors = errorStory('zustellung', invalid['zustellung']!.answers);
export const Step7ErklaerungenErrors = errorStory('erklaerungen', invalid['erklaerungen']!.answers);

export const Review = reviewStory(geburtSelbst);
export const ReviewGebuehrenfrei = reviewStory(eheRente);
export const ReviewAndereAnschrift = reviewStory(sterbeKind);

export const ConfigError = configErrorStory();

export const EnglishStep = story('lang', {
  lang: 'en',
  step: 'berechtigung',
  answers: registerausdruckErbe,
});
export const EnglishErrors = story('lang', {
  lang: 'en',
  step: 'eintrag',
  answers: invalid['eintrag']!.answers,
  showErrors: true,
});
export const EnglishReview = story('lang', { lang: 'en', step: 'review', answers: geburtSelbst });

/** What a citizen sees first, and what sending shows: in progress, refused, confirmed. */
export const Empty = emptyStory();
export const Sending = sendingStory(geburtSelbst);
export const SendFailed = sendFailedStory(geburtSelbst);
export const Confirmation = confirmationStory(geburtSelbst);
export const EnglishEmpty = story('lang', { lang: 'en' });
export const EnglishConfirmation = confirmationStory(geburtSelbst, { lang: 'en' });
