// What the GDPR documents say about the Urkunden request's processing (src/engine/privacy.ts, issue 9).
import type { PrivacyFacts } from '../../engine/privacy.js';

export const privacy: PrivacyFacts = {
  purpose:
    'Ausstellung von Personenstandsurkunden (Geburts-, Ehe-, Lebenspartnerschafts-, Sterbeurkunden und beglaubigte Registerausdrucke): Prüfung der Berechtigung, Ausstellung, Versand und Erhebung der Gebühr.',
  legalBasis: [
    'Art. 6 Abs. 1 Buchst. c und e DSGVO',
    '§§ 55, 62 Personenstandsgesetz (PStG)',
    'Sächsische Personenstandsverordnung (SächsPStVO) und ihre Gebührenregelung',
  ],
  dataSubjects: [
    'Antragstellerinnen und Antragsteller',
    'Personen, auf die sich der Registereintrag bezieht',
    'bevollmächtigte Personen',
  ],
  recipients: [
    'Das Standesamt der Kommune',
    'Der Zahlungsdienst der Kommune (nur Aktenzeichen und Betrag)',
  ],
  specialCategories: [],
  obligation:
    'Eine Urkunde wird nur auf Antrag ausgestellt. Ohne die Pflichtangaben kann das Standesamt den Eintrag nicht finden oder die Berechtigung nach § 62 PStG nicht prüfen.',
  officeRetention:
    'Der Antrag wird nach den Aufbewahrungsfristen des Standesamts aufbewahrt [Von der Kommune zu ergänzen: Frist]; die Register selbst nach § 5 Abs. 5 PStG.',
  en: {
    purpose:
      'Issuing civil status certificates (birth, marriage, civil partnership and death certificates and certified register extracts): checking entitlement, issuing, sending and collecting the fee.',
    legalBasis: [
      'Art. 6(1)(c) and (e) GDPR',
      '§§ 55, 62 Civil Status Act (PStG)',
      'Saxon Civil Status Ordinance (SächsPStVO) and its fee rules',
    ],
    recipients: [
      "The municipality's registry office",
      "The municipality's payment service (reference and amount only)",
    ],
  },
};
