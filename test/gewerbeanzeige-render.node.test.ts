/**
 * What the Gewerbeamt receives of a trade notice (hub/render: the PDF and the mail text), for the
 * two cases the form itself cannot hold (issue 7): a GmbH with more representatives than the
 * form's person fields (the "Beiblatt": all are listed, the further ones named as such) and a
 * GewA 2 that moves the establishment (the previous address beside the new one).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { indexConfigs } from '../hub/configs.js';
import { applicationView, type ApplicationInput } from '../hub/render/application.js';
import { renderPdf } from '../hub/render/pdf.js';
import { renderText } from '../hub/render/text.js';
import { pdfText } from '../hub/test-pdf.js';
import { gewerbeanzeige as def } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.definition.js';
import * as fx from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import type { GewerbeanzeigeParams } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.params.js';
import { assistants } from '../src/assistants/registry.js';
import type { Answers } from '../src/engine/types.js';
import { pruneAnswers } from '../src/engine/prune.js';
import type { Envelope } from '../src/transport/envelope-schema.js';

const TODAY = '2026-11-29';
const dresden = JSON.parse(readFileSync('examples/config/dresden.json', 'utf8'));
const municipality = indexConfigs([dresden], assistants).get('14612000')!;
const params = municipality.params.get('gewerbeanzeige') as GewerbeanzeigeParams;

function inputOf(answers: Answers): ApplicationInput {
  const data = pruneAnswers(def, { answers, params, today: TODAY });
  const envelope: Envelope = {
    id: '6f1c1d3e-8a4b-4c2d-9e0f-0123456789ab',
    assistant: { id: 'gewerbeanzeige', version: def.version, schemaVersion: def.schemaVersion },
    municipality: { ags: '14612000', name: 'Landeshauptstadt Dresden' },
    locale: 'de',
    submittedAt: `${TODAY}T10:00:00.000Z`,
    data,
    computed: def.computed!({ answers: data, params, today: TODAY }),
  };
  return {
    envelope,
    receipt: { reference: 'GEW-2026-000007', receivedAt: `${TODAY}T10:00:01.000Z` },
    def,
    config: municipality.config,
    params,
  };
}

const gmbh = fx.gmbhGaststaette(TODAY);
const [director] = gmbh.persons as Answers[];
const twelve = {
  ...gmbh,
  persons: Array.from({ length: 12 }, (_, i) => ({
    ...director!,
    givenNames: `Vorname${i + 1}`,
    familyName: `Familie${i + 1}`,
  })),
};

describe('trade notice as the Gewerbeamt receives it', () => {
  it('a GmbH with 12 representatives: the PDF and the mail list all, the 11 further ones for the Beiblatt', async () => {
    const view = applicationView(inputOf(twelve));
    const pdf = (await pdfText(await renderPdf(view))).replace(/\s+/g, ' ');
    const mail = renderText(view);
    for (const text of [pdf, mail.replace(/\s+/g, ' ')]) {
      for (let i = 1; i <= 12; i++) assert.ok(text.includes(`Familie${i}`), `Familie${i}`);
      assert.match(
        text,
        /Weitere gesetzliche Vertreter auf dem Beiblatt \(11\): Vorname2 Familie2;/,
      );
      assert.match(text, /Vorname12 Familie12/);
    }
  });

  it('a GewA 2 that moves the establishment: the previous address beside the new one', async () => {
    const view = applicationView(inputOf(fx.ummeldungVerlegung(TODAY)));
    const pdf = (await pdfText(await renderPdf(view))).replace(/\s+/g, ' ');
    assert.match(pdf, /Bisherige Anschrift der Betriebsstätte/);
    assert.match(pdf, /Louisenstraße/);
    assert.match(pdf, /Alaunstraße/);
    assert.match(renderText(view), /Louisenstraße/);
  });

  it('a GewA 1 after a move from another municipality: the previous address in the PDF and the mail', async () => {
    const view = applicationView(inputOf(fx.anmeldungNachVerlegung(TODAY)));
    const pdf = (await pdfText(await renderPdf(view))).replace(/\s+/g, ' ');
    const mail = renderText(view).replace(/\s+/g, ' ');
    for (const text of [pdf, mail]) {
      assert.match(text, /Bisherige Anschrift der Betriebsstätte/);
      assert.match(text, /Meißner Straße/);
      assert.match(text, /01445/);
      assert.match(text, /Radebeul/);
    }
  });
});
