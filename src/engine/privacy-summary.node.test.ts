// The short Art. 13 summary the element shows where a config links no privacy notice (issue 9,
// src/components/privacy-summary.ts): for every registered assistant, in German and English, it
// names the municipality and office, every legal basis of the assistant's privacy facts, the
// form's steps that collect data (the same as the drafts' categories) and the rights with the
// same wording as the generated Art. 13 draft. Read from the registry, so a new assistant without
// facts, without English facts or with a legal basis the summary drops fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RETENTION_DAYS as HUB_DEFAULT } from '../../hub/purge.js';
import { privacyFacts } from '../assistants/privacy.js';
import { assistants } from '../assistants/registry.js';
import { uiMessages } from '../components/messages.js';
import { createTranslator } from './messages.js';
import {
  DEFAULT_RETENTION_DAYS,
  dataCategories,
  dataSteps,
  privacyDocuments,
  privacySummary,
} from './privacy.js';

const office = {
  name: 'Bürgeramt Musterstadt',
  email: 'buergeramt@musterstadt.de',
  address: 'Markt 1, 01000 Musterstadt',
};

/** The summary as one text, as a person reads it after opening it. */
const text = (s: ReturnType<typeof privacySummary>) =>
  [
    s.title,
    s.intro,
    ...s.sections.flatMap((x) => [x.heading, ...x.text, ...(x.list ?? []), ...(x.after ?? [])]),
  ].join('\n');

describe('privacy summary in the element', () => {
  for (const [id, def] of Object.entries(assistants))
    it(`${id}: municipality, office, every legal basis, the data steps and the rights, de and en`, () => {
      const facts = privacyFacts[id];
      assert.ok(facts, `src/assistants/${id}/${id}.privacy.ts is missing or not in privacy.ts`);
      assert.equal(
        facts.en.legalBasis.length,
        facts.legalBasis.length,
        `${id}: en.legalBasis must translate each legal basis`,
      );
      // The summary's data categories are the drafts' (same steps, same order).
      assert.deepEqual(
        dataSteps(def).map((s) => s.id),
        dataCategories(def, { sharedTexts: uiMessages }).map((s) => s.id),
      );
      const drafts = privacyDocuments(
        def,
        facts,
        { retentionDays: 30 },
        { sharedTexts: uiMessages },
      );
      for (const lang of ['de', 'en'] as const) {
        const tr = createTranslator(lang, [def.messages, uiMessages]);
        const steps = dataSteps(def).map((s) => tr.t(s.title ?? `steps.${s.id}.title`));
        const summary = privacySummary({
          lang,
          facts,
          form: tr.t('title'),
          municipality: 'Stadt Musterstadt',
          office,
          steps,
        });
        const all = text(summary);
        for (const must of [
          'Stadt Musterstadt',
          office.name,
          office.email,
          office.address,
          tr.t('title'),
          ...steps,
          ...(lang === 'de' ? facts : facts.en).legalBasis,
          ...(lang === 'de' ? facts : facts.en).recipients,
          `${DEFAULT_RETENTION_DAYS}`,
        ])
          assert.ok(all.includes(must), `${id} (${lang}): "${must}" missing`);
        assert.doesNotMatch(all, /undefined|\[object |\[Von der Kommune|\{\w+\}/);
        const rights = summary.sections.at(-1)!.text[0]!;
        if (lang === 'de') {
          assert.equal(summary.title, 'Hinweise zum Datenschutz');
          assert.ok(drafts.information.includes(rights), 'rights worded as in the Art. 13 draft');
          assert.match(rights, /Sächsischen Datenschutz- und Transparenzbeauftragten/);
        } else {
          assert.equal(summary.title, 'Privacy information');
          assert.match(rights, /Saxon Data Protection and Transparency Commissioner/);
        }
        assert.match(rights, /Art\. 15.*Art\. 16.*Art\. 17.*Art\. 18.*Art\. 21/);
      }
    });

  it('the retention it states is the hub default (hub/purge.ts)', () => {
    assert.equal(DEFAULT_RETENTION_DAYS, HUB_DEFAULT);
  });

  it('leaves out what the config does not give (no e-mail, no phone)', () => {
    const [id, def] = Object.entries(assistants)[0]!;
    const s = privacySummary({
      lang: 'de',
      facts: privacyFacts[id]!,
      form: 'X',
      municipality: 'Gemeinde Y',
      office: { name: 'Amt Z' },
      steps: dataSteps(def).map((x) => x.id),
    });
    assert.deepEqual(s.sections[0]!.text.slice(0, 2), ['Gemeinde Y', 'Zuständige Stelle: Amt Z']);
    assert.doesNotMatch(text(s), /E-Mail:|Telefon:/);
  });
});
