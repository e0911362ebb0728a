/**
 * Example parameters and answers of the trade notice. They feed the node tests, the browser tests
 * and Storybook. Answers are functions of `today` (ISO date): start, change and cessation dates
 * are counted from whatever day the tests run.
 */
import type { Answers } from '../../engine/types.js';
import type { ExpectedIssue, InvalidCase } from '../../engine/fixture-types.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';
import { addDays } from './gewerbeanzeige.rules.js';
export type { ExpectedIssue, InvalidCase };

/**
 * Equal to `assistants.gewerbeanzeige` in `examples/config/dresden.json`. Fees, tax offices and
 * postal codes are examples to verify against the city's fee statute and the tax offices' areas.
 */
export const dresdenParams: GewerbeanzeigeParams = {
  fees: {
    anmeldung: { natuerlichePerson: 26, juristischePersonOderGesellschaft: 40 },
    ummeldung: { natuerlichePerson: 20, juristischePersonOderGesellschaft: 30 },
    abmeldung: { natuerlichePerson: 15, juristischePersonOderGesellschaft: 25 },
  },
  feePerForm: true,
  surcharges: [
    {
      legalForms: ['230'],
      amount: 10,
      label: { de: 'GmbH & Co. KG', en: 'GmbH & Co. KG' },
    },
  ],
  feeUrl: 'https://www.dresden.de/de/wirtschaft/gewerbe/gewerbeanzeigen.php',
  ihk: { name: 'IHK Dresden' },
  hwk: { name: 'Handwerkskammer Dresden' },
  finanzaemter: [
    { name: 'Finanzamt Dresden-Nord', postalCodes: ['01097', '01099', '01127', '01129', '01139'] },
    { name: 'Finanzamt Dresden-Süd' },
  ],
  statistik: { name: 'Statistisches Landesamt des Freistaates Sachsen' },
  gewerberegister: {
    name: 'Landeshauptstadt Dresden, Gewerbeamt (Gewerberegister)',
    en: 'Landeshauptstadt Dresden, Gewerbeamt (business register)',
  },
  tradeRecipients: [
    {
      id: 'lebensmittelueberwachung',
      name: 'Landeshauptstadt Dresden, Lebensmittelüberwachungs- und Veterinäramt',
      en: 'Landeshauptstadt Dresden, Lebensmittelüberwachungs- und Veterinäramt (food safety and veterinary office)',
      wzPrefixes: ['10', '47.2', '56'],
    },
    {
      id: 'eichbehoerde',
      name: 'Staatsbetrieb Mess- und Eichwesen Sachsen',
      en: 'Staatsbetrieb Mess- und Eichwesen Sachsen (weights and measures authority)',
      wzPrefixes: ['47.3', '47.11'],
    },
    {
      id: 'arbeitsschutz',
      name: 'Landesdirektion Sachsen, Abteilung Arbeitsschutz',
      en: 'Landesdirektion Sachsen, Abteilung Arbeitsschutz (occupational safety authority)',
      wzPrefixes: ['41', '42', '43'],
    },
  ],
  postalCodes: [
    '01067',
    '01069',
    '01097',
    '01099',
    '01108',
    '01109',
    '01127',
    '01129',
    '01139',
    '01156',
    '01157',
    '01159',
    '01169',
    '01187',
    '01189',
    '01217',
    '01219',
    '01237',
    '01239',
    '01257',
    '01259',
    '01277',
    '01279',
    '01307',
    '01309',
    '01324',
    '01326',
    '01328',
  ],
  maxStartDaysAhead: 28,
  maxCessationDaysPast: 28,
};

const declarations = {
  documentDelivery: 'email',
  privacyNoticeAck: true,
  declarationTruth: true,
};

const lena = {
  givenNames: 'Lena',
  familyName: 'Hoffmann',
  sex: 'weiblich',
  birthDate: '1990-04-12',
  birthPlace: 'Dresden',
  birthCountry: 'Deutschland',
  nationalityGroup: 'deutsch',
  address: { street: 'Bautzner Straße', houseNumber: '21', postalCode: '01099', city: 'Dresden' },
  phone: '0351 1234567',
  email: 'lena.hoffmann@example.org',
};

const radwerk = {
  address: { street: 'Louisenstraße', houseNumber: '17', postalCode: '01099', city: 'Dresden' },
  phone: '0351 7654321',
};

/** A sole trader opens a bicycle shop in Dresden-Neustadt next week (GewA 1). */
export function einzelunternehmenAnmeldung(today: string): Answers {
  return {
    noticeType: 'anmeldung',
    establishmentKind: 'hauptniederlassung',
    filerRole: 'einzelunternehmer',
    company: { legalForm: '180', tradeName: 'Radwerk Neustadt' },
    persons: [lena],
    establishment: radwerk,
    activities: [
      { description: 'Einzelhandel mit Fahrrädern und Fahrradteilen', wzCode: '47.64.1' },
      { description: 'Reparatur von Fahrrädern' },
    ],
    sideBusiness: 'nein',
    startDate: addDays(today, 7),
    businessTypes: ['handel'],
    employeesFullTime: 0,
    employeesPartTime: 1,
    reason: 'neuerrichtung',
    permit: { required: 'nein' },
    ...declarations,
  };
}

/** The sole trader moves the bicycle shop from Radebeul to Dresden (GewA 1 after a move). */
export function anmeldungNachVerlegung(today: string): Answers {
  return {
    ...einzelunternehmenAnmeldung(today),
    reason: 'wiedereroeffnungNachVerlegung',
    previousAddress: {
      street: 'Meißner Straße',
      houseNumber: '82',
      postalCode: '01445',
      city: 'Radebeul',
    },
  };
}

/** Two managing partners of a GbR start an IT consultancy: one notice, two GewA 1 records. */
export function gbrZweiGesellschafter(today: string): Answers {
  return {
    noticeType: 'anmeldung',
    establishmentKind: 'hauptniederlassung',
    filerRole: 'gesellschafterPersonengesellschaft',
    company: {
      legalForm: '270',
      isRegistered: 'nein',
      registeredName: 'Krause & Yilmaz GbR',
      publicSectorParticipation: 'nein',
    },
    persons: [
      {
        givenNames: 'Jonas',
        familyName: 'Krause',
        sex: 'maennlich',
        birthDate: '1988-09-30',
        birthPlace: 'Chemnitz',
        birthCountry: 'Deutschland',
        nationalityGroup: 'deutsch',
        address: { street: 'Hauptstraße', houseNumber: '8a', postalCode: '01097', city: 'Dresden' },
        phone: '0351 2223334',
      },
      {
        givenNames: 'Elif',
        familyName: 'Yilmaz',
        sex: 'weiblich',
        birthDate: '1992-01-17',
        birthPlace: 'Wien',
        birthCountry: 'Österreich',
        nationalityGroup: 'euEwrCh',
        nationality: 'österreichisch',
        address: {
          street: 'Prager Straße',
          houseNumber: '10',
          postalCode: '01069',
          city: 'Dresden',
        },
        phone: '0351 5556667',
        email: 'elif.yilmaz@example.org',
      },
    ],
    establishment: {
      address: { street: 'Prager Straße', houseNumber: '10', postalCode: '01069', city: 'Dresden' },
      phone: '0351 5556667',
      website: 'https://krause-yilmaz.example',
    },
    activities: [{ description: 'IT-Beratung und Entwicklung von Software', wzCode: '62.01.9' }],
    sideBusiness: 'nein',
    startDate: addDays(today, 14),
    businessTypes: ['sonstiges'],
    employeesFullTime: 2,
    employeesPartTime: 0,
    reason: 'neuerrichtung',
    permit: { required: 'nein' },
    ...declarations,
  };
}

/**
 * The managing director of a registered UG (HRB 23456, Amtsgericht Dresden: in the hub's sample
 * register) opens a café with alcohol licence.
 */
export function gmbhGaststaette(today: string): Answers {
  return {
    noticeType: 'anmeldung',
    establishmentKind: 'hauptniederlassung',
    filerRole: 'gesetzlicherVertreter',
    company: {
      legalForm: '351',
      isRegistered: 'ja',
      registerType: 'HRB',
      registerCourt: 'Amtsgericht Dresden',
      registerNumber: 'HRB 23456',
      registeredName: 'Neustädter Backstube UG (haftungsbeschränkt)',
      tradeName: 'Café Backstube',
      publicSectorParticipation: 'nein',
    },
    persons: [
      {
        givenNames: 'Marco',
        familyName: 'Bianchi',
        sex: 'maennlich',
        birthDate: '1979-06-02',
        birthPlace: 'Mailand',
        birthCountry: 'Italien',
        nationalityGroup: 'euEwrCh',
        nationality: 'italienisch',
        address: { street: 'Bergstraße', houseNumber: '3', postalCode: '01069', city: 'Dresden' },
        phone: '0351 8889990',
      },
    ],
    establishment: {
      address: { street: 'Neumarkt', houseNumber: '2', postalCode: '01067', city: 'Dresden' },
      phone: '0351 4445556',
      email: 'info@backstube.example',
    },
    activities: [
      { description: 'Betrieb einer Gaststätte mit Alkoholausschank', wzCode: '56.10.1' },
    ],
    sideBusiness: 'nein',
    startDate: addDays(today, 3),
    businessTypes: ['sonstiges'],
    employeesFullTime: 4,
    employeesPartTime: 6,
    reason: 'neuerrichtung',
    permit: {
      required: 'ja',
      authority: 'Landeshauptstadt Dresden, Ordnungsamt',
      date: addDays(today, -20),
    },
    ...declarations,
  };
}

/** The bicycle shop moves within Dresden and adds a rental (GewA 2). */
export function ummeldungVerlegung(today: string): Answers {
  return {
    noticeType: 'ummeldung',
    establishmentKind: 'hauptniederlassung',
    filerRole: 'einzelunternehmer',
    company: { legalForm: '180', tradeName: 'Radwerk Neustadt' },
    persons: [lena],
    establishment: {
      address: { street: 'Alaunstraße', houseNumber: '40', postalCode: '01099', city: 'Dresden' },
      phone: '0351 7654321',
    },
    activities: [
      { description: 'Einzelhandel mit Fahrrädern und Fahrradteilen', wzCode: '47.64.1' },
      { description: 'Vermietung von Fahrrädern', wzCode: '77.21.0' },
    ],
    sideBusiness: 'nein',
    businessTypes: ['handel', 'sonstiges'],
    employeesFullTime: 1,
    employeesPartTime: 1,
    permit: { required: 'nein' },
    changeReasons: ['verlegungInnerhalbGemeinde', 'ausdehnungTaetigkeit'],
    changeDate: addDays(today, 5),
    previous: {
      address: { street: 'Louisenstraße', houseNumber: '17', postalCode: '01099', city: 'Dresden' },
      activities: 'Einzelhandel mit Fahrrädern und Fahrradteilen',
    },
    ...declarations,
  };
}

/** The sole trader gives the business up for health reasons (GewA 3). */
export function abmeldungAufgabe(today: string): Answers {
  return {
    noticeType: 'abmeldung',
    establishmentKind: 'hauptniederlassung',
    filerRole: 'einzelunternehmer',
    company: { legalForm: '180', tradeName: 'Radwerk Neustadt' },
    persons: [lena],
    establishment: radwerk,
    activities: [
      { description: 'Einzelhandel mit Fahrrädern und Fahrradteilen', wzCode: '47.64.1' },
    ],
    sideBusiness: 'nein',
    businessTypes: ['handel'],
    employeesFullTime: 0,
    employeesPartTime: 0,
    deregistrationReason: 'vollstaendigeAufgabe',
    cessationCauses: 'alterGesundheit',
    cessationDate: addDays(today, -10),
    documentDelivery: 'vorOrt',
    privacyNoticeAck: true,
    declarationTruth: true,
  };
}

/** A Ukrainian national with a residence title that allows self-employment starts a cleaning business. */
export function drittstaatAnmeldung(today: string): Answers {
  return {
    noticeType: 'anmeldung',
    establishmentKind: 'hauptniederlassung',
    filerRole: 'einzelunternehmer',
    company: { legalForm: '180' },
    persons: [
      {
        givenNames: 'Olena',
        familyName: 'Kovalenko',
        sex: 'weiblich',
        birthDate: '1986-11-03',
        birthPlace: 'Charkiw',
        birthCountry: 'Ukraine',
        nationalityGroup: 'andere',
        nationality: 'ukrainisch',
        residence: {
          issuedBy: 'Landeshauptstadt Dresden, Ausländerbehörde',
          issuedOn: '2025-03-01',
          validUntil: addDays(today, 400),
          selfEmploymentAllowed: 'ja',
        },
        address: {
          street: 'Großenhainer Straße',
          houseNumber: '101',
          postalCode: '01127',
          city: 'Dresden',
        },
        phone: '0176 12345678',
      },
    ],
    establishment: {
      address: {
        street: 'Großenhainer Straße',
        houseNumber: '101',
        postalCode: '01127',
        city: 'Dresden',
      },
      phone: '0176 12345678',
    },
    activities: [{ description: 'Reinigung von Büros und Wohnungen', wzCode: '81.21.0' }],
    sideBusiness: 'ja',
    startDate: addDays(today, 1),
    businessTypes: ['sonstiges'],
    employeesFullTime: 0,
    employeesPartTime: 0,
    reason: 'neuerrichtung',
    permit: { required: 'nein' },
    ...declarations,
  };
}

/** An electrician with a master craftsman's card starts a licensed craft business (Anlage A). */
export function handwerkAnmeldung(today: string): Answers {
  return {
    noticeType: 'anmeldung',
    establishmentKind: 'hauptniederlassung',
    filerRole: 'einzelunternehmer',
    company: { legalForm: '180', tradeName: 'Elektro Weber' },
    persons: [
      {
        givenNames: 'Tobias',
        familyName: 'Weber',
        sex: 'maennlich',
        birthDate: '1985-02-21',
        birthPlace: 'Pirna',
        birthCountry: 'Deutschland',
        nationalityGroup: 'deutsch',
        address: {
          street: 'Tharandter Straße',
          houseNumber: '5',
          postalCode: '01159',
          city: 'Dresden',
        },
        phone: '0351 3334445',
      },
    ],
    establishment: {
      address: {
        street: 'Tharandter Straße',
        houseNumber: '5',
        postalCode: '01159',
        city: 'Dresden',
      },
      phone: '0351 3334445',
    },
    activities: [{ description: 'Elektroinstallation in Gebäuden', wzCode: '43.21.0' }],
    sideBusiness: 'nein',
    startDate: addDays(today, 10),
    businessTypes: ['handwerk'],
    employeesFullTime: 1,
    employeesPartTime: 0,
    reason: 'neuerrichtung',
    permit: { required: 'nein' },
    crafts: { entry: 'anlageA', chamber: 'hwkDresden', cardDate: '2024-05-02' },
    ...declarations,
  };
}

/** Every valid example by name (each is sent end to end in the browser tests). */
export function validAnswers(today: string): Record<string, Answers> {
  return {
    einzelunternehmenAnmeldung: einzelunternehmenAnmeldung(today),
    gbrZweiGesellschafter: gbrZweiGesellschafter(today),
    gmbhGaststaette: gmbhGaststaette(today),
    anmeldungNachVerlegung: anmeldungNachVerlegung(today),
    ummeldungVerlegung: ummeldungVerlegung(today),
    abmeldungAufgabe: abmeldungAufgabe(today),
    drittstaatAnmeldung: drittstaatAnmeldung(today),
    handwerkAnmeldung: handwerkAnmeldung(today),
  };
}

/** The fee each valid example costs with `dresdenParams` (EUR). */
export const expectedFees: Record<string, number> = {
  einzelunternehmenAnmeldung: 26,
  gbrZweiGesellschafter: 80,
  gmbhGaststaette: 40,
  anmeldungNachVerlegung: 26,
  ummeldungVerlegung: 20,
  abmeldungAufgabe: 15,
  drittstaatAnmeldung: 26,
  handwerkAnmeldung: 26,
};

/** For every step: a valid example with that step broken, and exactly the issues it must show. */
export function invalidByStep(today: string): Record<string, InvalidCase> {
  const sole = einzelunternehmenAnmeldung(today);
  const gbr = gbrZweiGesellschafter(today);
  const gmbh = gmbhGaststaette(today);
  const [jonas, elif] = gbr.persons as Record<string, unknown>[];
  return {
    anzeige: {
      step: 'anzeige',
      answers: { ...sole, noticeType: undefined, filerRole: undefined },
      issues: [
        { path: 'noticeType', code: 'required' },
        { path: 'filerRole', code: 'required' },
      ],
    },
    unternehmen: {
      step: 'unternehmen',
      answers: {
        ...gmbh,
        company: {
          ...(gmbh.company as object),
          registerCourt: undefined,
          registerNumber: 'HRA 23456',
        },
      },
      issues: [
        { path: 'company.registerCourt', code: 'required' },
        { path: 'company.registerNumber', code: 'prefixMismatch' },
      ],
    },
    personen: {
      step: 'personen',
      answers: {
        ...gbr,
        persons: [
          { ...jonas, birthPlace: undefined },
          { ...elif, birthDate: addDays(today, 2) },
        ],
      },
      issues: [
        { path: 'persons.0.birthPlace', code: 'required' },
        { path: 'persons.1.birthDate', code: 'inFuture' },
      ],
    },
    betrieb: {
      step: 'betrieb',
      answers: {
        ...sole,
        establishment: {
          address: { ...radwerk.address, postalCode: '04109', city: 'Leipzig' },
        },
      },
      issues: [
        { path: 'establishment.address.postalCode', code: 'notInMunicipality' },
        { path: 'establishment.phone', code: 'required' },
      ],
    },
    taetigkeit: {
      step: 'taetigkeit',
      answers: {
        ...sole,
        activities: [{ description: 'Handel mit Waren aller Art' }],
        startDate: addDays(today, 60),
      },
      issues: [
        { path: 'activities.0.description', code: 'tooGeneric' },
        { path: 'startDate', code: 'tooFarAhead' },
      ],
    },
    erlaubnisse: {
      step: 'erlaubnisse',
      answers: { ...sole, permit: { required: 'ja' } },
      issues: [
        { path: 'permit.authority', code: 'required' },
        { path: 'permit.date', code: 'required' },
      ],
    },
    ummeldung: {
      step: 'ummeldung',
      answers: { ...ummeldungVerlegung(today), changeReasons: [], changeDate: undefined },
      issues: [
        { path: 'changeReasons', code: 'required' },
        { path: 'changeDate', code: 'required' },
      ],
    },
    abmeldung: {
      step: 'abmeldung',
      answers: {
        ...abmeldungAufgabe(today),
        cessationDate: addDays(today, -40),
        cessationCauses: undefined,
      },
      issues: [
        { path: 'cessationCauses', code: 'required' },
        { path: 'cessationDate', code: 'tooLongAgo' },
      ],
    },
    nachweise: {
      step: 'nachweise',
      answers: { ...sole, documentDelivery: undefined },
      issues: [{ path: 'documentDelivery', code: 'required' }],
    },
    erklaerungen: {
      step: 'erklaerungen',
      answers: { ...sole, declarationTruth: false },
      issues: [{ path: 'declarationTruth', code: 'required' }],
    },
  };
}
