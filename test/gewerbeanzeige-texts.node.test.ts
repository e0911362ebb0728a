/**
 * The Gewerbeanzeige's texts as a stranger reads them at 320 px (stranger walk, de and en):
 * - the error summary lists a step's errors without their labels, so no two fields of a step may
 *   have the same "required" text ("Geben Sie die Zahl ein. Keine: 0." stood there twice, for
 *   full-time and part-time staff) and none may be a bare "Wählen Sie Ja oder Nein.";
 * - a section sign, "Abs." and a form name stay on one line with their number ("(§" at the end
 *   of a line, "14 Abs. 13 Gewerbeordnung)" on the next; "(GewA" / "1)");
 * - the WZ 2008 lookup suggests from German titles: the English hint says so, and the example
 *   words of both hints do find a subclass (an English reader typed "bicycle" and got nothing);
 * - the activity step of a registration speaks of a registration: its lead and the staff hint
 *   said "Bei einer Abmeldung: …" to everyone; a deregistration is told what to enter;
 * - a postcode outside the municipality (04109 for 01099) is most often a typo: the error says
 *   to check it before it says to notify elsewhere;
 * - no question on a step asks the step's own question again: "Warum geben Sie das Gewerbe
 *   auf?" stood above "Warum geben Sie den Betrieb auf?" (the statistical cause).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wz2008Lookup } from '../hub/lookups/wz2008.js';
import { uiMessages } from '../src/components/messages.js';
import { createTranslator, issueText } from '../src/engine/messages.js';
import type { Answers, FieldDef, Lang } from '../src/engine/types.js';
import { flatten, walkStep } from '../src/engine/walk.js';
import { gewerbeanzeige as def } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.definition.js';
import * as fx from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import { messages } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.messages.js';
import { privacy } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.privacy.js';

const LANGS: Lang[] = ['de', 'en'];
const tr = (lang: Lang) => createTranslator(lang, [def.messages, uiMessages]);

/** The required fields of a step, by message key (`persons[].sex`), with their field type. */
function requiredFields(fields: FieldDef<unknown>[], prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fields) {
    const key = prefix + f.path;
    if (f.type === 'group') {
      const inner = requiredFields(f.fields, `${key}${f.repeat ? '[]' : ''}.`);
      for (const [k, t] of inner) out.set(k, t);
    } else if (f.type !== 'info' && f.required) out.set(key, f.type);
  }
  return out;
}

describe('gewerbeanzeige texts: the error summary names each field', () => {
  for (const lang of LANGS)
    it(`${lang}: within a step no two required fields share an error text`, () => {
      const t = tr(lang);
      const clashes: string[] = [];
      for (const step of def.steps) {
        const seen = new Map<string, string>();
        for (const [key, type] of requiredFields(step.fields as FieldDef<unknown>[])) {
          const text = issueText(t, { key, code: 'required' }, type);
          const other = seen.get(text);
          if (other) clashes.push(`${step.id}: ${other} and ${key}: "${text}"`);
          else seen.set(text, key);
        }
      }
      assert.deepEqual(clashes, []);
    });

  for (const lang of LANGS)
    it(`${lang}: no required text is a bare "yes or no", "an answer" or "the reason"`, () => {
      const t = tr(lang);
      const bare =
        /^(Wählen Sie (Ja oder Nein|eine Angabe|eine Antwort|den Grund|einen Grund)( aus)?\.|Select (yes or no|an option|an answer|the reason|a reason)\.)$/;
      const found: string[] = [];
      for (const step of def.steps)
        for (const [key, type] of requiredFields(step.fields as FieldDef<unknown>[])) {
          const text = issueText(t, { key, code: 'required' }, type);
          if (bare.test(text)) found.push(`${key}: ${text}`);
        }
      assert.deepEqual(found, []);
    });
});

describe('gewerbeanzeige texts: numbers stay with what they number', () => {
  for (const lang of LANGS)
    it(`${lang}: "§", "Abs." and "GewA" are joined to their number by a no-break space`, () => {
      const broken = Object.entries(messages[lang])
        .filter(([, text]) => /(§|Abs\.|GewA) \d/.test(text))
        .map(([key, text]) => `${key}: ${text}`);
      assert.deepEqual(broken, []);
    });

  it('the privacy information too (de and en)', () => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string'
        ? [v]
        : v && typeof v === 'object'
          ? Object.values(v).flatMap(strings)
          : [];
    assert.deepEqual(
      strings(privacy).filter((text) => /(§|Abs\.|GewA) \d/.test(text)),
      [],
    );
  });
});

describe('gewerbeanzeige texts: the WZ 2008 hint leads to suggestions', () => {
  const wz = wz2008Lookup();

  for (const lang of LANGS)
    it(`${lang}: the hint's quoted example word finds a WZ subclass`, async () => {
      const hint = messages[lang]['activities[].wzCode.hint']!;
      const words = [...hint.matchAll(/[„“"]([^“”"]+)[“”"]/g)].map((m) => m[1]!);
      assert.ok(words.length > 0, `no quoted example word in "${hint}"`);
      for (const w of words)
        assert.ok(
          (await wz.search({ q: w, level: 'subclass' })).length > 0,
          `"${w}" finds no WZ subclass`,
        );
    });

  it('en: the hint says the suggestions are in German', () => {
    assert.match(messages.en['activities[].wzCode.hint']!, /German/);
  });
});

describe('gewerbeanzeige texts: the activity step speaks of the notice at hand', () => {
  const TODAY = '2026-12-02';
  const step = def.steps.find((st) => st.id === 'taetigkeit')!;
  /** Lead and every label, hint and info text the step shows for these answers. */
  const shown = (answers: Answers, lang: Lang): string => {
    const m = messages[lang];
    const nodes = flatten(walkStep(step, { answers, params: fx.dresdenParams, today: TODAY }));
    const keys = [`steps.${step.id}.lead`];
    for (const n of nodes)
      keys.push(
        n.field.label ?? `${n.key}.label`,
        n.field.hint ?? `${n.key}.hint`,
        `${n.key}.text`,
      );
    return keys.map((k) => m[k] ?? '').join(' ');
  };
  const ABMELDUNG = { de: /Abmeldung|aufgeben|Aufgabe/, en: /deregistration|give up|giving up/ };

  for (const lang of LANGS) {
    it(`${lang}: a registration is not told what to enter for a deregistration`, () => {
      assert.doesNotMatch(shown(fx.einzelunternehmenAnmeldung(TODAY), lang), ABMELDUNG[lang]);
    });
    it(`${lang}: a deregistration is told to enter the activity it gives up`, () => {
      assert.match(shown(fx.abmeldungAufgabe(TODAY), lang), ABMELDUNG[lang]);
    });
  }
});

describe('gewerbeanzeige texts: a postcode outside the municipality', () => {
  const CHECK = { de: /Prüfen Sie die Postleitzahl\./, en: /Check the postcode\./ };
  for (const lang of LANGS)
    it(`${lang}: the error says to check the postcode`, () => {
      const text = issueText(tr(lang), {
        key: 'establishment.address.postalCode',
        code: 'notInMunicipality',
      });
      assert.match(text, CHECK[lang]);
    });
});

describe('gewerbeanzeige texts: a question is asked once', () => {
  const TODAY = '2026-12-02';
  // "Gewerbe" and "Betrieb" (trade, business) are the same thing to the reader.
  const same = (text: string) =>
    text
      .toLowerCase()
      .replace(/\b(das |den |dem |the )?(gewerbe|betrieb|trade|business)\b/g, '…')
      .replace(/\s+/g, ' ');
  const cases: Record<string, Answers> = {
    anmeldung: fx.einzelunternehmenAnmeldung(TODAY),
    ummeldung: fx.ummeldungVerlegung(TODAY),
    abmeldung: fx.abmeldungAufgabe(TODAY),
  };
  for (const lang of LANGS)
    it(`${lang}: no field label repeats its step's title`, () => {
      const m = messages[lang];
      const repeated: string[] = [];
      for (const [name, answers] of Object.entries(cases))
        for (const step of def.steps) {
          const title = m[`steps.${step.id}.title`] ?? '';
          const input = { answers, params: fx.dresdenParams, today: TODAY };
          for (const n of flatten(walkStep(step, input))) {
            const label = m[n.field.label ?? `${n.key}.label`];
            if (label && same(label) === same(title)) repeated.push(`${name} ${n.key}: ${label}`);
          }
        }
      assert.deepEqual(repeated, []);
    });
});
