/**
 * Example parameters and answers of the fire brigade compensation assistant. They feed the node
 * tests, the browser tests and the Storybook stories. The claim deadline counts from the
 * deployment, so every answer set is a function of "today": the deployments lie a few days or
 * weeks back (or, for the late claim, eight months).
 */
import type { Answers } from '../../engine/types.js';
import { todayIso } from '../../engine/walk.js';
import { addDays, addMonths } from './feuerwehr-verdienstausfall.calc.js';
import type { FeuerwehrParams } from './feuerwehr-verdienstausfall.params.js';
import type { ExpectedIssue, InvalidFixture } from '../../engine/fixture-types.js';
export type { ExpectedIssue, InvalidFixture };

/** Dresden's section of examples/config/dresden.json (the node test keeps them identical). */
export const dresdenParams: FeuerwehrParams = {
  claimDeadline: { months: 6 },
  maxHourlyRate: 24,
  maxHoursPerDay: 10,
  roundUpStartedHours: true,
  flatRateAllowed: false,
  hourlyRateHint: {
    de: 'Bruttostundenlohn einschließlich Zulagen und Zuschlägen sowie der Arbeitgeberanteile zur Kranken-, Pflege-, Renten- und Arbeitslosenversicherung.',
    en: 'Gross hourly pay including allowances and supplements and the employer’s share of health, care, pension and unemployment insurance.',
  },
  fireBrigadeUnits: [
    'Stadtteilfeuerwehr Cossebaude',
    'Stadtteilfeuerwehr Gompitz',
    'Stadtteilfeuerwehr Klotzsche',
    'Stadtteilfeuerwehr Langebrück',
    'Stadtteilfeuerwehr Weixdorf',
  ],
};

const ago = (today: string, days: number) => addDays(today, -days);

const declarations = { privacyNoticeAck: true, declarationTruth: true };

const employer = {
  name: 'Elektro Hanisch GmbH',
  address: {
    street: 'Königsbrücker Landstraße',
    houseNumber: '96',
    postalCode: '01109',
    city: 'Dresden',
  },
  contactPerson: 'Sabine Hanisch',
  email: 'lohn@elektro-hanisch.example',
  phone: '0351 8801234',
  betriebsnummer: '12345678',
};

/**
 * A private employer claims for a call-out in working hours and a one-day course:
 * 3,75 h and 8 h at 28,40 € = 106,50 € + 227,20 € = 333,70 €.
 */
export const arbeitgeber = (today = todayIso()): Answers => ({
  applicantType: 'arbeitgeber',
  isPublicEmployer: 'nein',
  employer,
  employee: {
    givenNames: 'Tom',
    familyName: 'Berger',
    birthDate: '1991-04-17',
    unit: 'Stadtteilfeuerwehr Klotzsche',
  },
  deployments: [
    {
      kind: 'einsatz',
      incidentNumber: '2026-0815',
      description: 'Verkehrsunfall B 97',
      date: ago(today, 10),
      startTime: '14:30',
      endTime: '18:15',
      workHours: 3.75,
    },
    {
      kind: 'ausbildung',
      description: 'Lehrgang Truppführer, Tag 1',
      date: ago(today, 30),
      startTime: '07:30',
      endTime: '16:00',
      workHours: 8,
    },
  ],
  hourlyRate: 28.4,
  bankAccount: { accountHolder: 'Elektro Hanisch GmbH', iban: 'DE02120300000000202051' },
  ...declarations,
});

/**
 * A self-employed member: a long call-out (9,25 h lost, counted 10) and one that ends after
 * midnight (2,5 h lost, counted 3), at 22,50 € = 225,00 € + 67,50 € = 292,50 €.
 */
export const selbststaendig = (today = todayIso()): Answers => ({
  applicantType: 'selbststaendig',
  member: {
    givenNames: 'Anja',
    familyName: 'Wolf',
    birthDate: '1985-09-02',
    address: { street: 'Hauptstraße', houseNumber: '7', postalCode: '01465', city: 'Dresden' },
    email: 'anja.wolf@example.org',
    phone: '0171 2345678',
    activity: 'Tischlerei',
    businessName: 'Tischlerei Wolf',
    unit: 'Stadtteilfeuerwehr Langebrück',
  },
  deployments: [
    {
      kind: 'einsatz',
      incidentNumber: '2026-0791',
      description: 'Waldbrand Dresdner Heide',
      date: ago(today, 20),
      startTime: '05:30',
      endTime: '16:45',
      workHours: 9.25,
    },
    {
      kind: 'brandsicherheitswache',
      date: ago(today, 12),
      startTime: '20:15',
      endTime: '01:40',
      workHours: 2.5,
    },
  ],
  hourlyLoss: 22.5,
  evidenceType: 'einkommensteuerbescheid',
  evidenceSentSeparately: true,
  bankAccount: { accountHolder: 'Anja Wolf', iban: 'DE89370400440532013000' },
  ...declarations,
});

/** Every valid answer set by name (Dresden parameters): no errors, no warnings. */
export const validAnswers = (today = todayIso()) => ({
  arbeitgeber: arbeitgeber(today),
  selbststaendig: selbststaendig(today),
});

export type FeuerwehrStepId =
  | 'antrag'
  | 'arbeitgeber'
  | 'mitarbeiter'
  | 'selbststaendig'
  | 'einsaetze'
  | 'lohn'
  | 'verdienst'
  | 'bank'
  | 'erklaerungen';

const patch = (base: Answers, key: string, values: Record<string, unknown>): Answers => ({
  ...base,
  [key]: { ...(base[key] as object), ...values },
});

export function invalidByStep(today = todayIso()): Record<FeuerwehrStepId, InvalidFixture> {
  const ag = arbeitgeber(today);
  const self = selbststaendig(today);
  const [first, second] = ag.deployments as Record<string, unknown>[];
  return {
    // A public employer is told it gets nothing back, and cannot go on.
    antrag: {
      answers: { ...ag, isPublicEmployer: 'ja' },
      issues: [{ path: 'isPublicEmployer', code: 'public_employer' }],
    },
    arbeitgeber: {
      answers: patch(ag, 'employer', { name: '  ', email: undefined, betriebsnummer: '1234' }),
      issues: [
        { path: 'employer.name', code: 'required' },
        { path: 'employer.email', code: 'required' },
        { path: 'employer.betriebsnummer', code: 'invalid_format' },
      ],
    },
    mitarbeiter: {
      answers: patch(ag, 'employee', { familyName: undefined, unit: 'Feuerwache Mars' }),
      issues: [
        { path: 'employee.familyName', code: 'required' },
        { path: 'employee.unit', code: 'invalid_value' },
      ],
    },
    selbststaendig: {
      answers: patch(self, 'member', {
        activity: '',
        address: { street: 'Hauptstraße', houseNumber: '7', postalCode: '1465', city: 'Dresden' },
      }),
      issues: [
        { path: 'member.activity', code: 'required' },
        { path: 'member.address.postalCode', code: 'invalid_format' },
      ],
    },
    einsaetze: {
      answers: {
        ...ag,
        deployments: [
          { ...first, date: addMonths(today, -8) },
          { ...second, endTime: second!.startTime },
          {
            kind: 'uebung',
            date: ago(today, 3),
            startTime: '18:00',
            endTime: '20:00',
            workHours: 5,
          },
        ],
      },
      issues: [
        { path: 'deployments.0.date', code: 'too_late' },
        { path: 'deployments.1.endTime', code: 'same_time' },
        { path: 'deployments.2.workHours', code: 'more_than_duration' },
      ],
    },
    lohn: {
      answers: { ...ag, hourlyRate: 28.405 },
      issues: [{ path: 'hourlyRate', code: 'invalid_money' }],
    },
    verdienst: {
      answers: {
        ...self,
        hourlyLoss: 30,
        evidenceType: 'ersatzkraft',
        evidenceSentSeparately: false,
      },
      issues: [
        { path: 'hourlyLoss', code: 'above_cap', severity: 'warning' },
        { path: 'evidenceFile', code: 'required' },
      ],
    },
    bank: {
      answers: { ...ag, bankAccount: { iban: 'DE02 1203 0000 0000 2020 52' } },
      issues: [
        { path: 'bankAccount.accountHolder', code: 'required' },
        { path: 'bankAccount.iban', code: 'invalid_iban' },
      ],
    },
    erklaerungen: {
      answers: { ...self, declarationTruth: false },
      issues: [{ path: 'declarationTruth', code: 'required' }],
    },
  };
}
