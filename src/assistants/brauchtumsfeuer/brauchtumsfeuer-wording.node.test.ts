// What Brauchtumsfeuer sends is an "Anmeldung" (title, send button, confirmation heading): the
// texts around the sending name it so too, not "Antrag" (stranger walk: the confirmation read
// "Ihre Anmeldung wurde gesendet" over "Zuständig für Ihren Antrag", the consent step "zur
// Bearbeitung dieses Antrags").
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { createTranslator } from '../../engine/messages.js';
import { messages } from './brauchtumsfeuer.messages.js';

const KEYS = [
  'ui.review.lead',
  'ui.nav.submit',
  'ui.confirmation.title',
  'ui.confirmation.nextText',
  'fields.privacyNotice.text',
];

it('brauchtumsfeuer: the texts around sending say "Anmeldung" / "registration"', () => {
  const de = createTranslator('de', [messages, uiMessages]);
  const en = createTranslator('en', [messages, uiMessages]);
  for (const key of KEYS) {
    const textDe = de.t(key, { office: 'Ordnungsamt' });
    const textEn = en.t(key, { office: 'Ordnungsamt' });
    assert.match(textDe, /Anmeldung/, `${key} (de): "${textDe}"`);
    assert.doesNotMatch(textDe, /Antrag/, `${key} (de): "${textDe}"`);
    assert.match(textEn, /registration/, `${key} (en): "${textEn}"`);
    assert.doesNotMatch(textEn, /application/, `${key} (en): "${textEn}"`);
  }
});
