/**
 * The GDPR documents of an assistant (issue 9), generated from what the code already knows: every
 * field it can collect (from the definition, so a new field cannot be forgotten), the purpose and
 * legal basis (the assistant's `<id>.privacy.ts`), recipients and retention (the hub's flows
 * file). Two German Markdown drafts a municipality adapts: the record of processing activities
 * (Art. 30 DSGVO) and the information for the citizen (Art. 13 DSGVO). Everything only the
 * municipality can say is a visible placeholder `[Von der Kommune zu ergänzen: …]`.
 *
 * The documents are built in Node (the build and tests). `privacySummary` is the short Art. 13
 * information the element shows where the municipality's config links no privacy notice: only
 * the on-demand part `komm-privacy.js` (src/components/privacy-summary.ts) imports it, so no
 * assistant bundle carries these texts.
 */
import type { Assistant } from './define-assistant.js';
import { createTranslator } from './messages.js';
import type { FieldDef, Messages } from './types.js';

/** What the documents say about an assistant's processing (German, for the municipality). */
export interface PrivacyFacts {
  /** Why the data is processed: one or two German sentences. */
  purpose: string;
  /** Legal bases: the GDPR article first, then the specialist law, e.g. `§ 19 BMG`. */
  legalBasis: readonly string[];
  /** Whose data it is, e.g. `Hundehalterinnen und Hundehalter`. */
  dataSubjects: readonly string[];
  /** Who receives the data besides the office that handles it, by law or by the municipality's flows. */
  recipients: readonly string[];
  /** Special categories (Art. 9/10 DSGVO) the form collects; empty: none. */
  specialCategories: readonly string[];
  /** Whether the citizen must provide the data and what happens if not (Art. 13 Abs. 2 lit. e). */
  obligation: string;
  /** How long the office keeps the data (specialist law), when the law says it; else a placeholder. */
  officeRetention?: string;
  /**
   * English for the citizen summary (`privacySummary`): purpose, legal bases (same order and
   * number as above) and recipients, plainly translated.
   */
  en: { purpose: string; legalBasis: readonly string[]; recipients: readonly string[] };
}

/** One field the assistant can collect. */
export interface DataItem {
  /** Normalised key, e.g. `hunde[].breed`. */
  key: string;
  /** German label as the form shows it. */
  label: string;
  required: 'ja' | 'nein' | 'je nach Angaben';
  /** Set for fields the assistant fills itself (read-only) or files. */
  note?: string;
}

export interface DataStep {
  id: string;
  title: string;
  items: DataItem[];
}

/** Settings of the hub that the documents cite. */
export interface HubFacts {
  /** Days after the last successful delivery before the hub deletes the application. */
  retentionDays: number;
  /** Sinks the municipality's flows send this assistant's applications to (names and kinds). */
  sinks?: readonly { name: string; type: string }[];
}

const TODO = (what: string) => `[Von der Kommune zu ergänzen: ${what}]`;

const requiredText = (f: FieldDef<unknown>): DataItem['required'] =>
  typeof f.required === 'function' ? 'je nach Angaben' : f.required ? 'ja' : 'nein';

/**
 * Every field of every step (whatever the answers), grouped by step, with the German label. A
 * field shown only under a condition is listed too: the documents name what can be collected.
 */
export function dataCategories<P>(def: Assistant<P>, options: DocumentOptions = {}): DataStep[] {
  const tr = createTranslator('de', [def.messages, options.sharedTexts ?? {}]);
  // Values in labels (`{rate}`, `{shelter}`) depend on answers and the municipality: shown as „…“.
  const label = (f: FieldDef<P>, key: string) => {
    for (const k of [f.label ?? '', `${key}.label`, `fields.${f.path}.label`])
      if (k && tr.has(k)) return plain(tr.t(k).replace(/\{\w+\}/g, '…'));
    return key;
  };
  const walk = (fields: FieldDef<P>[], prefix: string, out: DataItem[], group?: string) => {
    for (const f of fields) {
      if (f.type === 'info') continue;
      const key = prefix ? `${prefix}.${f.path}` : f.path;
      if (f.type === 'group') {
        const inner = f.repeat ? `${key}[]` : key;
        const title = label(f, key);
        walk(f.fields, inner, out, group ? `${group} › ${title}` : title);
        continue;
      }
      const item: DataItem = {
        key,
        label: group ? `${group} › ${label(f, key)}` : label(f, key),
        required: requiredText(f as FieldDef<unknown>),
      };
      if (f.readonly) item.note = 'wird vom Assistenten berechnet';
      if (f.type === 'file') item.note = 'Datei-Upload';
      out.push(item);
    }
  };
  return def.steps
    .map((step) => {
      const items: DataItem[] = [];
      walk(step.fields, '', items);
      return { id: step.id, title: plain(tr.t(step.title ?? `steps.${step.id}.title`)), items };
    })
    .filter((s) => s.items.length);
}

/** The steps that collect data (a field other than info): the summary's data categories. */
export const dataSteps = <P>(def: Assistant<P>) =>
  def.steps.filter((s) => s.fields.some((f) => f.type !== 'info'));

/** Message texts may carry light markup (`**`, links): the documents want plain text. */
const plain = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

export interface DocumentOptions {
  /** The shared UI and block texts (`ui.*`, `fields.*`: `uiMessages` of the components). */
  sharedTexts?: Partial<Record<'de' | 'en', Messages>>;
}

function table(steps: DataStep[]): string {
  const rows: string[] = [];
  for (const s of steps) {
    rows.push(
      '',
      `**${s.title}**`,
      '',
      '| Angabe | Pflichtangabe | Hinweis |',
      '| --- | --- | --- |',
    );
    for (const i of s.items)
      rows.push(`| ${cell(i.label)} | ${i.required} | ${cell(i.note ?? '')} |`);
  }
  return rows.join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
const list = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');

function retentionText(hub: HubFacts, facts: PrivacyFacts): string[] {
  return [
    `- Datendrehscheibe: Der Antrag wird ${hub.retentionDays} Tage nach der letzten erfolgreichen Zustellung an die Stelle(n) oben gelöscht (Einstellung \`retention\` in der Datei der Nachrichtenflüsse der Datendrehscheibe). Ein Nachweis ohne personenbezogene Daten (Aktenzeichen, Eingangs-, Zustellungs- und Löschzeit) bleibt für Abrechnung und Prüfung erhalten.`,
    `- Fachamt und Fachverfahren: ${facts.officeRetention ?? TODO('Aufbewahrungsfrist nach Fachrecht, Aktenplan und Aussonderungsfristen')}`,
  ];
}

function recipientsText(hub: HubFacts, facts: PrivacyFacts): string[] {
  const sinks = hub.sinks?.length
    ? hub.sinks.map((s) => `${s.name} (${SINK_KIND[s.type] ?? s.type})`).join(', ')
    : TODO(
        'Ziele laut Nachrichtenfluss der Datendrehscheibe (E-Mail-Postfach, DMS, Fachverfahren)',
      );
  return [
    `- Die zuständige Stelle der Kommune: ${TODO('Amt / Sachgebiet')}`,
    `- Zustellung durch die Datendrehscheibe an: ${sinks}`,
    ...facts.recipients.map((r) => `- ${r}`),
  ];
}

const SINK_KIND: Record<string, string> = {
  mail: 'E-Mail',
  folder: 'Ablage / DMS-Import',
  webhook: 'Fachverfahren',
};

export interface PrivacyDocuments {
  /** Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO), draft. */
  record: string;
  /** Informationen nach Art. 13 DSGVO, draft. */
  information: string;
}

/** Both drafts for one assistant. `title` is the assistant's German name. */
export function privacyDocuments<P>(
  def: Assistant<P>,
  facts: PrivacyFacts,
  hub: HubFacts,
  options: DocumentOptions = {},
): PrivacyDocuments {
  const title = plain(String(def.messages.de.title ?? def.id));
  const steps = dataCategories(def, options);
  const special = facts.specialCategories.length
    ? list(facts.specialCategories)
    : 'Keine. Das Formular fragt keine besonderen Kategorien personenbezogener Daten (Art. 9 DSGVO) und keine Daten über Straftaten (Art. 10 DSGVO) ab.';
  const controller = [
    `- Verantwortliche Stelle: ${TODO('Name und Anschrift der Kommune, Vertretung')}`,
    `- Datenschutzbeauftragte/r: ${TODO('Name oder Funktion, Anschrift, E-Mail')}`,
  ];
  const header = (kind: string) =>
    [
      `<!-- Generated by \`npm run build\` from src/assistants/${def.id}/ (definition ${def.version}, schema ${def.schemaVersion}). Edit the facts there, not here. -->`,
      `# ${kind}: ${title} (Online-Antrag)`,
      '',
      `> Entwurf. Die Stellen in eckigen Klammern muss die Kommune ergänzen, bevor sie den Text veröffentlicht oder in ihr Verzeichnis übernimmt.`,
    ].join('\n');

  const record = [
    header('Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 DSGVO'),
    '',
    '## 1. Verantwortliche',
    ...controller,
    `- Gemeinsam Verantwortliche (Art. 26 DSGVO) oder Auftragsverarbeiter (Art. 28 DSGVO): Betreiber der Datendrehscheibe ${TODO('Name des IT-Dienstleisters, Vertrag vom …')}`,
    '',
    '## 2. Zweck der Verarbeitung',
    facts.purpose,
    '',
    '## 3. Rechtsgrundlagen',
    list(facts.legalBasis),
    '',
    '## 4. Kategorien betroffener Personen',
    list(facts.dataSubjects),
    '',
    '## 5. Kategorien personenbezogener Daten',
    'Alle Angaben, die der Online-Antrag erheben kann, nach Schritten. „je nach Angaben“: nur gefragt oder nur Pflicht, wenn frühere Antworten es verlangen.',
    table(steps),
    '',
    '### Besondere Kategorien (Art. 9, 10 DSGVO)',
    special,
    '',
    '## 6. Empfänger',
    ...recipientsText(hub, facts),
    '',
    '## 7. Übermittlung in Drittländer',
    'Keine. Datendrehscheibe und Zustellziele werden in der EU betrieben.',
    ` ${TODO('Bestätigen, dass Hosting und E-Mail-Dienst in der EU liegen')}`,
    '',
    '## 8. Löschfristen',
    ...retentionText(hub, facts),
    '',
    '## 9. Technische und organisatorische Maßnahmen (Art. 32 DSGVO)',
    '- Übertragung nur verschlüsselt (HTTPS); optional Ende-zu-Ende-Verschlüsselung der Antragsdaten (JWE) bis zum Fachverfahren.',
    '- Die Datendrehscheibe schreibt keine personenbezogenen Daten in ihre Protokolle (nur Methode, Route, Status, Dauer, Anfragenummer, Gemeindeschlüssel, Assistent).',
    '- Antworten mit personenbezogenen Daten werden nicht zwischengespeichert (`Cache-Control: no-store`); hochgeladene Dateien erhalten nur die Zustellziele.',
    '- Zugriff auf die Verwaltungsschnittstelle nur mit Zugangsschlüssel; Auskunft und Löschung werden ohne personenbezogene Daten protokolliert.',
    `- ${TODO('Maßnahmen des Rechenzentrums und des Fachverfahrens')}`,
  ].join('\n');

  const information = [
    header('Datenschutzinformation nach Art. 13 DSGVO'),
    '',
    `Wenn Sie den Online-Antrag „${title}“ nutzen, verarbeiten wir die Angaben, die Sie im Formular machen. Hier erfahren Sie, wer das tut, warum und wie lange.`,
    '',
    '## Wer ist verantwortlich?',
    ...controller,
    '',
    '## Wozu und auf welcher Grundlage?',
    facts.purpose,
    '',
    'Rechtsgrundlagen:',
    list(facts.legalBasis),
    '',
    '## Welche Angaben?',
    'Die Angaben, die Sie im Formular machen. Welche das je nach Ihren Antworten sind, steht in dieser Übersicht:',
    table(steps),
    '',
    '## Müssen Sie die Angaben machen?',
    facts.obligation,
    '',
    '## Wer erhält Ihre Angaben?',
    ...recipientsText(hub, facts),
    '',
    CITIZEN.de.noThirdCountry,
    '',
    '## Wie lange werden Ihre Angaben gespeichert?',
    ...retentionText(hub, facts),
    '',
    '## Ihre Rechte',
    CITIZEN.de.rights,
    '',
    CITIZEN.de.noAutomatedDecision,
    '',
    '## Auf diesem Gerät',
    CITIZEN.de.device,
  ].join('\n');

  return { record: `${record}\n`, information: `${information}\n` };
}

/**
 * Sentences the Art. 13 draft and the element's summary share, so both say the same (German),
 * with their English for the summary.
 */
const CITIZEN = {
  de: {
    rights:
      'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21), soweit das Gesetz die Verarbeitung nicht vorschreibt. Sie können sich bei der Aufsichtsbehörde beschweren: der Sächsischen Datenschutz- und Transparenzbeauftragten (www.datenschutz.sachsen.de).',
    noAutomatedDecision:
      'Es gibt keine automatisierte Entscheidung im Einzelfall (Art. 22 DSGVO): Über Ihren Antrag entscheidet ein Mensch.',
    device:
      'Ihre Antworten werden als Entwurf nur in diesem Browser-Tab gespeichert, bis Sie den Antrag senden. Auf dem Gerät über den Tab hinaus nur, wenn Sie das ausdrücklich wählen; Sie können den Entwurf jederzeit löschen.',
    noThirdCountry: 'Ihre Angaben werden nicht in Länder außerhalb der EU übermittelt.',
  },
  en: {
    rights:
      'You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18) and to object (Art. 21), unless the law requires the processing. You can lodge a complaint with the supervisory authority: the Saxon Data Protection and Transparency Commissioner (Sächsische Datenschutz- und Transparenzbeauftragte, www.datenschutz.sachsen.de).',
    noAutomatedDecision:
      'There is no automated individual decision (Art. 22 GDPR): a person decides on your application.',
    device:
      'Your answers are kept as a draft in this browser tab only until you send the application; on the device beyond the tab only if you expressly choose so. You can delete the draft at any time.',
    noThirdCountry: 'Your data is not transferred to countries outside the EU.',
  },
} as const;

/** Days the hub keeps a delivered application when the municipality set no other period (hub/purge.ts). */
export const DEFAULT_RETENTION_DAYS = 30;

/** Texts of the citizen summary around the facts, per language. */
const SUMMARY = {
  de: {
    title: 'Hinweise zum Datenschutz',
    intro: (form: string, who: string) =>
      `Wenn Sie den Online-Antrag „${form}“ nutzen, verarbeitet ${who} Ihre Angaben. Hier das Wichtigste in Kürze.`,
    controller: 'Wer ist verantwortlich?',
    office: 'Zuständige Stelle',
    contact:
      'Sie beantwortet Ihre Fragen zum Datenschutz und nennt Ihnen die oder den Datenschutzbeauftragten der Kommune.',
    email: 'E-Mail',
    phone: 'Telefon',
    purpose: 'Wozu und auf welcher Grundlage?',
    legalBasis: 'Rechtsgrundlagen:',
    data: 'Welche Angaben?',
    dataIntro: 'Die Angaben, die Sie in diesen Schritten des Formulars machen:',
    recipients: 'Wer erhält Ihre Angaben?',
    sent: (office: string) =>
      `${office}: Die Datendrehscheibe der Kommune übermittelt Ihren Antrag verschlüsselt dorthin.`,
    retention: 'Wie lange werden Ihre Angaben gespeichert?',
    hub: (days: number) =>
      `Die Datendrehscheibe löscht Ihren Antrag ${days} Tage nach der Zustellung an die zuständige Stelle, wenn die Kommune keine andere Frist festgelegt hat.`,
    officeKeeps:
      'Die zuständige Stelle bewahrt Ihre Angaben so lange auf, wie das Fachrecht es vorschreibt.',
    rights: 'Ihre Rechte',
  },
  en: {
    title: 'Privacy information',
    intro: (form: string, who: string) =>
      `When you use the online application “${form}”, ${who} processes the data you enter. Here is a short summary.`,
    controller: 'Who is responsible?',
    office: 'Responsible office',
    contact:
      "It answers your questions about data protection and tells you how to reach the municipality's data protection officer.",
    email: 'Email',
    phone: 'Phone',
    purpose: 'Why, and on what legal basis?',
    legalBasis: 'Legal bases:',
    data: 'Which data?',
    dataIntro: 'The data you enter in these steps of the form:',
    recipients: 'Who receives your data?',
    sent: (office: string) =>
      `${office}: the municipality's data hub sends your application there, encrypted.`,
    retention: 'How long is your data kept?',
    hub: (days: number) =>
      `The data hub deletes your application ${days} days after it was delivered to the responsible office, unless the municipality set another period.`,
    officeKeeps:
      'The responsible office keeps your data as long as the law for this matter requires.',
    rights: 'Your rights',
  },
} as const;

/** What the element knows when it shows the summary (all from the municipality's config). */
export interface SummaryInput {
  lang: 'de' | 'en';
  facts: PrivacyFacts;
  /** The assistant's title in `lang`. */
  form: string;
  /** `municipality.name` of the config: the controller. */
  municipality: string;
  /** The office that handles this assistant (`offices[id]`, else `office`). */
  office: { name: string; email?: string; phone?: string; address?: string };
  /** Titles (in `lang`) of the steps that collect data: the data categories. */
  steps: readonly string[];
}

/** One section of the summary: a heading, paragraphs and an optional list. */
export interface SummarySection {
  heading: string;
  text: string[];
  list?: readonly string[];
  after?: string[];
}

/**
 * The short Art. 13 information for the citizen, from the same facts as the drafts: controller
 * (the municipality and its office from the config), purpose and legal basis, data categories
 * (the form's steps), recipients, retention and rights. No placeholder: what only the
 * municipality can say is said neutrally (it answers questions, names its data protection officer).
 */
export function privacySummary(input: SummaryInput): {
  title: string;
  intro: string;
  sections: SummarySection[];
} {
  const t = SUMMARY[input.lang];
  const c = CITIZEN[input.lang];
  const facts = input.lang === 'de' ? input.facts : input.facts.en;
  const { office, municipality } = input;
  return {
    title: t.title,
    intro: t.intro(input.form, municipality),
    sections: [
      {
        heading: t.controller,
        text: [
          municipality,
          [
            `${t.office}: ${office.name}`,
            office.address,
            office.email && `${t.email}: ${office.email}`,
            office.phone && `${t.phone}: ${office.phone}`,
          ]
            .filter(Boolean)
            .join(', '),
          t.contact,
        ],
      },
      { heading: t.purpose, text: [facts.purpose, t.legalBasis], list: facts.legalBasis },
      { heading: t.data, text: [t.dataIntro], list: input.steps },
      {
        heading: t.recipients,
        text: [],
        list: [t.sent(office.name), ...facts.recipients],
        after: [c.noThirdCountry],
      },
      {
        heading: t.retention,
        text: [t.hub(DEFAULT_RETENTION_DAYS), t.officeKeeps, c.device],
      },
      { heading: t.rights, text: [c.rights, c.noAutomatedDecision] },
    ],
  };
}
