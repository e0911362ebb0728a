/**
 * Example parameters and answers of the landlord confirmation. They feed the node tests, the
 * browser tests and Storybook. Answers are functions of `today` (ISO date): the move date is
 * counted from whatever day the tests run.
 */
import type { Answers } from '../../engine/types.js';
import type { WohnungsgeberbestaetigungParams } from './wohnungsgeberbestaetigung.params.js';
import { addDays } from './wohnungsgeberbestaetigung.rules.js';
import type { ExpectedIssue, InvalidCase } from '../../engine/fixture-types.js';
export type { ExpectedIssue, InvalidCase };

/**
 * Equal to `assistants.wohnungsgeberbestaetigung` in `examples/config/dresden.json`. The street
 * list is a small sample of real Dresden streets, not the Meldebehörde's directory.
 */
export const dresdenParams: WohnungsgeberbestaetigungParams = {
  streets: [
    'Alaunstraße',
    'Altmarkt',
    'Bautzner Straße',
    'Bergstraße',
    'Borsbergstraße',
    'Grundstraße',
    'Großenhainer Straße',
    'Hauptstraße',
    'Kesselsdorfer Straße',
    'Königsbrücker Straße',
    'Leipziger Straße',
    'Louisenstraße',
    'Neumarkt',
    'Pillnitzer Landstraße',
    'Prager Straße',
    'Schandauer Straße',
    'Schillerstraße',
    'Striesener Straße',
    'Tharandter Straße',
    'Wilsdruffer Straße',
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
  maxFutureDays: 30,
};

const declarations = { declarationBmg: true, privacyNoticeAck: true, declarationTruth: true };

/** A private owner lets a flat to a couple with a child; moved in three days ago. */
export function einzugVermieter(today: string): Answers {
  return {
    confirmationType: 'einzug',
    submitterRole: 'eigentuemer',
    flat: {
      street: 'Louisenstraße',
      houseNumber: '17',
      postalCode: '01099',
      city: 'Dresden',
      position: '2. Stock links',
    },
    moveDate: addDays(today, -3),
    persons: [
      { givenNames: 'Lena', familyName: 'Hoffmann', birthDate: '1991-07-14' },
      { givenNames: 'Jonas', familyName: 'Hoffmann', birthDate: '1989-02-03' },
      { givenNames: 'Mia', familyName: 'Hoffmann' },
    ],
    landlord: {
      kind: 'natuerlichePerson',
      givenNames: 'Peter',
      familyName: 'Wagner',
      address: { street: 'Bergstraße', houseNumber: '3', postalCode: '01069', city: 'Dresden' },
      email: 'p.wagner@example.org',
    },
    ...declarations,
  };
}

/**
 * A property management company confirms, for a housing company that does not own the house,
 * that a tenant moved abroad 20 days ago: late (a warning, not an error).
 */
export function auszugAusland(today: string): Answers {
  return {
    confirmationType: 'auszug',
    auszugCase: 'ausland',
    submitterRole: 'beauftragtePerson',
    flat: { street: 'Prager Straße', houseNumber: '10', postalCode: '01069', city: 'Dresden' },
    moveDate: addDays(today, -20),
    persons: [{ givenNames: 'Sofia', familyName: 'Rossi', birthDate: '1985-11-30' }],
    agent: {
      name: 'Elbflorenz Hausverwaltung GmbH',
      address: { street: 'Hauptstraße', houseNumber: '8a', postalCode: '01097', city: 'Dresden' },
      phone: '0351 7654321',
    },
    landlord: {
      kind: 'juristischePerson',
      organisationName: 'Wohnen am Elbufer GmbH',
      address: {
        street: 'Wilsdruffer Straße',
        houseNumber: '2',
        postalCode: '01067',
        city: 'Dresden',
      },
    },
    landlordIsOwner: 'nein',
    owner: { name: 'Elbe Immobilienfonds KG' },
    ...declarations,
  };
}

/** An owner moves into a flat of her own, with her partner, next week. */
export function einzugSelbst(today: string): Answers {
  return {
    confirmationType: 'einzug',
    submitterRole: 'eigentuemerZiehtSelbstEin',
    flat: { street: 'Schillerstraße', houseNumber: '4', postalCode: '01326', city: 'Dresden' },
    moveDate: addDays(today, 7),
    persons: [
      { givenNames: 'Katrin', familyName: 'Neumann', birthDate: '1975-03-21' },
      { givenNames: 'Ahmet', familyName: 'Yilmaz', birthDate: '1973-09-09' },
    ],
    landlord: {
      kind: 'natuerlichePerson',
      givenNames: 'Katrin',
      familyName: 'Neumann',
      address: { street: 'Schillerstraße', houseNumber: '4', postalCode: '01326', city: 'Dresden' },
      phone: '0170 2345678',
    },
    selfDeclarationOwner: true,
    ...declarations,
  };
}

/** A main tenant sublets a room; the owner is named with an address. */
export function einzugUntermiete(today: string): Answers {
  return {
    ...einzugVermieter(today),
    submitterRole: 'wohnungsgeberNichtEigentuemer',
    persons: [{ givenNames: 'Tim', familyName: 'Berger', birthDate: '2002-05-05' }],
    landlord: {
      kind: 'natuerlichePerson',
      givenNames: 'Lena',
      familyName: 'Hoffmann',
      address: {
        street: 'Louisenstraße',
        houseNumber: '17',
        postalCode: '01099',
        city: 'Dresden',
      },
    },
    owner: {
      name: 'Peter Wagner',
      address: { street: 'Bergstraße', houseNumber: '3', postalCode: '01069', city: 'Dresden' },
    },
  };
}

/** Warnings the valid examples carry (they do not block sending). */
export const validWarnings: Record<string, ExpectedIssue[]> = {
  einzugVermieter: [],
  auszugAusland: [{ path: 'moveDate', code: 'late', severity: 'warning' }],
  einzugSelbst: [],
  einzugUntermiete: [],
};

/** For every step: a valid example with that step broken, and exactly the issues it must show. */
export function invalidByStep(today: string): Record<string, InvalidCase> {
  const base = einzugVermieter(today);
  return {
    art: {
      step: 'art',
      answers: {
        ...base,
        confirmationType: 'auszug',
        auszugCase: 'andere',
        submitterRole: undefined,
      },
      issues: [
        { path: 'submitterRole', code: 'required' },
        { path: 'auszugCase', code: 'notNeeded' },
      ],
    },
    wohnung: {
      step: 'wohnung',
      answers: {
        ...base,
        flat: { street: 'Prager Str.', houseNumber: '', postalCode: '04109', city: 'Dresden' },
      },
      issues: [
        { path: 'flat.houseNumber', code: 'required' },
        { path: 'flat.street', code: 'unknownStreet' },
        { path: 'flat.postalCode', code: 'notInMunicipality' },
      ],
    },
    datum: {
      step: 'datum',
      answers: { ...base, moveDate: addDays(today, dresdenParams.maxFutureDays + 1) },
      issues: [{ path: 'moveDate', code: 'tooFarAhead' }],
    },
    personen: {
      step: 'personen',
      answers: {
        ...base,
        persons: [
          { givenNames: 'Lena', familyName: 'Hoffmann', birthDate: addDays(today, 1) },
          { givenNames: '', familyName: 'Hoffmann' },
        ],
      },
      issues: [
        { path: 'persons.1.givenNames', code: 'required' },
        { path: 'persons.0.birthDate', code: 'inFuture' },
      ],
    },
    wohnungsgeber: {
      step: 'wohnungsgeber',
      answers: {
        ...base,
        landlord: {
          kind: 'juristischePerson',
          address: { street: 'Bergstraße', houseNumber: '3', postalCode: '1069', city: 'Dresden' },
          email: 'kein-at-zeichen',
        },
      },
      issues: [
        { path: 'landlord.organisationName', code: 'required' },
        { path: 'landlord.address.postalCode', code: 'invalid_format' },
        { path: 'landlord.email', code: 'invalid_email' },
      ],
    },
    erklaerungen: {
      step: 'erklaerungen',
      answers: { ...base, declarationBmg: false },
      issues: [{ path: 'declarationBmg', code: 'required' }],
    },
  };
}
