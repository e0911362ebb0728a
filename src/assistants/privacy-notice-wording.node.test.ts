// The privacy notice names what the citizen sends, as the send button does: a Gewerbeanzeige or a
// Wohnungsgeberbestätigung is no "Antrag" (stranger walk: both read "zur Bearbeitung dieses
// Antrags" from the shared text).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../components/messages.js';
import { createTranslator } from '../engine/messages.js';
import type { Lang, Messages } from '../engine/types.js';
import { messages as gewerbeanzeige } from './gewerbeanzeige/gewerbeanzeige.messages.js';
import { messages as wohnungsgeber } from './wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.messages.js';

const CASES: [string, Record<Lang, Messages>, string, string][] = [
  ['gewerbeanzeige', gewerbeanzeige, 'Gewerbeanzeige', 'trade notice'],
  ['wohnungsgeberbestaetigung', wohnungsgeber, 'Bestätigung', 'confirmation'],
];

for (const [id, messages, de, en] of CASES)
  it(`${id}: the privacy notice names the ${en}, like the send button`, () => {
    const tDe = createTranslator('de', [messages, uiMessages]);
    const tEn = createTranslator('en', [messages, uiMessages]);
    for (const key of ['fields.privacyNotice.text', 'ui.nav.submit']) {
      assert.match(tDe.t(key), new RegExp(de), `${key} (de): "${tDe.t(key)}"`);
      assert.doesNotMatch(tDe.t(key), /Antrag/, `${key} (de)`);
      assert.match(tEn.t(key), new RegExp(en), `${key} (en): "${tEn.t(key)}"`);
      assert.doesNotMatch(tEn.t(key), /application/, `${key} (en)`);
    }
  });
