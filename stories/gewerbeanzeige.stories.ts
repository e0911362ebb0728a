/**
 * `<komm-gewerbeanzeige>` with the Dresden config: every step filled from a fixture and each
 * branch (sole trader, GbR with two partners, GmbH with register, Ummeldung, Abmeldung, non-EU
 * national, craft business), every step's error state, the review with fee and recipients, a
 * config error and English. Answers come from `gewerbeanzeige.fixtures.ts` only.
 */
import '../src/assistants/gewerbeanzeige/define.js';
import * as fx from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
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
const invalid = fx.invalidByStep(today);
const sole = fx.einzelunternehmenAnmeldung(today);
const gbr = fx.gbrZweiGesellschafter(today);
const gmbh = fx.gmbhGaststaette(today);
const umm = fx.ummeldungVerlegung(today);
const abm = fx.abmeldungAufgabe(today);
const nonEu = fx.drittstaatAnmeldung(today);
const craft = fx.handwerkAnmeldung(today);

const meta: Meta<AssistantArgs> = {
  title: 'Assistenten/Gewerbeanzeige',
  component: 'komm-gewerbeanzeige',
  // A Docs page from custom-elements.json (.storybook/docs-page.ts).
  tags: ['autodocs'],
  ...assistantMeta('komm-gewerbeanzeige'),
};
export default meta;

export const Step1Anzeige = stepStory('anzeige', sole);
export const Step2Einzelunternehmen = stepStory('unternehmen', sole);
export const Step2GmbH = stepStory('unternehmen', gmbh);
export const Step2GbR = stepStory('unternehmen', gbr);
export const Step3Person = stepStory('personen', sole);
export const Step3GbRZweiGesellschafter = stepStory('personen', gbr);
export const Step3Drittstaat = stepStory('personen', nonEu);
export const Step4Betrieb = stepStory('betrieb', sole);
export const Step5Taetigkeit = stepStory('taetigkeit', sole);
export const Step5TaetigkeitAbmeldung = stepStory('taetigkeit', abm);
export const Step6Erlaubnisse = stepStory('erlaubnisse', gmbh);
export const Step6Handwerk = stepStory('erlaubnisse', craft);
export const Step7Ummeldung = stepStory('ummeldung', umm);
export const Step8Abmeldung = stepStory('abmeldung', abm);
export const Step9Nachweise = stepStory('nachweise', gmbh);
export const Step10Erklaerungen = stepStory('erklaerungen', sole);

export const Step1AnzeigeErrors = errorStory('anzeige', invalid['anzeige']!.answers);
export const Step2UnternehmenErrors = errorStory('unternehmen', invalid['unternehmen']!.answers);
export const Step3PersonenErrors = errorStory('personen', invalid['personen']!.answers);
export const Step4BetriebErrors = errorStory('betrieb', invalid['betrieb']!.answers);
export const Step5TaetigkeitErrors = errorStory('taetigkeit', invalid['taetigkeit']!.answers);
export const Step6ErlaubnisseErrors = errorStory('erlaubnisse', invalid['erlaubnisse']!.answers);
export const Step7UmmeldungErrors = errorStory('ummeldung', invalid['ummeldung']!.answers);
export const Step8AbmeldungErrors = errorStory('abmeldung', invalid['abmeldung']!.answers);
export const Step9NachweiseErrors = errorStory('nachweise', invalid['nachweise']!.answers);
export const Step10ErklaerungenErrors = errorStory(
  'erklaerungen',
  invalid['erklaerungen']!.answers,
);

export const Review = reviewStory(sole);
export const ReviewGbR = reviewStory(gbr);
export const ReviewGmbH = reviewStory(gmbh);

export const ConfigError = configErrorStory();

export const EnglishStep = story('lang', { lang: 'en', step: 'personen', answers: gbr });
export const EnglishErrors = story('lang', {
  lang: 'en',
  step: 'taetigkeit',
  answers: invalid['taetigkeit']!.answers,
  showErrors: true,
});
export const EnglishReview = story('lang', { lang: 'en', step: 'review', answers: gmbh });

/** What a citizen sees first, and what sending shows: in progress, refused, confirmed. */
export const Empty = emptyStory();
export const Sending = sendingStory(sole);
export const SendFailed = sendFailedStory(sole);
export const Confirmation = confirmationStory(sole);
export const EnglishEmpty = story('lang', { lang: 'en' });
export const EnglishConfirmation = confirmationStory(sole, { lang: 'en' });
