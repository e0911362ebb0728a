// What a Brauchtumsfeuer or a Wohnungsgeberbestätigung sends is an "Anmeldung" / a "Bestätigung",
// not an "Antrag": no text the citizen can see says otherwise, including the shared texts while
// and after sending ("Ihr Antrag konnte nicht gesendet werden") and the email hint ("For
// questions about your application"). Stranger walk, 320 px, de and en. Feuerwehr-Verdienstausfall
// is an Antrag in German but a "claim" throughout its English texts, so no English text of it
// says "application" either. The one exception is
// Brauchtumsfeuer's procedure text for a municipality that requires a permit, which is an Antrag.
// The Wohnungsgeberbestätigung's confirmation names the office without a verb (plural offices
// read "Bürgerbüros … hat") and its assignment code serves a move-out too (an Abmeldung).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../components/messages.js';
import { createTranslator } from '../engine/messages.js';
import type { Lang, Messages } from '../engine/types.js';
import { messages as brauchtumsfeuer } from './brauchtumsfeuer/brauchtumsfeuer.messages.js';
import { messages as feuerwehr } from './feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.messages.js';
import { messages as wohnungsgeber } from './wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.messages.js';

const CASES: [string, Record<Lang, Messages>, string[], Lang[]][] = [
  ['brauchtumsfeuer', brauchtumsfeuer, ['procedureAntrag.text'], ['de', 'en']],
  ['wohnungsgeberbestaetigung', wohnungsgeber, [], ['de', 'en']],
  // An "Antrag" in German, a "claim" throughout the English texts.
  ['feuerwehr-verdienstausfall', feuerwehr, [], ['en']],
];
const WRONG: Record<Lang, RegExp> = { de: /Antrag|beantrag/i, en: /application|apply/i };

for (const [id, messages, allowed, langs] of CASES)
  for (const lang of langs)
    it(`${id} (${lang}): no text calls what is sent an application`, () => {
      const tr = createTranslator(lang, [messages, uiMessages]);
      const keys = new Set([...Object.keys(uiMessages[lang]), ...Object.keys(messages[lang])]);
      const wrong = [...keys]
        .filter((k) => !allowed.includes(k))
        .map((k) => [k, tr.t(k, { office: 'Bürgerbüros', n: 1, max: 3 })] as const)
        .filter(([, text]) => WRONG[lang].test(text));
      assert.deepEqual(wrong, []);
    });

it('wohnungsgeberbestaetigung: the confirmation page reads for plural offices and move-outs', () => {
  const de = createTranslator('de', [wohnungsgeber, uiMessages]);
  const en = createTranslator('en', [wohnungsgeber, uiMessages]);
  const office = 'Landeshauptstadt Dresden, Bürgerbüros (Meldebehörde)';
  assert.doesNotMatch(de.t('ui.confirmation.nextText', { office }), /\) hat /);
  assert.doesNotMatch(en.t('ui.confirmation.nextText', { office }), /\) has /);
  assert.match(de.t('ui.confirmation.assignmentCodeText'), /abmelden/);
  assert.match(en.t('ui.confirmation.assignmentCodeText'), /deregister/);
});
