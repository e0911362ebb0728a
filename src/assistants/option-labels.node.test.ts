// Choice options a citizen can tell apart by reading them (found in a stranger's walk through
// the Hundesteuer: "Nein" beside "Nein, er gehört zu einer genannten Rasse, aber …"). When two
// options of one question start with the same answer ("Nein", "No", "Ja", "Yes"), neither may be
// that bare word: each says what sets it apart. Labels of one question are never the same.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { assistants } from './registry.js';

const first = (label: string) => /^[^,(]+/.exec(label)![0].trim().toLowerCase();

for (const [id, def] of Object.entries(assistants))
  for (const lang of ['de', 'en'] as const)
    it(`${id} (${lang}): the options of each question can be told apart`, () => {
      const byField = new Map<string, string[]>();
      for (const [key, text] of Object.entries(def.messages[lang] ?? {})) {
        const m = /^(.*)\.options\.[^.]+$/.exec(key);
        if (m && typeof text === 'string')
          byField.set(m[1]!, [...(byField.get(m[1]!) ?? []), text]);
      }
      assert.ok(byField.size > 0);
      for (const [field, labels] of byField) {
        assert.equal(new Set(labels).size, labels.length, `${field}: two options read the same`);
        for (const label of labels) {
          const same = labels.filter((l) => l !== label && first(l) === first(label));
          if (same.length && label.trim().toLowerCase() === first(label))
            assert.fail(`${field}: "${label}" beside "${same[0]}" does not say what sets it apart`);
        }
      }
    });
