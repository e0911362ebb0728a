// The last step before the review (the declarations) has one heading in every assistant; in
// English it asks to confirm "details", not "answers" like the review's "Check your answers"
// that follows it. The stranger walk read "Confirm your answers" (Brauchtumsfeuer,
// Wohnungsgeberbestätigung), "Please confirm your answers" (Feuerwehr, Hundesteuer) and
// "Confirm your details" (Gewerbeanzeige, Urkunden) in English, "Bestätigen Sie Ihre Angaben"
// and "Bitte bestätigen Sie Ihre Angaben" in German.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { uiMessages } from '../components/messages.js';
import { createTranslator } from '../engine/messages.js';
import { assistants } from './registry.js';

it('en: the declarations heading does not look like the review heading', () => {
  const title = createTranslator('en', [assistants.hundesteuer!.messages, uiMessages]).t(
    'steps.erklaerungen.title',
  );
  assert.doesNotMatch(title, /answers/i);
});

for (const lang of ['de', 'en'] as const)
  it(`${lang}: every assistant's declarations step has the same heading, unlike the review's`, () => {
    const titles = new Map<string, string>();
    for (const [id, def] of Object.entries(assistants)) {
      const step = def.steps.find((s) => s.id === 'erklaerungen');
      if (!step) continue;
      const tr = createTranslator(lang, [def.messages, uiMessages]);
      titles.set(id, tr.t(step.title ?? 'steps.erklaerungen.title'));
    }
    assert.ok(titles.size >= 5, `assistants with declarations: ${[...titles.keys()].join(', ')}`);
    assert.equal(new Set(titles.values()).size, 1, JSON.stringify(Object.fromEntries(titles)));
    const review = uiMessages[lang]['ui.review.title']!;
    assert.notEqual([...titles.values()][0], review);
  });
