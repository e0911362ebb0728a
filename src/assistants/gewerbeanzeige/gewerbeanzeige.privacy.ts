// What the GDPR documents say about the Gewerbeanzeige's processing (src/engine/privacy.ts, issue 9).
import type { PrivacyFacts } from '../../engine/privacy.js';

export const privacy: PrivacyFacts = {
  purpose:
    'Entgegennahme der Gewerbeanzeige (Anmeldung, Ummeldung, Abmeldung), Bestätigung des Empfangs und Unterrichtung der Stellen, die das Gesetz nennt.',
  legalBasis: [
    'Art. 6 Abs. 1 Buchst. c DSGVO',
    '§ 14 und § 15 Gewerbeordnung (GewO)',
    'Gewerbeanzeigeverordnung (GewAnzV), insbesondere § 3 (Datenübermittlung)',
    '§ 138 Abs. 1 Abgabenordnung (AO) (Mitteilung an das Finanzamt)',
  ],
  dataSubjects: [
    'Gewerbetreibende (Einzelunternehmerinnen und -unternehmer, Gesellschafterinnen und Gesellschafter, gesetzliche Vertretung)',
    'Betriebsleitung',
  ],
  recipients: [
    'Nach § 14 Abs. 8 GewO und § 3 GewAnzV: Industrie- und Handelskammer oder Handwerkskammer, Finanzamt, Statistisches Landesamt, Agentur für Arbeit, Hauptzollamt, Berufsgenossenschaft, Eichbehörde und die weiteren Stellen, die für das Gewerbe zuständig sind (welche, steht in der Anzeige unter „Empfänger“)',
  ],
  specialCategories: [],
  obligation:
    'Die Anzeige ist nach § 14 GewO Pflicht. Wer sie nicht, nicht richtig oder nicht rechtzeitig erstattet, handelt ordnungswidrig (§ 146 GewO).',
};
