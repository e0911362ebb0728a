// The button that sends is worded alike in every assistant (a stranger's walk met "Antrag
// verbindlich absenden" in one and "Gewerbeanzeige verbindlich senden" in another): German
// "<what> verbindlich absenden", English "Submit <what>"; the review's lead uses the same verb.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../components/messages.js';
import { assistants } from './registry.js';

const text = (id: string, lang: 'de' | 'en', key: string) => {
  const own = assistants[id]!.messages[lang]?.[key];
  return String(own ?? uiMessages[lang][key]);
};

for (const id of Object.keys(assistants))
  it(`${id}: the send button reads "… verbindlich absenden" and "Submit …"`, () => {
    const de = text(id, 'de', 'ui.nav.submit');
    const en = text(id, 'en', 'ui.nav.submit');
    assert.match(de, /^\S+ verbindlich absenden$/, `${id} (de): "${de}"`);
    assert.match(en, /^Submit \S+/, `${id} (en): "${en}"`);
    // What is sent is named the same in both languages' lead on the review as on the button.
    assert.match(text(id, 'de', 'ui.review.lead'), / absenden\./, `${id} (de): review lead`);
    assert.match(text(id, 'en', 'ui.review.lead'), / submit\b/, `${id} (en): review lead`);
  });

it('the English send buttons follow one pattern: "Submit" and a noun, no article', () => {
  for (const id of Object.keys(assistants)) {
    const en = text(id, 'en', 'ui.nav.submit');
    assert.doesNotMatch(en, /^Submit (the|your|a) /, `${id}: "${en}"`);
  }
});

it('the button names what the assistant itself calls it ("Sie können die Anmeldung trotzdem absenden")', () => {
  for (const [id, def] of Object.entries(assistants)) {
    const noun = text(id, 'de', 'ui.nav.submit').split(' ')[0]!;
    for (const [key, value] of Object.entries(def.messages.de ?? {}))
      for (const [, said] of String(value).matchAll(
        /\b(?:den|die|das) (\p{Lu}\S*) (?:trotzdem )?(?:ab)?senden/gu,
      ))
        assert.ok(
          noun.toLowerCase().endsWith(said!.toLowerCase()),
          `${id}: button "${noun}", ${key} says "${said}"`,
        );
  }
});
