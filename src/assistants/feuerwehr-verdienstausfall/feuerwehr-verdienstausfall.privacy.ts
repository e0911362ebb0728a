// What the GDPR documents say about the Feuerwehr claim's processing (src/engine/privacy.ts, issue 9).
import type { PrivacyFacts } from '../../engine/privacy.js';

export const privacy: PrivacyFacts = {
  purpose:
    'Erstattung des fortgezahlten Arbeitsentgelts an private Arbeitgeber und des Verdienstausfalls an selbständige Angehörige der Freiwilligen Feuerwehr für Einsätze, Übungen und Lehrgänge; Prüfung der Einsatzzeiten und Auszahlung.',
  legalBasis: [
    'Art. 6 Abs. 1 Buchst. c und e DSGVO',
    '§ 62 Abs. 1 und 2 Sächsisches Gesetz über den Brandschutz, Rettungsdienst und Katastrophenschutz (SächsBRKG)',
    '§ 14 Sächsische Feuerwehrverordnung (SächsFwVO)',
  ],
  dataSubjects: ['Angehörige der Freiwilligen Feuerwehr', 'Arbeitgeber und ihre Ansprechpersonen'],
  recipients: [
    'Die Feuerwehr der Kommune (Bestätigung der Einsatzzeiten)',
    'Die Stadt- bzw. Gemeindekasse (Auszahlung)',
  ],
  specialCategories: [],
  obligation:
    'Die Erstattung gibt es nur auf Antrag. Ohne die Pflichtangaben (insbesondere Einsatzzeiten, Entgelt und Bankverbindung) kann der Antrag nicht geprüft und nichts ausgezahlt werden.',
  officeRetention:
    'nach den haushaltsrechtlichen Aufbewahrungsfristen für Auszahlungsbelege [Von der Kommune zu ergänzen: Frist, in der Regel 10 Jahre]',
  en: {
    purpose:
      'Reimbursement of wages paid on to private employers and of lost earnings to self-employed members of the volunteer fire brigade for call-outs, exercises and courses; checking the times of service and payment.',
    legalBasis: [
      'Art. 6(1)(c) and (e) GDPR',
      '§ 62(1) and (2) Saxon Act on Fire Protection, Rescue Services and Disaster Control (SächsBRKG)',
      '§ 14 Saxon Fire Brigade Ordinance (SächsFwVO)',
    ],
    recipients: [
      "The municipality's fire brigade (confirms the times of service)",
      'The municipal treasury (payment)',
    ],
  },
};
