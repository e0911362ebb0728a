/**
 * A small but realistic definition for the engine's unit tests: a mini dog-tax assistant with
 * a radio, a plain group, a repeatable list shown on two steps (editable, then per-item), a
 * conditional step, an IBAN, a required declaration and cross-field rules (one a warning).
 * Test data only: not registered, not shipped.
 */
import { defineAssistant } from './define-assistant.js';
import type { Answers, AssistantDefinition, Option, Rule, StepDef } from './types.js';
import type { WalkInput } from './walk.js';
import { z } from './zod.js';

export const fixtureParamsSchema = z.object({
  rates: z.object({
    first: z.number().check(z.gte(0)),
    second: z.number().check(z.gte(0)),
  }),
  /** Breeds offered in the select; `mischling` is always added. */
  breeds: z.array(z.string()),
  dangerousBreeds: z.optional(z.array(z.string())),
});

export type FixtureParams = z.infer<typeof fixtureParamsSchema>;

export const fixtureParams: FixtureParams = {
  rates: { first: 108, second: 180 },
  breeds: ['dackel', 'pudel', 'bullterrier'],
  dangerousBreeds: ['bullterrier'],
};

export const TODAY = '2026-11-29';

const breedOptions = (params: FixtureParams): Option[] => [
  ...params.breeds.map((value) => ({ value })),
  { value: 'mischling' },
];

export const fixture = defineAssistant<FixtureParams>({
  id: 'hundesteuer',
  version: '0.0.1',
  schemaVersion: '1',
  category: 'medium',
  referencePrefix: 'HST',
  params: fixtureParamsSchema,
  steps: [
    {
      id: 'anliegen',
      fields: [
        {
          type: 'radio',
          path: 'requestType',
          required: true,
          options: [{ value: 'anmeldung' }, { value: 'abmeldung' }],
        },
      ],
    },
    {
      id: 'halter',
      fields: [
        {
          type: 'group',
          path: 'halter',
          fields: [
            {
              type: 'text',
              path: 'familyName',
              required: true,
              maxLength: 120,
              autocomplete: 'family-name',
            },
            { type: 'date', path: 'birthDate', required: true },
            { type: 'postalCode', path: 'postalCode', required: true },
            { type: 'email', path: 'email' },
            { type: 'phone', path: 'phone' },
          ],
        },
        {
          type: 'integer',
          path: 'alreadyRegisteredDogs',
          min: 0,
          max: 20,
          required: (ctx) => ctx.answers.requestType === 'anmeldung',
        },
      ],
    },
    {
      id: 'hunde',
      fields: [
        {
          type: 'group',
          path: 'hunde',
          repeat: { min: 1, max: 5, editable: true, itemLabel: 'hunde.item' },
          fields: [
            { type: 'text', path: 'name' },
            {
              type: 'select',
              path: 'breed',
              required: true,
              options: (ctx) => breedOptions(ctx.params),
            },
            {
              type: 'text',
              path: 'mixedBreedOf',
              required: true,
              visibleWhen: (ctx) => ctx.item?.breed === 'mischling',
            },
            { type: 'date', path: 'heldSince', required: true },
          ],
        },
      ],
    },
    {
      id: 'gefahr',
      fields: [
        {
          type: 'group',
          path: 'hunde',
          repeat: { editable: false },
          fields: [
            {
              type: 'radio',
              path: 'dangerStatus',
              required: true,
              options: [{ value: 'keine' }, { value: 'vermutet' }],
            },
          ],
        },
      ],
    },
    {
      id: 'abmeldung',
      visibleWhen: (ctx) => ctx.answers.requestType === 'abmeldung',
      fields: [
        { type: 'date', path: 'endDate', required: true },
        {
          type: 'select',
          path: 'deregistrationReason',
          required: true,
          options: [{ value: 'tod' }, { value: 'abgabe' }, { value: 'wegzug' }],
        },
      ],
    },
    {
      id: 'zahlung',
      fields: [
        { type: 'iban', path: 'iban', required: true, autocomplete: 'off' },
        { type: 'money', path: 'voluntaryAmount', min: 0 },
      ],
    },
    {
      id: 'erklaerung',
      fields: [
        { type: 'info', path: 'privacyInfo' },
        { type: 'checkbox', path: 'declaration', required: true },
      ],
    },
  ],
  rules: [
    {
      // Someone to ask back: only a hint, the application may still be sent.
      path: 'halter.phone',
      code: 'noContact',
      severity: 'warning',
      check: ({ answers }) => {
        const h = (answers.halter ?? {}) as { email?: string; phone?: string };
        return !!(h.email || h.phone);
      },
    },
    {
      path: 'hunde[].heldSince',
      code: 'inFuture',
      check: ({ item, today }) => !item?.heldSince || String(item.heldSince) <= today,
    },
    {
      path: 'hunde[].dangerStatus',
      code: 'listedBreed',
      check: ({ item, params }) =>
        !(params.dangerousBreeds ?? []).includes(String(item?.breed)) ||
        item?.dangerStatus !== 'keine',
    },
  ],
  computed: ({ answers, params }) => {
    const n = Array.isArray(answers.hunde) ? answers.hunde.length : 0;
    return { jahressteuer: n === 0 ? 0 : params.rates.first + (n - 1) * params.rates.second };
  },
  messages: {
    de: {
      'steps.anliegen.title': 'Was möchten Sie tun?',
      'hunde.item': 'Hund {n}',
      'hunde[].heldSince.inFuture': 'Das Datum darf nicht in der Zukunft liegen.',
      'ui.error.required': 'Füllen Sie dieses Feld aus.',
    },
    en: {
      'steps.anliegen.title': 'What would you like to do?',
    },
  },
});

/** A complete, valid Anmeldung with two dogs (one a crossbreed). */
export const validAnmeldung = (): Answers => ({
  requestType: 'anmeldung',
  halter: {
    familyName: 'Müller',
    birthDate: '1980-05-17',
    postalCode: '01067',
    email: 'mueller@example.org',
  },
  alreadyRegisteredDogs: 0,
  hunde: [
    { name: 'Bello', breed: 'dackel', heldSince: '2026-10-01', dangerStatus: 'keine' },
    {
      breed: 'mischling',
      mixedBreedOf: 'Pudel, Dackel',
      heldSince: '2026-11-01',
      dangerStatus: 'keine',
    },
  ],
  iban: 'DE89370400440532013000',
  declaration: true,
});

export const input = (
  answers: Answers,
  params: FixtureParams = fixtureParams,
): WalkInput<FixtureParams> => ({
  answers,
  params,
  today: TODAY,
});

/** A valid municipality config carrying the fixture's parameters. */
export const validConfig = () => ({
  municipality: { name: 'Musterstadt', ags: '14612000' },
  endpoint: 'http://localhost:8787/api/v1',
  privacyNoticeUrl: 'https://www.musterstadt.de/datenschutz',
  office: {
    name: 'Steueramt Musterstadt',
    email: 'steueramt@musterstadt.de',
    phone: '+49 351 1234567',
  },
  texts: { de: { 'steps.anliegen.title': 'Ihr Anliegen' } },
  assistants: {
    hundesteuer: { rates: { first: 108, second: 180 }, breeds: ['dackel'] },
  },
});

/**
 * A bare one-off definition for tests of one field or rule: id `probe`, no parameters, no texts of
 * its own. `steps` as given (not checked: `defineAssistant` it where the test needs that).
 */
export const probeDefinition = (
  steps: StepDef<unknown>[],
  rules?: Rule<unknown>[],
): AssistantDefinition<unknown> => ({
  id: 'probe',
  version: '0',
  schemaVersion: '1',
  category: 'simple',
  referencePrefix: 'P',
  params: z.unknown(),
  steps,
  ...(rules ? { rules } : {}),
  messages: { de: {}, en: {} },
});
