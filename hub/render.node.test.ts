// The application renderers (issue 6): the PDF read back with pdf.js, and the German mail text,
// for a real assistant (Hundesteuer, two dogs, Dresden's rates) and for one the hub has no
// definition of.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assistants } from '../src/assistants/registry.js';
import { selbststaendig } from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import type { Recipient } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.computed.js';
import { gmbhGaststaette } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import { anmeldungZweiHunde } from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { auszugAusland } from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import { indexConfigs } from './configs.js';
import { applicationView, type ApplicationInput } from './render/application.js';
import { renderPdf } from './render/pdf.js';
import { mailSubject, renderHtml, renderText } from './render/text.js';
import { pdfText } from './test-pdf.js';

const dresden = JSON.parse(readFileSync('examples/config/dresden.json', 'utf8'));
const municipality = indexConfigs([dresden], assistants).get('14612000')!;
const def = assistants.hundesteuer!;
const params = municipality.params.get('hundesteuer');

/** Two dogs in Dresden: 252 € a year. */
function hundesteuerInput(reference = 'HST-2026-000042'): ApplicationInput {
  const envelope: Envelope = {
    id: '6f1c1d3e-8a4b-4c2d-9e0f-0123456789ab',
    assistant: { id: 'hundesteuer', version: def.version, schemaVersion: def.schemaVersion },
    municipality: { ags: '14612000', name: 'Landeshauptstadt Dresden' },
    locale: 'en',
    submittedAt: '2026-11-29T10:00:00.000Z',
    data: anmeldungZweiHunde,
    computed: def.computed!({ answers: anmeldungZweiHunde, params, today: '2026-11-29' }),
    attachments: [
      {
        uploadId: 'u-1',
        field: 'nachweise',
        filename: 'Impfpass Bruno.pdf',
        mediaType: 'application/pdf',
        size: 48_213,
        sha256: 'ab'.repeat(32),
      },
    ],
  };
  return {
    envelope,
    receipt: { reference, receivedAt: '2026-11-29T10:00:01.000Z' },
    def,
    config: municipality.config,
    params,
  };
}

describe('application renderers', () => {
  it('the PDF holds the applicant, the reference, the answers by step and the computed amount', async () => {
    const view = applicationView(hundesteuerInput());
    const pdf = await renderPdf(view);
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
    const text = await pdfText(pdf);
    assert.match(text, /HST-2026-000042/);
    assert.match(text, /Katrin/);
    assert.match(text, /Schubert/);
    assert.match(text, /Landeshauptstadt Dresden/);
    assert.match(text, /Steuer- und Stadtkassenamt/);
    assert.match(text, /Wer hält den Hund\?/); // a step title
    assert.match(text, /Labrador Retriever/); // an option's label, not its value
    assert.match(text, /DE02 1203 0000 0000 2020 51/); // the IBAN as the review page shows it
    assert.match(text, /252,00\s€/); // the annual tax of both dogs
    assert.match(text, /Impfpass Bruno\.pdf/);
    assert.match(text, /(ab){32}/);
    assert.match(text, /Seite 1 von \d/);
  });

  it('the mail text and HTML list every answer as the review page does, in German', () => {
    const view = applicationView(hundesteuerInput());
    assert.equal(mailSubject(view), 'Neuer Antrag: Hundesteuer – HST-2026-000042');
    const text = renderText(view);
    assert.match(text, /Vorgangsnummer: HST-2026-000042/);
    assert.match(text, /Eingegangen: 29\. November 2026, 11:00 Uhr/);
    assert.match(text, /Vorname\(n\): Katrin/);
    assert.match(text, /Geburtsdatum: 23\.07\.1984/);
    assert.match(text, /Ihre Hunde – Hund 2: Luna:/);
    assert.match(text, /Chipnummer \(Transponder\): Nicht angegeben/);
    assert.match(text, /Ich erteile das SEPA-Lastschriftmandat\.: Ja/);
    assert.match(text, /Voraussichtliche Hundesteuer pro Jahr: 252,00\s€/);
    assert.match(text, /\nBerechnung\n-{10}\n/); // the Hundesteuer's summary heading
    assert.match(text, /Impfpass Bruno\.pdf \(application\/pdf, 47,1 KB\), SHA-256 (ab){32}/);
    const html = renderHtml(view);
    assert.match(html, /<html lang="de">/);
    assert.match(html, /Katrin/);
    assert.match(html, /252,00\s€/);
  });

  it('a statute the texts name reads by its name, with its address in brackets', async () => {
    const texts = {
      de: {
        'summary.notBinding': 'Die Steuersätze stehen in der {statuteUrl}.',
        'summary.notBinding.statuteUrl': 'Hundesteuersatzung der Landeshauptstadt Dresden',
      },
    };
    const view = applicationView({
      ...hundesteuerInput(),
      config: { ...municipality.config, texts },
    });
    const line =
      'Die Steuersätze stehen in der Hundesteuersatzung der Landeshauptstadt Dresden (https://www.dresden.de/de/rathaus/dienstleistungen/hundesteuer_d115.php).';
    assert.ok(renderText(view).includes(line), renderText(view));
    // A name set to "" gives the bare address back.
    const unnamed = applicationView({
      ...hundesteuerInput(),
      config: {
        ...municipality.config,
        texts: { de: { ...texts.de, 'summary.notBinding.statuteUrl': '' } },
      },
    });
    assert.match(renderText(unnamed), /stehen in der https:\/\/www\.dresden\.de\/\S+\.php\.\n/);
    // The PDF breaks the long address at a slash: compare without the line breaks.
    const flat = (t: string) => t.replace(/\s+/g, '');
    assert.ok(flat(await pdfText(await renderPdf(view))).includes(flat(line)));
  });

  it("a summary line's items are one line each: the bodies a Gewerbeanzeige goes to", async () => {
    const gw = assistants.gewerbeanzeige!;
    const gwParams = municipality.params.get(gw.id);
    const data = gmbhGaststaette('2026-11-29');
    const computed = gw.computed!({ answers: data, params: gwParams, today: '2026-11-29' });
    const input = hundesteuerInput('GEW-2026-000007');
    const view = applicationView({
      envelope: {
        ...input.envelope,
        assistant: { id: gw.id, version: gw.version, schemaVersion: gw.schemaVersion },
        data,
        computed,
        attachments: [],
      },
      receipt: input.receipt,
      def: gw,
      config: municipality.config,
      params: gwParams,
    });
    const names = (computed.recipients as Recipient[]).map((r) => r.name);
    assert.ok(names.length > 5, names.join(' | '));
    assert.ok(
      names.includes('Landeshauptstadt Dresden, Lebensmittelüberwachungs- und Veterinäramt'),
    );
    const lead = 'Nach § 14 Gewerbeordnung geht Ihre Anzeige auch an:';
    const text = renderText(view).replace(/\u00a0/g, ' ');
    assert.ok(text.includes(`\n${[lead, ...names.map((n) => `- ${n}`)].join('\n')}\n`), text);
    assert.doesNotMatch(text, /; /);
    // The summary's heading is the review page's ("Gebühr und Empfänger"), not "Berechnung".
    assert.match(text, /\nGebühr und Empfänger\n-{20}\n/);
    assert.doesNotMatch(text, /Berechnung/);
    const html = renderHtml(view);
    assert.ok(html.includes(`<li>${names[0]}</li>`), html);
    assert.match(html, />Gebühr und Empfänger<\/h2>/);
    assert.equal(html.match(/<li>/g)?.length, names.length); // no attachments: only the bodies
    // The PDF: the lead, then every body on a line of its own (pdfmake's `ul`).
    const pdf = (await pdfText(await renderPdf(view))).replace(/\u00a0/g, ' ');
    const lines = pdf.split('\n').map((l) => l.trim());
    const at = lines.indexOf(lead);
    assert.ok(at >= 0, pdf);
    assert.deepEqual(lines.slice(at + 1, at + 1 + names.length), names);
    assert.ok(lines.includes('Gebühr und Empfänger') && !lines.includes('Berechnung'), pdf);
  });

  it('a document the citizen sends later reads "Nicht hochgeladen – wird nachgereicht"', async () => {
    const fw = assistants['feuerwehr-verdienstausfall']!;
    const data = selbststaendig('2026-11-29'); // the proof is sent separately
    const input = hundesteuerInput();
    const view = applicationView({
      envelope: {
        ...input.envelope,
        assistant: { id: fw.id, version: fw.version, schemaVersion: fw.schemaVersion },
        data,
        computed: {},
        attachments: [],
      },
      receipt: input.receipt,
      def: fw,
      config: municipality.config,
      params: municipality.params.get(fw.id),
    });
    const text = renderText(view);
    assert.match(text, /Ihr Nachweis: Nicht hochgeladen – wird nachgereicht\n/);
    assert.doesNotMatch(text, /Ihr Nachweis: Nicht angegeben/);
    assert.match(await pdfText(await renderPdf(view)), /Nicht hochgeladen – wird nachgereicht/);
  });

  it('an optional group left empty is one "Nicht angegeben", as on the review page', async () => {
    const wgb = assistants.wohnungsgeberbestaetigung!;
    const input = hundesteuerInput('WGB-2026-000003');
    const view = applicationView({
      envelope: {
        ...input.envelope,
        assistant: { id: wgb.id, version: wgb.version, schemaVersion: wgb.schemaVersion },
        data: auszugAusland('2026-11-29'),
        computed: {},
        attachments: [],
      },
      receipt: input.receipt,
      def: wgb,
      config: municipality.config,
      params: municipality.params.get(wgb.id),
    });
    const text = renderText(view);
    assert.match(text, /Anschrift der Eigentümerin oder des Eigentümers: Nicht angegeben\n/);
    // The landlord's address, filled in, keeps its rows; no address row says "Nicht angegeben".
    assert.match(text, /Straße: Wilsdruffer Straße/);
    assert.doesNotMatch(text, /(Straße|Hausnummer|Postleitzahl|Ort): Nicht angegeben/);
    const pdf = (await pdfText(await renderPdf(view))).replace(/\s+/g, ' ');
    assert.match(pdf, /Anschrift der Eigentümerin oder des Eigentümers Nicht angegeben/);
  });

  it('escapes what the citizen typed in the HTML', () => {
    const input = hundesteuerInput();
    const data = structuredClone(anmeldungZweiHunde) as { halter: { givenNames: string } };
    data.halter.givenNames = '<script>alert(1)</script>';
    const html = renderHtml(applicationView({ ...input, envelope: { ...input.envelope, data } }));
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('without a definition, lists the answers by their keys and the computed values as sent', async () => {
    const input = hundesteuerInput();
    const view = applicationView({
      envelope: {
        ...input.envelope,
        assistant: { id: 'unbekannt', version: '1', schemaVersion: '1' },
        data: { name: 'Erika Mustermann', kinder: [{ name: 'Max' }] },
        computed: { gebuehr: 12.5 },
      },
      receipt: input.receipt,
    });
    const text = renderText(view);
    assert.match(text, /Neuer Antrag: unbekannt/);
    assert.match(text, /name: Erika Mustermann/);
    assert.match(text, /kinder 1:\n\s+name: Max/);
    assert.match(text, /gebuehr: 12,5/);
    assert.match(await pdfText(await renderPdf(view)), /Erika Mustermann/);
  });
});
