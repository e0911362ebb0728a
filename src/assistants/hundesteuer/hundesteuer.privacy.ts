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
};
