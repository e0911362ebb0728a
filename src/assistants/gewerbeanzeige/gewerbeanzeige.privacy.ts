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
  en: {
    purpose:
      'Receiving the trade notification (registration, change, deregistration), confirming its receipt and informing the bodies the law names.',
    legalBasis: [
      'Art. 6(1)(c) GDPR',
      '§ 14 and § 15 Trade Regulation Act (GewO)',
      'Trade Notification Ordinance (GewAnzV), in particular § 3 (transfer of data)',
      '§ 138(1) Fiscal Code (AO) (notice to the tax office)',
    ],
    recipients: [
      "Under § 14(8) GewO and § 3 GewAnzV: the Chamber of Industry and Commerce or the Chamber of Crafts, the tax office, the State Statistical Office, the Federal Employment Agency, the main customs office, the employers' liability insurance association, the weights and measures authority and the other bodies responsible for the trade (which ones is listed in the notification under “Recipients”)",
    ],
  },
};
