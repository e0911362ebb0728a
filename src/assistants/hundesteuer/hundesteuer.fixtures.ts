/**
 * Example parameters and answers of the Hundesteuer assistant. They feed the node tests, the
 * browser tests and the Storybook stories, so they are complete and realistic. Fixed dates lie
 * before 2026-11-29; dates that must stay recent (end of keeping a dog) are relative to today.
 */
import type { Answers } from '../../engine/types.js';
import { todayIso } from '../../engine/walk.js';
import type { HundesteuerParams } from './hundesteuer.params.js';
import type { ExpectedIssue, InvalidFixture } from '../../engine/fixture-types.js';
export type { ExpectedIssue, InvalidFixture };

/** Dresden's section of examples/config/dresden.json (the test keeps them identical). */
export const dresdenParams: HundesteuerParams = {
  rates: { model: 'ordinal', first: 108, second: 144, further: 144 },
  dangerousRates: { model: 'none' },
  separateDangerousSequence: false,
  countExemptDogs: true,
  orderingRule: 'heldSince',
  dangerousBreeds: ['American Staffordshire Terrier', 'Bullterrier', 'Pitbull Terrier'],
  reliefCatalogue: [
    {
      code: 'blindenfuehrhund',
      kind: 'befreiung',
      label: { de: 'Blindenführhund', en: 'Guide dog for a blind person' },
    },
    {
      code: 'schwerbehinderung',
      kind: 'befreiung',
      label: {
        de: 'Hund, der ausschließlich zum Schutz und zur Therapie eines schwerbehinderten Menschen ausgebildet ist',
        en: 'Dog trained solely to protect and support a severely disabled person',
      },
    },
    {
      code: 'forstJagdschutz',
      kind: 'befreiung',
      label: {
        de: 'Hund von Forstbediensteten oder bestätigten Jagdaufseherinnen und Jagdaufsehern, der für den Forst- oder Jagdschutz nötig ist',
        en: 'Dog of forestry staff or a confirmed game warden, needed to protect the forest or game',
      },
    },
  ],
  paymentMethods: ['lastschrift', 'ueberweisung'],
  creditorId: 'DE98ZZZ09999999999',
  creditorName: 'Landeshauptstadt Dresden',
  annualPaymentAllowed: true,
  dueDates: ['02-15', '05-15', '08-15', '11-15'],
  statuteUrl: 'https://www.dresden.de/de/rathaus/dienstleistungen/hundesteuer_d115.php',
  taxStartRule: { start: 'followingMonth', minAgeMonths: 3 },
  notificationDeadlineDays: 14,
};

/** An ISO date `days` before today (for dates a rule compares with today). */
export const daysAgo = (days: number, today = todayIso()): string =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const halter = {
  givenNames: 'Katrin',
  familyName: 'Schubert',
  birthDate: '1984-07-23',
  address: { street: 'Wiener Straße', houseNumber: '12', postalCode: '01069', city: 'Dresden' },
  email: 'katrin.schubert@example.org',
  phone: '0351 4567890',
};

const declarations = { privacyNoticeAck: true, declarationTruth: true };

const bruno = {
  name: 'Bruno',
  breed: 'labradorRetriever',
  sex: 'ruede',
  birthDate: '2024-05-10',
  heldSince: '2026-03-15',
  origin: 'zuechter',
  chipNumber: '276098106543210',
  dangerStatus: 'keine',
  reliefRequested: 'nein',
};

const luna = {
  name: 'Luna',
  breed: 'mischling',
  mixedBreedOf: 'Labrador und Pudel',
  sex: 'huendin',
  birthDate: '2022-08-01',
  heldSince: '2025-06-20',
  origin: 'tierheim',
  dangerStatus: 'keine',
  reliefRequested: 'nein',
};

const lastschrift = {
  paymentMethod: 'lastschrift',
  bankAccount: {
    accountHolder: 'Katrin Schubert',
    iban: 'DE02120300000000202051',
    sepaMandateConsent: true,
  },
  annualPayment: false,
};

/** One labrador, held since 15 March 2026 (Dresden: 108 € a year, 81 € for April–December 2026). */
export const anmeldungEinHund: Answers = {
  requestType: 'anmeldung',
  halter: { ...halter, movedIn: false, alreadyRegisteredDogs: 0 },
  hunde: [bruno],
  zahlung: { paymentMethod: 'ueberweisung', annualPayment: true },
  ...declarations,
};

/** Two dogs, paid by direct debit (Dresden: 108 + 144 = 252 € a year). */
export const anmeldungZweiHunde: Answers = {
  requestType: 'anmeldung',
  halter: { ...halter, movedIn: false, alreadyRegisteredDogs: 0 },
  hunde: [bruno, luna],
  zahlung: lastschrift,
  ...declarations,
};

/** A presumed-dangerous dog with a permit, moving in, one dog already registered. */
export const anmeldungGefaehrlich: Answers = {
  requestType: 'anmeldung',
  halter: {
    givenNames: 'Marcel',
    familyName: 'Lehmann',
    birthDate: '1990-02-11',
    address: {
      street: 'Bautzner Straße',
      houseNumber: '45a',
      postalCode: '01099',
      city: 'Dresden',
    },
    phone: '+49 151 23456789',
    movedIn: true,
    previousMunicipality: 'Freital',
    alreadyRegisteredDogs: 1,
    alreadyRegisteredDangerousDogs: 0,
  },
  hunde: [
    {
      name: 'Rocky',
      breed: 'americanStaffordshireTerrier',
      sex: 'ruede',
      birthDate: '2021-09-03',
      heldSince: '2025-03-01',
      origin: 'zuzug',
      chipNumber: '276098100123456',
      dangerStatus: 'vermutet',
      dangerPermitAuthority: 'Landratsamt Sächsische Schweiz-Osterzgebirge',
      dangerPermitDate: '2022-01-17',
      dangerPermitRef: '32.1-GH-2022-0147',
    },
  ],
  zahlung: {
    ...lastschrift,
    bankAccount: { ...lastschrift.bankAccount, accountHolder: 'Marcel Lehmann' },
  },
  ...declarations,
};

/** A guide dog with an exemption, paid by bank transfer (no tax expected). */
export const anmeldungBefreiung: Answers = {
  requestType: 'anmeldung',
  halter: {
    givenNames: 'Ingrid',
    familyName: 'Neumann',
    birthDate: '1958-11-30',
    address: {
      street: 'Königsbrücker Straße',
      houseNumber: '78',
      postalCode: '01099',
      city: 'Dresden',
    },
    phone: '0351 8765432',
    movedIn: false,
    alreadyRegisteredDogs: 0,
  },
  hunde: [
    {
      name: 'Ella',
      breed: 'labradorRetriever',
      sex: 'huendin',
      birthDate: '2023-04-02',
      heldSince: '2025-10-06',
      origin: 'privat',
      chipNumber: '276094500987654',
      dangerStatus: 'keine',
      reliefRequested: 'befreiung',
      reliefReason: 'blindenfuehrhund',
    },
  ],
  zahlung: { paymentMethod: 'ueberweisung', annualPayment: false },
  ...declarations,
};

/** The dog was given to a new keeper five days ago. */
export const abmeldung: Answers = {
  requestType: 'abmeldung',
  taxReference: '2021/HST/004711',
  halter,
  abmeldung: {
    dogName: 'Bruno',
    tagNumber: '1047',
    deregistrationReason: 'abgabe',
    endDate: daysAgo(5),
    newHolder: {
      givenNames: 'Thomas',
      familyName: 'Richter',
      address: { street: 'Louisenstraße', houseNumber: '23', postalCode: '01099', city: 'Dresden' },
    },
    tagReturn: 'beigefuegtPerPost',
  },
  ...declarations,
};

/**
 * Leipzig (statute from 2026, examples/config/leipzig.json): two chipped dogs whose holder
 * consents to the chips being read, 150 − 30 = 120 € each, 240 € a year. Luna comes from an
 * animal shelter, but not from the Tierheim Leipzig.
 */
export const anmeldungLeipzig: Answers = {
  ...anmeldungZweiHunde,
  halter: {
    ...halter,
    address: {
      street: 'Karl-Liebknecht-Straße',
      houseNumber: '45',
      postalCode: '04275',
      city: 'Leipzig',
    },
    movedIn: false,
    alreadyRegisteredDogs: 0,
  },
  hunde: [
    { ...bruno, chipReadConsent: true },
    { ...luna, fromLocalShelter: 'nein', chipNumber: '276098106512345', chipReadConsent: true },
  ],
};

/** Every valid answer set by name (Dresden parameters, zero issues). */
export const validAnswers = {
  anmeldungEinHund,
  anmeldungZweiHunde,
  anmeldungGefaehrlich,
  anmeldungBefreiung,
  abmeldung,
};

export type HundesteuerStepId =
  | 'anliegen'
  | 'halter'
  | 'hunde'
  | 'gefahr'
  | 'verguenstigung'
  | 'zahlung'
  | 'abmeldung'
  | 'erklaerungen';

const withHalter = (base: Answers, patch: Record<string, unknown>): Answers => ({
  ...base,
  halter: { ...(base.halter as object), ...patch },
});
const withDogs = (base: Answers, dogs: Record<string, unknown>[]): Answers => ({
  ...base,
  hunde: dogs,
});

export const invalidByStep: Record<HundesteuerStepId, InvalidFixture> = {
  anliegen: {
    answers: { ...anmeldungEinHund, requestType: undefined },
    issues: [{ path: 'requestType', code: 'required' }],
  },
  halter: {
    answers: withHalter(anmeldungEinHund, {
      familyName: '  ',
      birthDate: '2099-01-01',
      address: { ...halter.address, postalCode: '1069' },
      email: 'katrin.schubert@',
      alreadyRegisteredDogs: 1,
      alreadyRegisteredDangerousDogs: 2,
    }),
    issues: [
      { path: 'halter.familyName', code: 'required' },
      { path: 'halter.birthDate', code: 'in_future' },
      { path: 'halter.address.postalCode', code: 'invalid_format' },
      { path: 'halter.email', code: 'invalid_email' },
      { path: 'halter.alreadyRegisteredDangerousDogs', code: 'more_than_registered' },
    ],
  },
  hunde: {
    answers: withDogs(anmeldungZweiHunde, [
      { ...bruno, breed: 'andere', chipNumber: '2760 9810 6543' },
      { ...luna, sex: undefined, heldSince: '2021-12-24' },
    ]),
    issues: [
      { path: 'hunde.0.breedOther', code: 'required' },
      { path: 'hunde.0.chipNumber', code: 'invalid_format' },
      { path: 'hunde.1.sex', code: 'required' },
      { path: 'hunde.1.heldSince', code: 'before_birth' },
    ],
  },
  gefahr: {
    answers: withDogs(anmeldungZweiHunde, [
      { ...bruno, breed: 'pitbullTerrier', dangerStatus: 'keine' },
      { ...luna, dangerStatus: 'imEinzelfallFestgestellt', dangerPermitDate: '2099-05-01' },
    ]),
    issues: [
      { path: 'hunde.0.dangerStatus', code: 'listed_breed', severity: 'warning' },
      { path: 'hunde.1.dangerPermitAuthority', code: 'required' },
      { path: 'hunde.1.dangerPermitDate', code: 'in_future' },
    ],
  },
  verguenstigung: {
    answers: withDogs(anmeldungZweiHunde, [
      { ...bruno, reliefRequested: 'befreiung' },
      // Dresden grants no reductions, so "ermaessigung" is not offered.
      { ...luna, reliefRequested: 'ermaessigung' },
    ]),
    issues: [
      { path: 'hunde.0.reliefReason', code: 'required' },
      { path: 'hunde.1.reliefRequested', code: 'invalid_value' },
    ],
  },
  zahlung: {
    answers: {
      ...anmeldungZweiHunde,
      zahlung: {
        paymentMethod: 'lastschrift',
        bankAccount: { accountHolder: 'Katrin Schubert', iban: 'DE02 1203 0000 0000 2020 52' },
      },
    },
    issues: [
      { path: 'zahlung.bankAccount.iban', code: 'invalid_iban' },
      { path: 'zahlung.bankAccount.sepaMandateConsent', code: 'required' },
    ],
  },
  abmeldung: {
    answers: {
      ...abmeldung,
      abmeldung: {
        ...(abmeldung.abmeldung as object),
        endDate: '2099-12-31',
        newHolder: {
          givenNames: 'Thomas',
          address: {
            street: 'Louisenstraße',
            houseNumber: '23',
            postalCode: '01099',
            city: 'Dresden',
          },
        },
        tagReturn: undefined,
      },
    },
    issues: [
      { path: 'abmeldung.endDate', code: 'in_future' },
      { path: 'abmeldung.newHolder.familyName', code: 'required' },
      { path: 'abmeldung.tagReturn', code: 'required' },
    ],
  },
  erklaerungen: {
    answers: { ...anmeldungEinHund, privacyNoticeAck: undefined, declarationTruth: false },
    issues: [
      { path: 'privacyNoticeAck', code: 'required' },
      { path: 'declarationTruth', code: 'required' },
    ],
  },
};
