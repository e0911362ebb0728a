/**
 * `<komm-wohnungsgeberbestaetigung>` with the Dresden config (street directory and postal codes):
 * every step filled from a fixture, every step's error state, the review, the move-out that needs
 * no confirmation, a config error and English. Answers come from
 * `wohnungsgeberbestaetigung.fixtures.ts` only (the move date depends on today).
 */
import '../src/assistants/wohnungsgeberbestaetigung/define.js';
import {
  auszugAusland,
  einzugSelbst,
  einzugUntermiete,
  einzugVermieter,
  invalidByStep,
} from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
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
const einzug = einzugVermieter(today);
const auszug = auszugAusland(today);
const selbst = einzugSelbst(today);
const untermiete = einzugUntermiete(today);
const invalid = invalidByStep(today);

const meta: Meta<AssistantArgs> = {
  title: 'Assistenten/Wohnungsgeberbestätigung',
  component: 'komm-wohnungsgeberbestaetigung',
  // A Docs page from custom-elements.json (.storybook/docs-page.ts).
  tags: ['autodocs'],
  ...assistantMeta('komm-wohnungsgeberbestaetigung'),
};
export default meta;

export const Step1Art = stepStory('art', einzug);
export const Step1ArtAuszug = stepStory('art', auszug);
export const Step2Wohnung = stepStory('wohnung', einzug);
export const Step3Datum = stepStory('datum', einzug);
export const Step4Personen = stepStory('personen', einzug);
export const Step5Wohnungsgeber = stepStory('wohnungsgeber', einzug);
export const Step5Hausverwaltung = stepStory('wohnungsgeber', auszug);
export const Step5Untermiete = stepStory('wohnungsgeber', untermiete);
export const Step5Selbst = stepStory('wohnungsgeber', selbst);
export const Step6Erklaerungen = stepStory('erklaerungen', einzug);

export const Step1ArtErrors = errorStory('art', invalid['art']!.answers);
export const Step2WohnungErrors = errorStory('wohnung', invalid['wohnung']!.answers);
export const Step3DatumErrors = errorStory('datum', invalid['datum']!.answers);
export const Step3DatumLate = errorStory('datum', auszug);
export const Step4PersonenErrors = errorStory('personen', invalid['personen']!.answers);
export const Step5WohnungsgeberErrors = errorStory(
  'wohnungsgeber',
  invalid['wohnungsgeber']!.answers,
);
export const Step6ErklaerungenErrors = errorStory('erklaerungen', invalid['erklaerungen']!.answers);

export const Review = reviewStory(einzug);
export const ReviewHausverwaltung = reviewStory(auszug);

export const ConfigError = configErrorStory();

export const EnglishStep = story('lang', { lang: 'en', step: 'art', answers: auszug });
export const EnglishErrors = story('lang', {
  lang: 'en',
  step: 'wohnung',
  answers: invalid['wohnung']!.answers,
  showErrors: true,
});
export const EnglishReview = story('lang', { lang: 'en', step: 'review', answers: auszug });

/** What a citizen sees first, and what sending shows: in progress, refused, confirmed. */
export const Empty = emptyStory();
export const Sending = sendingStory(einzug);
export const SendFailed = sendFailedStory(einzug);
export const Confirmation = confirmationStory(einzug);
export const EnglishEmpty = story('lang', { lang: 'en' });
export const EnglishConfirmation = confirmationStory(einzug, { lang: 'en' });
