/**
 * Hundesteuer: the dog's name is asked with one label that means the same in German and English
 * (a stranger's walk met "Rufname" beside "Name"), in the list of dogs and in the Abmeldung, and
 * the office's mail lists the answer under that label, as the review page does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { indexConfigs } from '../hub/configs.js';
import { applicationView } from '../hub/render/application.js';
import { renderText } from '../hub/render/text.js';
import { assistants } from '../src/assistants/registry.js';
import * as fx from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import type { Answers } from '../src/engine/types.js';
import { pruneAnswers } from '../src/engine/prune.js';
import type { Envelope } from '../src/transport/envelope-schema.js';

const def = assistants.hundesteuer!;
const TODAY = '2026-11-29';

it('one label for the dog’s name: "Name des Hundes" / "Dog’s name", in the list and the Abmeldung', () => {
  for (const key of ['hunde[].name.label', 'abmeldung.dogName.label']) {
    assert.equal(def.messages.de[key], 'Name des Hundes', `${key} (de)`);
    assert.equal(def.messages.en?.[key], 'Dog’s name', `${key} (en)`);
  }
  assert.equal(def.messages.de['hunde[].name.required'], 'Geben Sie den Namen des Hundes ein.');
});

it('the mail to the office lists the name under the same label', () => {
  const dresden = JSON.parse(readFileSync('examples/config/dresden.json', 'utf8'));
  const municipality = indexConfigs([dresden], assistants).get('14612000')!;
  const params = municipality.params.get('hundesteuer');
  for (const answers of [fx.anmeldungEinHund, fx.abmeldung] as Answers[]) {
    const data = pruneAnswers(def, { answers, params, today: TODAY });
    const envelope: Envelope = {
      id: '6f1c1d3e-8a4b-4c2d-9e0f-0123456789ab',
      assistant: { id: 'hundesteuer', version: def.version, schemaVersion: def.schemaVersion },
      municipality: { ags: '14612000', name: 'Landeshauptstadt Dresden' },
      locale: 'de',
      submittedAt: `${TODAY}T10:00:00.000Z`,
      data,
      computed: def.computed!({ answers: data, params, today: TODAY }),
    };
    const mail = renderText(
      applicationView({
        envelope,
        receipt: { reference: 'HST-2026-000001', receivedAt: `${TODAY}T10:00:01.000Z` },
        def,
        config: municipality.config,
        params,
      }),
    );
    assert.match(mail, /Name des Hundes: Bruno/);
    assert.doesNotMatch(mail, /Rufname/);
  }
});
