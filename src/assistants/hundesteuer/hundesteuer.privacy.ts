// What the GDPR documents say about the Hundesteuer's processing (src/engine/privacy.ts, issue 9).
import type { PrivacyFacts } from '../../engine/privacy.js';

export const privacy: PrivacyFacts = {
  purpose:
    'Anmeldung, Abmeldung und Änderung von Hunden zur Hundesteuer; Festsetzung und Erhebung der Hundesteuer, Prüfung von Ermäßigungen und Befreiungen und die Ausgabe der Hundesteuermarke.',
  legalBasis: [
    'Art. 6 Abs. 1 Buchst. c und e DSGVO',
    '§ 2 Abs. 1 und § 7 Abs. 2 Sächsisches Kommunalabgabengesetz (SächsKAG) in Verbindung mit der Hundesteuersatzung der Kommune',
    'Bei gefährlichen Hunden: Gesetz zum Schutze der Bevölkerung vor gefährlichen Hunden (GefHundG) und DVOGefHundG',
  ],
  dataSubjects: [
    'Hundehalterinnen und Hundehalter',
    'bei Ermäßigungen: Personen im Haushalt, deren Nachweis vorgelegt wird',
  ],
  recipients: ['Bei gefährlichen Hunden: die Ortspolizeibehörde der Kommune'],
  specialCategories: [],
  obligation:
    'Wer einen Hund hält, muss ihn nach der Hundesteuersatzung anmelden. Ohne die Pflichtangaben kann die Steuer nicht festgesetzt werden; eine unterlassene Anmeldung kann eine Ordnungswidrigkeit sein.',
  en: {
    purpose:
      'Registering, deregistering and changing dogs for the dog tax; assessing and collecting the dog tax, checking reductions and exemptions and issuing the dog tax tag.',
    legalBasis: [
      'Art. 6(1)(c) and (e) GDPR',
      "§ 2(1) and § 7(2) Saxon Municipal Charges Act (SächsKAG) in conjunction with the municipality's dog tax bylaw",
      'For dangerous dogs: Act on the Protection of the Population from Dangerous Dogs (GefHundG) and DVOGefHundG',
    ],
    recipients: ["For dangerous dogs: the municipality's local police authority"],
  },
};
