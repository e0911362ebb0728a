/**
 * Example parameters and answers of the certificate request. They feed the node tests, the
 * browser tests and Storybook. Dates of the valid examples lie well inside the retention periods
 * (§ 5 Abs. 5 PStG); the invalid ones are functions of `today`.
 */
import type { Answers } from '../../engine/types.js';
import type { UrkundenParams } from './urkunden.params.js';
import type { ExpectedIssue, InvalidCase } from '../../engine/fixture-types.js';
export type { ExpectedIssue, InvalidCase };

/**
 * Equal to `assistants.urkunden` in `examples/config/dresden.json`: the fees of the Sächsische
 * Personenstandsverordnung (15 € the first certificate, 7 € each further copy of the same
 * operation), no postage, free of charge for the statutory pension insurance.
 */
export const dresdenParams: UrkundenParams = {
  feeFirst: 15,
  feeFurther: 7,
  postage: 0,
  feeExemptPurposes: ['rente'],
  formats: ['a4', 'a5', 'mehrsprachig'],
  deliveryMethods: ['post', 'abholung'],
  maxQuantity: 10,
};

const declarations = { privacyNoticeAck: true, declarationTruth: true };

const applicant = {
  givenNames: 'Anna',
  familyName: 'Schulze',
  birthDate: '1990-04-12',
  address: { street: 'Louisenstraße', houseNumber: '17', postalCode: '01099', city: 'Dresden' },
  email: 'anna.schulze@example.org',
};

/** Three copies of one's own birth certificate by post: 15 + 2 × 7 = 29 €. */
export const geburtSelbst: Answers = {
  certificateType: 'geburtsurkunde',
  format: 'a4',
  quantity: 3,
  // One's own birth: names and date of birth are the applicant's (not asked twice).
  eventPlace: 'Dresden',
  parents: 'Petra Schulze, Thomas Schulze',
  applicant,
  relationship: 'selbst',
  purpose: 'pass',
  deliveryMethod: 'post',
  ...declarations,
};

/** A widow asks for the marriage certificate for her widow's pension: free of charge, collected. */
export const eheRente: Answers = {
  certificateType: 'eheurkunde',
  format: 'a4',
  quantity: 1,
  partner1: { givenNames: 'Gerda', familyName: 'Krause', birthName: 'Lehmann' },
  partner2: { givenNames: 'Horst', familyName: 'Krause' },
  eventDate: '1972-06-17',
  eventPlace: 'Dresden',
  registerNumber: 'E 512/1972',
  applicant: {
    givenNames: 'Gerda',
    familyName: 'Krause',
    birthDate: '1950-02-01',
    address: { street: 'Bautzner Straße', houseNumber: '41', postalCode: '01099', city: 'Dresden' },
    phone: '0351 1234567',
  },
  relationship: 'ehegatte',
  purpose: 'rente',
  deliveryMethod: 'abholung',
  ...declarations,
};

/** Two multilingual death certificates of a father, sent to a lawyer's office: 15 + 7 = 22 €. */
export const sterbeKind: Answers = {
  certificateType: 'sterbeurkunde',
  format: 'mehrsprachig',
  quantity: 2,
  person: { givenNames: 'Klaus', familyName: 'Schulze' },
  eventDate: '2024-01-09',
  eventPlace: 'Dresden',
  applicant,
  relationship: 'abkoemmling',
  purpose: 'ausland',
  deliveryMethod: 'post',
  otherAddress: true,
  deliveryAddress: {
    name: 'Kanzlei Berger, z. H. Frau Berger',
    street: 'Prager Straße',
    houseNumber: '10',
    postalCode: '01069',
    city: 'Dresden',
  },
  ...declarations,
};

/** A certified printout of a birth entry for an heir with a legal interest: 15 €, collected. */
export const registerausdruckErbe: Answers = {
  certificateType: 'registerausdruck',
  registerKind: 'geburtenregister',
  format: 'a4',
  quantity: 1,
  person: { givenNames: 'Erich', familyName: 'Vogel' },
  eventDate: '1941-11-03',
  eventPlace: 'Dresden',
  applicant,
  relationship: 'sonstige',
  interestStatement:
    'Ich bin als Erbin eingesetzt und brauche den Nachweis für das Nachlassgericht.',
  interestProofLater: true,
  purpose: 'nachlassErbschein',
  deliveryMethod: 'abholung',
  ...declarations,
};

/** One's own civil partnership certificate in A5 for the family book: 15 €, by post. */
export const lebenspartnerschaftSelbst: Answers = {
  certificateType: 'lebenspartnerschaftsurkunde',
  format: 'a5',
  quantity: 1,
  partner1: { givenNames: 'Anna', familyName: 'Schulze' },
  partner2: { givenNames: 'Mira', familyName: 'Schulze', birthName: 'Hahn' },
  eventDate: '2012-08-24',
  eventPlace: 'Dresden',
  applicant,
  relationship: 'selbst',
  purpose: 'sonstiges',
  deliveryMethod: 'post',
  ...declarations,
};

/** Every valid example by name, and the fee each costs with `dresdenParams` (EUR). */
export const validAnswers: Record<string, Answers> = {
  geburtSelbst,
  eheRente,
  sterbeKind,
  registerausdruckErbe,
  lebenspartnerschaftSelbst,
};
export const expectedFees: Record<string, number> = {
  geburtSelbst: 29,
  eheRente: 0,
  sterbeKind: 22,
  registerausdruckErbe: 15,
  lebenspartnerschaftSelbst: 15,
};

/** `iso` plus `days`/`years` (negative to go back), in UTC. */
const shift = (iso: string, days: number, years = 0): string => {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};

/** For every step: a valid example with that step broken, and exactly the issues it must show. */
export function invalidByStep(today: string): Record<string, InvalidCase> {
  const base = geburtSelbst;
  return {
    urkunde: {
      step: 'urkunde',
      answers: { ...base, certificateType: 'registerausdruck', quantity: 11 },
      issues: [
        { path: 'registerKind', code: 'required' },
        { path: 'quantity', code: 'tooMany' },
      ],
    },
    eintrag: {
      step: 'eintrag',
      answers: {
        ...base,
        relationship: 'abkoemmling',
        person: { familyName: 'Schulze' },
        eventDate: shift(today, 1),
      },
      issues: [
        { path: 'person.givenNames', code: 'required' },
        { path: 'eventDate', code: 'inFuture' },
      ],
    },
    antragsteller: {
      step: 'antragsteller',
      answers: {
        ...base,
        applicant: {
          ...applicant,
          birthDate: shift(today, 1, -16),
          address: { ...applicant.address, postalCode: '1099' },
        },
      },
      issues: [
        { path: 'applicant.birthDate', code: 'tooYoung' },
        { path: 'applicant.address.postalCode', code: 'invalid_format' },
      ],
    },
    berechtigung: {
      step: 'berechtigung',
      answers: { ...eheRente, relationship: 'geschwister' },
      issues: [
        { path: 'interestStatement', code: 'required' },
        { path: 'relationship', code: 'siblingsBirthDeathOnly' },
      ],
    },
    zweck: {
      step: 'zweck',
      answers: { ...base, purpose: undefined },
      issues: [{ path: 'purpose', code: 'required' }],
    },
    zustellung: {
      step: 'zustellung',
      answers: { ...base, otherAddress: true, deliveryAddress: { street: 'Prager Straße' } },
      issues: [
        { path: 'deliveryAddress.name', code: 'required' },
        { path: 'deliveryAddress.houseNumber', code: 'required' },
        { path: 'deliveryAddress.postalCode', code: 'required' },
        { path: 'deliveryAddress.city', code: 'required' },
      ],
    },
    erklaerungen: {
      step: 'erklaerungen',
      answers: { ...base, declarationTruth: false },
      issues: [{ path: 'declarationTruth', code: 'required' }],
    },
  };
}
