// Wording of the landlord's confirmation that a stranger walk found odd, read through the
// registry and the translator like the assistant shows it, German and English.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { createTranslator } from '../../engine/messages.js';
import { assistants } from '../registry.js';
import { dresdenParams } from './wohnungsgeberbestaetigung.fixtures.js';

const def = assistants.wohnungsgeberbestaetigung!;
const tr = (lang: 'de' | 'en') => createTranslator(lang, [def.messages, uiMessages]);
const PRESENT = { de: /\bist\b/, en: /\bis\b/ };
const MOVE = { de: /\bUmzugs?\b/, en: /\bmove\b/ };

for (const lang of ['de', 'en'] as const)
  it(`${lang}: the date step asks about a move that may still come, and a missing date names the move`, () => {
    // Moves up to maxFutureDays ahead are accepted, but the step asked "Wann war der Umzug?".
    assert.ok(dresdenParams.maxFutureDays > 0);
    const step = def.steps.find((s) => s.id === 'datum')!;
    const t = tr(lang).t;
    assert.match(t(step.title ?? 'steps.datum.title'), PRESENT[lang]);
    // "Geben Sie das Datum ein." did not say which date in the error summary.
    assert.match(t('moveDate.required'), MOVE[lang]);
  });
