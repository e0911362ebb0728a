// What the GDPR documents say about the Brauchtumsfeuer's processing (src/engine/privacy.ts, issue 9).
import type { PrivacyFacts } from '../../engine/privacy.js';

export const privacy: PrivacyFacts = {
  purpose:
    'Anmeldung eines Brauchtumsfeuers, etwa eines Osterfeuers (je nach Polizeiverordnung eine Anzeige oder ein Antrag auf Erlaubnis): Prüfung durch die Ortspolizeibehörde, Auflagen zum Brandschutz und zur Gefahrenabwehr, Information der Feuerwehr und gegebenenfalls der Forstbehörde.',
  legalBasis: [
    'Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit dem Sächsischen Polizeibehördengesetz (SächsPBG)',
    'Polizeiverordnung der Kommune (Abschnitt „Abbrennen offener Feuer“)',
    '§ 15 Sächsisches Waldgesetz (SächsWaldG), wenn das Feuer näher als 100 m am Wald liegt',
  ],
  dataSubjects: [
    'Veranstalterinnen und Veranstalter',
    'verantwortliche Aufsichtspersonen',
    'Grundstückseigentümerinnen und -eigentümer',
  ],
  recipients: [
    'Die örtliche Feuerwehr bzw. die Integrierte Regionalleitstelle (Ort und Zeit des Feuers)',
    'Bei Waldnähe: die untere Forstbehörde',
  ],
  specialCategories: [],
  obligation:
    'Die Polizeiverordnung der Kommune verlangt die Anmeldung vor dem Abbrennen. Ohne die Pflichtangaben kann die Anmeldung nicht geprüft werden; ein nicht angemeldetes Feuer kann eine Ordnungswidrigkeit sein.',
  en: {
    purpose:
      'Registration of a traditional bonfire, such as an Easter bonfire (depending on the police ordinance a notification or an application for permission): review by the local police authority, conditions for fire safety and public safety, informing the fire brigade and, where applicable, the forestry authority.',
    legalBasis: [
      'Art. 6(1)(e) GDPR in conjunction with the Saxon Police Authorities Act (SächsPBG)',
      "The municipality's police ordinance (section on lighting open fires)",
      '§ 15 Saxon Forest Act (SächsWaldG), if the fire is less than 100 m from a forest',
    ],
    recipients: [
      'The local fire brigade or the integrated regional control centre (place and time of the fire)',
      'If near a forest: the lower forestry authority',
    ],
  },
};
