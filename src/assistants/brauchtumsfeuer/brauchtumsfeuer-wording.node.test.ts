// What Brauchtumsfeuer sends is an "Anmeldung" (title, send button, confirmation heading): the
// texts around the sending name it so too, not "Antrag" (stranger walk: the confirmation read
// "Ihre Anmeldung wurde gesendet" over "Zuständig für Ihren Antrag", the consent step "zur
// Bearbeitung dieses Antrags").
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { createTranslator } from '../../engine/messages.js';
import { messages } from './brauchtumsfeuer.messages.js';
import { privacy } from './brauchtumsfeuer.privacy.js';

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

// One term everywhere: legally the town's police ordinance makes it an Anzeige (notice) or an
// Antrag (permit with a decision; domain catalogue §4, `procedureType`). "Anmeldung" is true of
// both; the intro for towns with a permit said "Stellen Sie den Antrag" beside the "Anmeldung".
it('brauchtumsfeuer: no text calls what is sent an "Antrag" / "application" or "Anzeige"', () => {
  for (const lang of ['de', 'en'] as const) {
    const tr = createTranslator(lang, [messages, uiMessages]);
    const keys = new Set([...Object.keys(uiMessages[lang]), ...Object.keys(messages[lang]!)]);
    for (const key of keys) {
      const text = tr.t(key);
      const other = lang === 'de' ? /Antrag|beantrag|Anzeige|anzeigen/i : /appl(y|ication)|notif/i;
      // Fireworks are another procedure (explosives law), which the text tells apart.
      if (key === 'fireworksInfo.text') assert.match(text, /Diese Anmeldung|This registration/);
      else assert.doesNotMatch(text, other, `${key} (${lang}): "${text}"`);
    }
  }
});

it('brauchtumsfeuer: only the intro for towns with a permit speaks of a permit and a decision', () => {
  const vars = { noticeDays: 14, ordinanceUrl: 'https://example.org/pvo' };
  const de = createTranslator('de', [messages, uiMessages]);
  const en = createTranslator('en', [messages, uiMessages]);
  assert.equal(
    de.t('procedureAntrag.text', vars),
    'Für ein Brauchtumsfeuer brauchen Sie eine Erlaubnis. Mit dieser Anmeldung bitten Sie darum. Melden Sie das Feuer mindestens 14 Tage vorher an. Sie erhalten danach einen Bescheid. Die Regeln Ihrer Gemeinde stehen in der Polizeiverordnung: https://example.org/pvo',
  );
  assert.equal(
    en.t('procedureAntrag.text', vars),
    'You need a permit for a traditional bonfire. With this registration you ask for it. Register the fire at least 14 days in advance. You will then receive a decision. Your municipality’s rules are in its police ordinance: https://example.org/pvo',
  );
  assert.match(
    de.t('procedureAnzeige.text', vars),
    /^Melden Sie ein Brauchtumsfeuer mindestens 14/,
  );
  assert.doesNotMatch(de.t('procedureAnzeige.text', vars), /Erlaubnis|Bescheid/);
  assert.match(en.t('procedureAnzeige.text', vars), /^Register a traditional bonfire at least 14/);
  assert.doesNotMatch(en.t('procedureAnzeige.text', vars), /permit|decision/);
});

it('brauchtumsfeuer: the privacy facts name the Anmeldung and both legal forms', () => {
  assert.match(
    privacy.purpose,
    /^Anmeldung .*\(je nach Polizeiverordnung eine Anzeige oder ein Antrag auf Erlaubnis\)/,
  );
  assert.match(
    privacy.en!.purpose!,
    /^Registration .*\(depending on the police ordinance a notification or an application for permission\)/,
  );
  assert.match(privacy.obligation, /verlangt die Anmeldung/);
  assert.doesNotMatch(privacy.obligation, /Anzeige|angezeigt/);
});
