/**
 * Findings of a stranger walk of <komm-gewerbeanzeige> (320 px, de and en, reading labels only),
 * each as the texts a citizen reads:
 * - the WZ field's "no suggestions" note promised "Sie können Ihre Angabe trotzdem so eintragen",
 *   and "Weiter" then refused that free text with a format error: the note says what the field
 *   takes;
 * - a start date four weeks ahead (1 1 2027) was refused, but nothing said the limit before: the
 *   date fields' hints say it, with the municipality's number of days, and the error says how to
 *   go on (send the notice later, or correct the date);
 * - the confirmation began "Landeshauptstadt Dresden, Gewerbeamt bestätigt den Empfang …": the
 *   office's name (any municipality's, with commas) stands where a name reads whole;
 * - the English review listed the recipients by their German names only ("… zentrale
 *   Annahmestelle"), parted by commas that the names hold too;
 * - English said "trade" for Gewerbe (trade office, start a trade) and for Handel (the business
 *   type "Trade"): Gewerbe is "business", Handel "retail or wholesale"; "trade" stays in names;
 * - "Ihre Angaben werden nur zur Bearbeitung dieser Gewerbeanzeige verwendet" stood right after
 *   "Das Gewerbeamt gibt Ihre Angaben an andere Stellen weiter": the notice goes to these bodies
 *   by law (§ 14 GewO), and they and the Gewerbeamt use it only for what the law sets.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uiMessages } from '../../components/messages.js';
import { formatVars } from '../../engine/format.js';
import { createTranslator, issueText } from '../../engine/messages.js';
import type { Answers, FieldDef, Lang, ScalarField } from '../../engine/types.js';
import { pruneAnswers } from '../../engine/prune.js';
import { validateAll } from '../../engine/validate.js';
import { flatten, walkStep } from '../../engine/walk.js';
import type { Recipient } from './gewerbeanzeige.computed.js';
import { gewerbeanzeige as def } from './gewerbeanzeige.definition.js';
import { privacy } from './gewerbeanzeige.privacy.js';
import * as fx from './gewerbeanzeige.fixtures.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';

const LANGS: Lang[] = ['de', 'en'];
const tr = (lang: Lang) => createTranslator(lang, [def.messages, uiMessages]);

/** The field at `path` (`activities.wzCode`) among the definition's steps. */
function fieldAt(path: string): FieldDef<unknown> {
  const [head, ...rest] = path.split('.');
  for (const step of def.steps) {
    let fields = step.fields as FieldDef<unknown>[];
    let f = fields.find((x) => x.path === head);
    for (const part of rest) {
      fields = f?.type === 'group' ? f.fields : [];
      f = fields.find((x) => x.path === part);
    }
    if (f) return f;
  }
  throw new Error(`no field ${path}`);
}

describe('gewerbeanzeige: the WZ field says what it takes when nothing is suggested', () => {
  const wz = fieldAt('activities.wzCode') as ScalarField<unknown>;
  const takes = (v: string) => wz.schema!['~standard'].validate(v) as { issues?: unknown[] };
  for (const lang of LANGS)
    for (const kind of ['none', 'unavailable'])
      it(`${lang}: the ${kind} note gives a code the field takes, and no "enter it anyway"`, () => {
        const key = `activities[].wzCode.lookup.${kind}`;
        const text = tr(lang).t(key);
        assert.notEqual(text, key, 'the field has its own note');
        assert.doesNotMatch(text, /trotzdem|still enter|as it is/i);
        const codes = text.match(/\b\d{2}\.\d{2}\.\d\b/g) ?? [];
        assert.ok(codes.length > 0, `names the code's form: ${text}`);
        for (const c of codes) assert.equal(takes(c).issues, undefined, `${c} is taken`);
        // What the citizen typed (a word) is not taken: the note must not say it can stay.
        assert.ok(takes('Xylofonbau').issues?.length);
      });
});

describe('gewerbeanzeige: a date too far ahead is announced before it is typed', () => {
  const TODAY = '2026-12-02';
  // Chemnitz takes notices 14 days ahead, Dresden 28: the hint has the municipality's number.
  const chemnitz: GewerbeanzeigeParams = { ...fx.dresdenParams, maxStartDaysAhead: 14 };
  const CASES: [string, string, Answers][] = [
    ['startDate', 'taetigkeit', fx.einzelunternehmenAnmeldung(TODAY)],
    ['changeDate', 'ummeldung', fx.ummeldungVerlegung(TODAY)],
    ['cessationDate', 'abmeldung', fx.abmeldungAufgabe(TODAY)],
  ];
  const LATEST = { de: '16.12.2026', en: '16 December 2026' };
  const hintOf = (lang: Lang, path: string, stepId: string, answers: Answers) => {
    const step = def.steps.find((s) => s.id === stepId)!;
    const input = { answers, params: chemnitz, today: TODAY };
    const node = flatten(walkStep(step, input)).find((n) => n.key === path)!;
    assert.ok(node, `${path} is shown`);
    const key = node.field.hint ?? `${path}.hint`;
    const text = tr(lang).t(key, formatVars(node.field.vars?.(node.ctx), lang));
    assert.notEqual(text, key, `${path} has a hint`);
    return text;
  };
  for (const lang of LANGS)
    for (const [path, step, answers] of CASES)
      it(`${lang}: the ${path} hint says the last possible date from the parameter`, () => {
        const hint = hintOf(lang, path, step, answers);
        assert.ok(hint.includes(LATEST[lang]), hint);
        if (path !== 'cessationDate') assert.match(hint, /\b14\u00a0(Tage|days)\b/, hint);
      });

  const ERROR_FIX = {
    de: /^Das Datum liegt mehr als 14\u00a0Tage in der Zukunft\. .*senden Sie die Anzeige ab dem 18\.12\.2026\. Sonst korrigieren Sie das Datum\.$/,
    en: /^The date is more than 14\u00a0days ahead\. .*send the notice from 18 December 2026\. Otherwise correct the date\.$/,
  };
  for (const lang of LANGS)
    for (const [path, , answers] of CASES)
      it(`${lang}: a ${path} of 1 1 2027 says from when to send the notice`, () => {
        const input = {
          answers: { ...answers, [path]: '2027-01-01' },
          params: chemnitz,
          today: TODAY,
        };
        const issue = validateAll(def, input).find((i) => i.path === path);
        assert.equal(issue?.code, 'tooFarAhead');
        assert.match(issueText(tr(lang), issue, 'date'), ERROR_FIX[lang]);
      });
});

describe('gewerbeanzeige: the confirmation names the office where any name reads', () => {
  const OFFICES = [
    'Landeshauptstadt Dresden, Gewerbeamt',
    'Stadt Leipzig, Ordnungsamt, Gewerbeangelegenheiten',
    'Bürgerbüros (Gewerbe)',
  ];
  const SAYS = {
    de: /Zuständig für Ihre Gewerbeanzeige: (.+)\. Von dort erhalten Sie innerhalb von drei Tagen eine Bestätigung/,
    en: /Handling your notice: (.+)\. This office confirms within three days/,
  };
  for (const lang of LANGS)
    it(`${lang}: the office follows a colon, not the start of a sentence with a verb`, () => {
      for (const office of OFFICES) {
        const text = tr(lang).t('ui.confirmation.nextText', { office });
        assert.ok(!text.startsWith(office), text);
        assert.equal(SAYS[lang].exec(text)?.[1], office, text);
      }
    });
});

describe('gewerbeanzeige: the English review names the recipients in English', () => {
  const TODAY = '2026-12-02';
  const recipientsLine = (answers: Answers, params: GewerbeanzeigeParams, lang: Lang) => {
    const input = { answers, params, today: TODAY };
    const sent = { ...input, answers: pruneAnswers(def, input) };
    const computed = def.computed!(sent);
    const line = def.summary!({ ctx: sent, computed, lang }).find(
      (l) => l.key === 'summary.recipients',
    )!;
    return { names: line.items!, computed };
  };
  const gmbh = fx.gmbhGaststaette(TODAY);

  it('en: a body the municipality names keeps its name, with what it is; federal bodies in English', () => {
    assert.deepEqual(recipientsLine(gmbh, fx.dresdenParams, 'en').names, [
      'IHK Dresden (Chamber of Industry and Commerce)',
      'Finanzamt Dresden-Süd (tax office)',
      'Statistisches Landesamt des Freistaates Sachsen (statistical office)',
      'German Social Accident Insurance (DGUV), central office',
      'Federal Employment Agency (Bundesagentur für Arbeit)',
      'German Customs, Financial Control of Undeclared Work (Hauptzollamt)',
      'Amtsgericht Dresden (register court)',
      // Dresden's own English wording (config `en`).
      'Landeshauptstadt Dresden, Lebensmittelüberwachungs- und Veterinäramt (food safety and veterinary office)',
      'Landeshauptstadt Dresden, Gewerbeamt (business register)',
    ]);
  });

  it('en: without English wording in the config, the German name says what the body is', () => {
    const plain: GewerbeanzeigeParams = {
      ...fx.dresdenParams,
      gewerberegister: { name: 'Stadt Leipzig, Ordnungsamt, Gewerbeangelegenheiten' },
      tradeRecipients: [{ id: 'veterinaeramt', name: 'Veterinäramt', wzPrefixes: ['56'] }],
    };
    const { names } = recipientsLine(gmbh, plain, 'en');
    assert.ok(names.includes('Veterinäramt (authority for your activity)'), names.join(' | '));
    assert.ok(
      names.includes('Stadt Leipzig, Ordnungsamt, Gewerbeangelegenheiten (business register)'),
    );
  });

  it('de: the German names, one item each; the record the Gewerbeamt gets stays German', () => {
    const { names, computed } = recipientsLine(gmbh, fx.dresdenParams, 'de');
    assert.ok(
      names.includes('Deutsche Gesetzliche Unfallversicherung (DGUV), zentrale Annahmestelle'),
    );
    assert.ok(names.includes('Landeshauptstadt Dresden, Gewerbeamt (Gewerberegister)'));
    const sentNames = (computed.recipients as Recipient[]).map((r) => r.name);
    assert.deepEqual(sentNames, names);
    // Whatever the page's language, the envelope's `computed.recipients` is the same.
    assert.deepEqual(
      recipientsLine(gmbh, fx.dresdenParams, 'en').computed.recipients,
      computed.recipients,
    );
  });
});

describe('gewerbeanzeige: English says "trade" for one thing only', () => {
  // Names that hold the word: the form, and the laws as their English titles name them.
  const NAMES = /trade notice|Trade Regulation Act|Trade Notification Ordinance/gi;
  const texts: [string, string][] = [
    ...Object.entries(def.messages.en),
    ...Object.entries(privacy.en ?? {}).flatMap(([k, v]) =>
      (Array.isArray(v) ? v : [v]).map((t): [string, string] => [`privacy.${k}`, String(t)]),
    ),
  ];
  it('en: "trade" only in names; Gewerbe is "business"', () => {
    const found = texts
      .filter(([, t]) => /\btrades?\b/i.test(t.replace(NAMES, '')))
      .map(([k, t]) => `${k}: ${t}`);
    assert.deepEqual(found, []);
  });
  it('en: the business type Handel reads "retail or wholesale", not "Trade"', () => {
    assert.equal(def.messages.en['businessTypes.options.handel'], 'Retail or wholesale');
  });
});

describe('gewerbeanzeige: passing the notice on and "only for" say one thing', () => {
  const step = def.steps.find((st) => st.id === 'erklaerungen')!;
  const order = (step.fields as FieldDef<unknown>[]).map((f) => f.path);
  const SAYS = {
    de: {
      transmission: /^Nach dem Gesetz schickt das Gewerbeamt Ihre Anzeige auch an andere Stellen/,
      privacy:
        /^Das Gewerbeamt und diese Stellen verwenden .* nur für die Aufgaben, die ihnen das Gesetz gibt\.$/,
      summary: /^Nach §\u00a014 Gewerbeordnung geht Ihre Anzeige auch an:$/,
      where: 'Gebühr und Empfänger',
    },
    en: {
      transmission:
        /^By law, the business registration office also sends your notice to other bodies/,
      privacy:
        /^The business registration office and these bodies use .* only for the tasks the law gives them\.$/,
      summary: /^By law \(§\u00a014 Trade Regulation Act\), your notice also goes to:$/,
      where: 'Fee and recipients',
    },
  };
  it('the privacy notice follows the notice of who receives the data', () => {
    assert.equal(order.indexOf('privacyNotice'), order.indexOf('transmissionNotice') + 1);
  });
  for (const lang of LANGS)
    it(`${lang}: the law sends the notice to these bodies; they use it only for its purposes`, () => {
      const t = tr(lang);
      const says = SAYS[lang];
      assert.match(t.t('transmissionNotice.text'), says.transmission);
      assert.match(t.t('fields.privacyNotice.text'), says.privacy);
      assert.doesNotMatch(
        t.t('fields.privacyNotice.text'),
        /nur zur Bearbeitung|only used to process/,
      );
      assert.match(t.t('summary.recipients'), says.summary);
      // The notice names the heading the review shows the bodies under.
      assert.ok(t.t('transmissionNotice.text').includes(t.t('ui.review.summary')));
      assert.equal(t.t('ui.review.summary'), says.where);
    });
});
