/**
 * Example parameters and answers of the bonfire assistant. They feed the node tests, the browser
 * tests and Storybook. Answers are functions of `today` (ISO date), because the fire must lie at
 * least `noticeDays` in the future of whatever day the tests run.
 */
import type { Answers } from '../../engine/types.js';
import { addDays, yearsBefore } from './brauchtumsfeuer.dates.js';
import type { BrauchtumsfeuerParams } from './brauchtumsfeuer.params.js';
import type { ExpectedIssue, InvalidCase } from '../../engine/fixture-types.js';
export type { ExpectedIssue, InvalidCase };

/**
 * Dresden-like parameters, equal to `assistants.brauchtumsfeuer` in `examples/config/dresden.json`.
 * Illustrative values modelled on published Saxon ordinances, not Dresden's confirmed rules.
 */
export const dresdenParams: BrauchtumsfeuerParams = {
  procedureType: 'antrag',
  noticeDays: 14,
  earliestStart: '18:00',
  minDistances: { buildings: 50, combustibles: 10, forest: 50, residential: 100 },
  maxPileHeight: 3,
  maxPileDiameter: 5,
  allowedMaterials: ['unbehandeltesHolz', 'baumStrauchschnittTrocken'],
  forestFireBanLevel: 4,
  twoSupervisorsRequired: true,
  allowPrivate: false,
  maxStackingDaysBefore: 3,
  fee: 30,
  ordinanceUrl: 'https://www.dresden.de/',
  gemarkungen: [
    'Altstadt I',
    'Blasewitz',
    'Cotta',
    'Klotzsche',
    'Leuben',
    'Loschwitz',
    'Pieschen',
    'Plauen',
    'Striesen',
    'Weißig',
  ],
};

export { yearsBefore };

/** Date of the fire in the examples: well beyond Dresden's notice period. */
export const eventDate = (today: string): string => addDays(today, dresdenParams.noticeDays + 30);

const address = (street: string, houseNumber: string, postalCode = '01309', city = 'Dresden') => ({
  street,
  houseNumber,
  postalCode,
  city,
});

const responsiblePerson = {
  givenNames: 'Anna',
  familyName: 'Schulze',
  birthDate: '1978-05-12',
  address: address('Bergstraße', '12'),
  mobilePhone: '0170 1234567',
};

const secondSupervisor = {
  givenNames: 'Tom',
  familyName: 'Richter',
  birthDate: '1990-11-03',
  mobilePhone: '+49 171 7654321',
};

const safety = {
  distanceBuildings: 60,
  distanceResidential: 150,
  distanceCombustibles: 15,
  distanceForest: 250,
  extinguishingMeans: ['feuerloescher', 'wasserBehaelter'],
  forestFireLevelAck: true,
};

const declarations = { supervisionConfirmed: true, privacyNoticeAck: true, declarationTruth: true };

/** Easter fire of a registered association on a meadow given by address. */
export function osterfeuerVerein(today: string): Answers {
  const date = eventDate(today);
  return {
    occasion: 'osterfeuer',
    publicEvent: 'ja',
    expectedVisitors: 150,
    catering: true,
    fireworks: false,
    organizer: {
      type: 'verein',
      name: 'Heimatverein Dresden-Loschwitz e. V.',
      registerNumber: 'VR 1234',
      address: address('Pillnitzer Landstraße', '5'),
      email: 'vorstand@heimatverein-loschwitz.example',
      phone: '0351 1234567',
    },
    responsiblePerson,
    secondSupervisor,
    locationMode: 'adresse',
    site: {
      address: address('Pillnitzer Landstraße', '7'),
      description: 'Festwiese hinter dem Vereinsheim, Zufahrt über den Feldweg.',
      organizerIsOwner: 'ja',
    },
    date,
    startTime: '19:00',
    endTime: '23:30',
    alternativeDate: addDays(date, 1),
    stackingDate: addDays(date, -2),
    pileHeightM: 2.5,
    pileDiameterM: 4,
    materials: ['unbehandeltesHolz', 'baumStrauchschnittTrocken'],
    noAccelerantsConfirmed: true,
    noWasteConfirmed: true,
    ...safety,
    ...declarations,
  };
}

/** The next 30 April that still keeps Dresden's notice period. */
export function nextWalpurgis(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-04-30`;
  return thisYear >= addDays(today, dresdenParams.noticeDays) ? thisYear : `${year + 1}-04-30`;
}

/** Walpurgis fire organised by a private person, open to everyone. */
export function hexenfeuerPrivatperson(today: string): Answers {
  const date = nextWalpurgis(today);
  return {
    occasion: 'hexenfeuerWalpurgis',
    publicEvent: 'ja',
    expectedVisitors: 40,
    organizer: {
      type: 'privatperson',
      givenNames: 'Klaus',
      familyName: 'Weber',
      address: address('Am Hang', '3a', '01328'),
      phone: '0351 7654321',
    },
    responsiblePerson: {
      ...responsiblePerson,
      givenNames: 'Klaus',
      familyName: 'Weber',
      birthDate: '1969-02-28',
    },
    secondSupervisor,
    locationMode: 'adresse',
    site: {
      address: address('Am Hang', '3a', '01328'),
      description: 'Obstwiese am Ortsrand, offen für alle Nachbarn.',
      organizerIsOwner: 'ja',
    },
    date,
    startTime: '20:00',
    endTime: '01:00',
    stackingDate: date,
    pileHeightM: 1.5,
    pileDiameterM: 2,
    materials: ['unbehandeltesHolz'],
    noAccelerantsConfirmed: true,
    noWasteConfirmed: true,
    ...safety,
    extinguishingMeans: ['wasserBehaelter', 'sandErde'],
    ...declarations,
  };
}

/**
 * A parish fire given by Gemarkung and Flurstück on land it does not own; the pile stands longer
 * than allowed (re-stacking confirmed) and the forest is 80 m away (a warning, not an error).
 */
export function flurstueckVariante(today: string): Answers {
  const date = eventDate(today);
  return {
    occasion: 'sonstigesBrauchtum',
    occasionText: 'Erntefeuer',
    publicEvent: 'ja',
    organizer: {
      type: 'kirchgemeinde',
      name: 'Ev.-Luth. Kirchgemeinde Loschwitz',
      address: address('Schevenstraße', '1'),
      email: 'pfarramt@kirche-loschwitz.example',
      phone: '0351 2345678',
    },
    responsiblePerson,
    secondSupervisor,
    locationMode: 'flurstueck',
    site: {
      gemarkung: 'Loschwitz',
      flurstueck: '123/4',
      description: 'Acker neben dem Friedhof, Zufahrt über die Grundstraße.',
      organizerIsOwner: 'nein',
    },
    date,
    startTime: '18:00',
    endTime: '22:00',
    stackingDate: addDays(date, -(dresdenParams.maxStackingDaysBefore + 3)),
    restackConfirmed: true,
    pileHeightM: 2,
    pileDiameterM: 3,
    materials: ['baumStrauchschnittTrocken'],
    noAccelerantsConfirmed: true,
    noWasteConfirmed: true,
    ...safety,
    distanceForest: 80,
    ...declarations,
  };
}

/** Warnings the valid examples carry (they do not block sending). */
export const validWarnings: Record<string, ExpectedIssue[]> = {
  osterfeuerVerein: [],
  hexenfeuerPrivatperson: [],
  flurstueckVariante: [{ path: 'distanceForest', code: 'forestApproval', severity: 'warning' }],
};

/** For every step: the Easter fire with that step broken, and exactly the issues it must show. */
export function invalidByStep(today: string): Record<string, InvalidCase> {
  const base = osterfeuerVerein(today);
  const date = eventDate(today);
  const tooSoon = addDays(today, dresdenParams.noticeDays - 1);
  return {
    anlass: {
      step: 'anlass',
      // expectedVisitors is hidden once the fire is not public, so its bad value is not checked.
      answers: {
        ...base,
        occasion: 'sonstigesBrauchtum',
        publicEvent: 'nein',
        expectedVisitors: -5,
      },
      issues: [
        { path: 'occasionText', code: 'required' },
        { path: 'publicEvent', code: 'notPublic' },
      ],
    },
    veranstalter: {
      step: 'veranstalter',
      answers: {
        ...base,
        organizer: {
          type: 'verein',
          name: '  ',
          address: address('Pillnitzer Landstraße', '5', '1309'),
          phone: 'abc',
        },
      },
      issues: [
        { path: 'organizer.name', code: 'required' },
        { path: 'organizer.address.postalCode', code: 'invalid_format' },
        { path: 'organizer.phone', code: 'invalid_format' },
      ],
    },
    verantwortlich: {
      step: 'verantwortlich',
      answers: {
        ...base,
        // 18th birthday the day after the fire.
        responsiblePerson: {
          ...responsiblePerson,
          birthDate: addDays(yearsBefore(date, 18), 1),
          mobilePhone: undefined,
        },
        secondSupervisor: { ...secondSupervisor, familyName: '' },
      },
      issues: [
        { path: 'responsiblePerson.mobilePhone', code: 'required' },
        { path: 'secondSupervisor.familyName', code: 'required' },
        { path: 'responsiblePerson.birthDate', code: 'underage' },
      ],
    },
    ort: {
      step: 'ort',
      answers: {
        ...base,
        locationMode: 'flurstueck',
        site: { gemarkung: 'Atlantis', flurstueck: '12a', description: '', organizerIsOwner: 'ja' },
      },
      issues: [
        { path: 'site.gemarkung', code: 'invalid_value' },
        { path: 'site.flurstueck', code: 'invalid_format' },
        { path: 'site.description', code: 'required' },
      ],
    },
    termin: {
      step: 'termin',
      answers: {
        ...base,
        date: tooSoon,
        startTime: '16:30',
        endTime: '24:15',
        alternativeDate: addDays(today, 1),
        stackingDate: addDays(tooSoon, 1),
      },
      issues: [
        { path: 'endTime', code: 'invalid_format' },
        { path: 'date', code: 'tooSoon' },
        { path: 'startTime', code: 'tooEarly' },
        { path: 'alternativeDate', code: 'tooSoon' },
        { path: 'stackingDate', code: 'afterDate' },
      ],
    },
    feuer: {
      step: 'feuer',
      answers: {
        ...base,
        pileHeightM: 0,
        pileDiameterM: 9,
        materials: ['reisig'],
        noWasteConfirmed: false,
      },
      issues: [
        { path: 'pileHeightM', code: 'too_small' },
        { path: 'noWasteConfirmed', code: 'required' },
        { path: 'pileDiameterM', code: 'aboveMax', severity: 'warning' },
        { path: 'materials', code: 'invalid_value' },
      ],
    },
    sicherheit: {
      step: 'sicherheit',
      answers: {
        ...base,
        distanceBuildings: 20,
        distanceResidential: undefined,
        distanceForest: 40,
        extinguishingMeans: [],
        forestFireLevelAck: false,
      },
      issues: [
        { path: 'distanceResidential', code: 'required' },
        { path: 'extinguishingMeans', code: 'required' },
        { path: 'forestFireLevelAck', code: 'required' },
        { path: 'distanceBuildings', code: 'tooClose' },
        { path: 'distanceForest', code: 'tooClose' },
      ],
    },
    erklaerungen: {
      step: 'erklaerungen',
      answers: { ...base, supervisionConfirmed: false, declarationTruth: undefined },
      issues: [
        { path: 'supervisionConfirmed', code: 'required' },
        { path: 'declarationTruth', code: 'required' },
      ],
    },
  };
}
