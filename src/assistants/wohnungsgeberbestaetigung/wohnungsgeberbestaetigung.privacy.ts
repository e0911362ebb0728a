// What the GDPR documents say about the Wohnungsgeberbestätigung's processing (src/engine/privacy.ts, issue 9).
import type { PrivacyFacts } from '../../engine/privacy.js';

export const privacy: PrivacyFacts = {
  purpose:
    'Elektronische Bestätigung des Ein- oder Auszugs durch den Wohnungsgeber gegenüber der Meldebehörde; Vergabe des Zuordnungsmerkmals, mit dem die meldepflichtige Person ihre Anmeldung verbindet.',
  legalBasis: [
    'Art. 6 Abs. 1 Buchst. c DSGVO',
    '§ 19 Bundesmeldegesetz (BMG), insbesondere Abs. 3 (Inhalt) und Abs. 4 (elektronische Bestätigung)',
  ],
  dataSubjects: [
    'Wohnungsgeber und beauftragte Personen',
    'Eigentümerinnen und Eigentümer der Wohnung',
    'meldepflichtige Personen (Ein- oder Ausziehende)',
  ],
  recipients: ['Die Meldebehörde der Kommune und ihr Melderegister-Fachverfahren'],
  specialCategories: [],
  obligation:
    'Der Wohnungsgeber ist nach § 19 BMG verpflichtet, den Ein- oder Auszug zu bestätigen. Eine fehlende, falsche oder verspätete Bestätigung kann nach § 54 BMG mit einem Bußgeld geahndet werden.',
  officeRetention:
    'nach dem Bundesmeldegesetz und der Aussonderungsregelung der Meldebehörde [Von der Kommune zu ergänzen: Frist]',
  en: {
    purpose:
      'Electronic confirmation of moving in or out by the landlord to the registration authority; issuing the assignment code with which the person required to register links their registration.',
    legalBasis: [
      'Art. 6(1)(c) GDPR',
      '§ 19 Federal Registration Act (BMG), in particular (3) (content) and (4) (electronic confirmation)',
    ],
    recipients: ["The municipality's registration authority and its population register system"],
  },
};
