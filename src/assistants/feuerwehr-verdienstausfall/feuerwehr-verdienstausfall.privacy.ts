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
};
