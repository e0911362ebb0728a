// What the GDPR documents say about the Gewerbeanzeige's processing (src/engine/privacy.ts, issue 9).
import type { PrivacyFacts } from '../../engine/privacy.js';

export const privacy: PrivacyFacts = {
  purpose:
    'Entgegennahme der Gewerbeanzeige (Anmeldung, Ummeldung, Abmeldung), Bestätigung des Empfangs und Unterrichtung der Stellen, die das Gesetz nennt.',
  legalBasis: [
    'Art. 6 Abs.\u00a01 Buchst. c DSGVO',
    '§\u00a014 und §\u00a015 Gewerbeordnung (GewO)',
    'Gewerbeanzeigeverordnung (GewAnzV), insbesondere §\u00a03 (Datenübermittlung)',
    '§\u00a0138 Abs.\u00a01 Abgabenordnung (AO) (Mitteilung an das Finanzamt)',
  ],
  dataSubjects: [
    'Gewerbetreibende (Einzelunternehmerinnen und -unternehmer, Gesellschafterinnen und Gesellschafter, gesetzliche Vertretung)',
    'Betriebsleitung',
  ],
  recipients: [
    'Nach §\u00a014 Abs.\u00a08 GewO und §\u00a03 GewAnzV: Industrie- und Handelskammer oder Handwerkskammer, Finanzamt, Statistisches Landesamt, Agentur für Arbeit, Hauptzollamt, Berufsgenossenschaft, Eichbehörde und die weiteren Stellen, die für das Gewerbe zuständig sind (welche, steht in der Anzeige unter „Empfänger“)',
  ],
  specialCategories: [],
  obligation:
    'Die Anzeige ist nach §\u00a014 GewO Pflicht. Wer sie nicht, nicht richtig oder nicht rechtzeitig erstattet, handelt ordnungswidrig (§\u00a0146 GewO).',
  en: {
    purpose:
      'Receiving the trade notice (registration, change, deregistration), confirming its receipt and informing the bodies the law names.',
    legalBasis: [
      'Art. 6(1)(c) GDPR',
      '§\u00a014 and §\u00a015 Trade Regulation Act (GewO)',
      'Trade Notification Ordinance (GewAnzV), in particular §\u00a03 (transfer of data)',
      '§\u00a0138(1) Fiscal Code (AO) (notice to the tax office)',
    ],
    recipients: [
      "Under §\u00a014(8) GewO and §\u00a03 GewAnzV: the Chamber of Industry and Commerce or the Chamber of Crafts, the tax office, the State Statistical Office, the Federal Employment Agency, the main customs office, the employers' liability insurance association, the weights and measures authority and the other bodies responsible for the business (which ones is listed in the notification under “Recipients”)",
    ],
  },
};
