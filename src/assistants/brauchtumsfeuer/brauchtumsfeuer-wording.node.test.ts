// What Brauchtumsfeuer sends is an "Anmeldung" (title, send button, confirmation heading): the
// texts around the sending name it so too, not "Antrag" (stranger walk: the confirmation read
// "Ihre Anmeldung wurde gesendet" over "Zuständig für Ihren Antrag", the consent step "zur
// Bearbeitung dieses Antrags").
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { linkName } from '../../components/fields/link-name.js';
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
  const url = 'https://example.org/pvo';
  const de = createTranslator('de', [messages, uiMessages]);
  const en = createTranslator('en', [messages, uiMessages]);
  // As the info box reads: the address as a link named by `<key>.ordinanceUrl` (linked-text.ts).
  const named = (t: typeof de.t, key: string) =>
    t(key, { noticeDays: 14, ordinanceUrl: linkName(t, key, 'ordinanceUrl', url) });
  const vars = { noticeDays: 14, ordinanceUrl: url };
  assert.equal(
    named(de.t, 'procedureAntrag.text'),
    'Für ein Brauchtumsfeuer brauchen Sie eine Erlaubnis. Mit dieser Anmeldung bitten Sie darum. Melden Sie das Feuer mindestens 14 Tage vorher an. Sie erhalten danach einen Bescheid. Die Regeln Ihrer Gemeinde stehen in der Polizeiverordnung.',
  );
  assert.equal(
    named(en.t, 'procedureAntrag.text'),
    'You need a permit for a traditional bonfire. With this registration you ask for it. Register the fire at least 14 days in advance. You will then receive a decision. Your municipality’s rules are in its police ordinance.',
  );
  assert.equal(
    named(de.t, 'procedureAnzeige.text'),
    'Melden Sie ein Brauchtumsfeuer mindestens 14 Tage vorher an. Die Regeln Ihrer Gemeinde stehen in der Polizeiverordnung.',
  );
  assert.equal(
    named(en.t, 'procedureAnzeige.text'),
    'Register a traditional bonfire at least 14 days in advance. Your municipality’s rules are in its police ordinance.',
  );
  assert.doesNotMatch(de.t('procedureAnzeige.text', vars), /Erlaubnis|Bescheid/);
  assert.doesNotMatch(en.t('procedureAnzeige.text', vars), /permit|decision/);
});

// A web address in a text is a link named by `<key>.<var>` (linked-text.ts); without a name the
// info box showed the bare address, which broke mid-word at 320 px (Leipzig's ordinance address).
it('brauchtumsfeuer: every web address in its texts has a link name in German and English', () => {
  for (const lang of ['de', 'en'] as const) {
    const texts = messages[lang]!;
    const urls = Object.entries(texts).flatMap(([key, text]) =>
      [...text.matchAll(/\{(\w+Url)\}/g)].map((m) => `${key}.${m[1]!}`),
    );
    assert.ok(urls.length >= 2, `${lang}: ${urls.join(', ')}`);
    for (const k of urls) assert.ok(texts[k]?.trim(), `${k} (${lang}) has no link name`);
  }
});

// The Gewerbeamt has one English name across the assistants: Gewerbeanzeige's "business
// registration office" (gewerbeanzeige.messages.ts); Brauchtumsfeuer said "trade office".
it('brauchtumsfeuer: the Gewerbeamt is the "business registration office" in English', () => {
  const keys = Object.keys(messages.de!).filter((k) => /Gewerbeamt/.test(messages.de![k]!));
  assert.ok(keys.length > 0);
  for (const k of keys) assert.match(messages.en![k]!, /business registration office/, k);
  for (const [k, text] of Object.entries(messages.en!))
    assert.doesNotMatch(text, /trade office/i, k);
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
