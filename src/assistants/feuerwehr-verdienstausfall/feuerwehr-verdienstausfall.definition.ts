/**
 * Reimbursement for volunteer firefighters' service (domain catalogue §3): a private employer
 * claims the pay it continued (§ 62 Abs. 1 SächsBRKG), a self-employed member the loss of
 * earnings (§ 62 Abs. 2). Public employers get nothing back and cannot send. Category "medium":
 * the data hub hands the claim to the municipality's finance procedure. The municipality's
 * parameters are in feuerwehr-verdienstausfall.params.ts; rules, computed values and the review
 * summary in feuerwehr-verdienstausfall.rules.ts, the computation in feuerwehr-verdienstausfall.calc.ts.
 */
import {
  addressGroup,
  bankAccountGroup,
  contactFields,
  declarationFields,
  personFields,
} from '../../engine/blocks.js';
import { defineAssistant } from '../../engine/define-assistant.js';
import type { EvalContext, FieldDef, Option, StepDef } from '../../engine/types.js';
import { lazySchema, z } from '../../engine/zod.js';
import { messages } from './feuerwehr-verdienstausfall.messages.js';
import {
  feuerwehrParamsSchema,
  settingsOf,
  type FeuerwehrParams,
} from './feuerwehr-verdienstausfall.params.js';
import {
  at,
  computed,
  isEmployer,
  isPrivateEmployer,
  isSelfEmployed,
  rules,
  summary,
} from './feuerwehr-verdienstausfall.rules.js';

type P = FeuerwehrParams;
type Ctx = EvalContext<P>;

/** Kinds of service (SMI form "Feuerwehrdienstart"). */
export const SERVICE_KINDS = [
  'einsatz',
  'brandsicherheitswache',
  'uebung',
  'ausbildung',
  'sonstigerDienst',
] as const;

const options = (values: readonly string[]): Option[] => values.map((value) => ({ value }));
/** An income tax assessment or a substitute's invoice proves the loss (not the flat amount). */
const needsEvidence = (ctx: Ctx) => {
  const e = at(ctx, 'evidenceType');
  return e === 'einkommensteuerbescheid' || e === 'ersatzkraft';
};
const YES_NO = options(['ja', 'nein']);

/** The unit: a choice when the municipality lists its units, else typed (one answer, two controls). */
const unitFields = (section: string): FieldDef<P>[] => [
  {
    type: 'select',
    path: 'unit',
    required: true,
    visibleWhen: (ctx) => !!ctx.params.fireBrigadeUnits,
    options: (ctx) =>
      (ctx.params.fireBrigadeUnits ?? []).map((u) => ({ value: u, text: { de: u, en: u } })),
  },
  {
    type: 'text',
    path: 'unit',
    required: true,
    maxLength: 120,
    hint: `${section}.unit.hintText`,
    visibleWhen: (ctx) => !ctx.params.fireBrigadeUnits,
  },
];

// Field schemas are built on first use, not when the bundle loads (issue 5, first render).
const hours = () => lazySchema(() => z.number().check(z.gt(0), z.lte(24)));
/**
 * A time of day, "07:30": the shared 24-hour text field (a native time input follows the
 * browser's locale and asks for AM/PM with an English system); "7:30" or "730" become "07:30".
 */
const clockTime = (path: string): FieldDef<P> => ({
  type: 'time',
  path,
  required: true,
});
const money = () =>
  lazySchema(() =>
    z.number().check(
      z.gt(0),
      z.lte(10_000),
      z.refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
        params: { code: 'invalid_money' },
      }),
    ),
  );

const steps: StepDef<P>[] = [
  {
    id: 'antrag',
    fields: [
      {
        type: 'radio',
        path: 'applicantType',
        required: true,
        options: options(['arbeitgeber', 'selbststaendig']),
      },
      {
        type: 'radio',
        path: 'isPublicEmployer',
        required: true,
        visibleWhen: isEmployer,
        options: YES_NO,
      },
      {
        type: 'info',
        path: 'publicEmployerInfo',
        tone: 'warning',
        visibleWhen: (ctx) => isEmployer(ctx) && at(ctx, 'isPublicEmployer') === 'ja',
      },
    ],
  },
  {
    id: 'arbeitgeber',
    visibleWhen: isPrivateEmployer,
    fields: [
      {
        type: 'group',
        path: 'employer',
        fields: [
          {
            type: 'text',
            path: 'name',
            required: true,
            maxLength: 200,
            autocomplete: 'organization',
          },
          addressGroup<P>({ path: 'address', section: 'section-employer' }),
          {
            type: 'text',
            path: 'contactPerson',
            required: true,
            maxLength: 120,
            autocomplete: 'section-employer name',
          },
          ...contactFields<P>({ section: 'section-employer', emailRequired: true }),
          {
            type: 'text',
            path: 'betriebsnummer',
            width: 's',
            schema: lazySchema(() => z.string().check(z.trim(), z.regex(/^\d{8}$/))),
          },
        ],
      },
    ],
  },
  {
    id: 'mitarbeiter',
    visibleWhen: isPrivateEmployer,
    fields: [
      {
        type: 'group',
        path: 'employee',
        fields: [
          // The employee's name is no autofill of the person filling in (the employer's staff).
          ...personFields<P>({ birthDate: true }).map((f) => ({ ...f, autocomplete: 'off' })),
          ...unitFields('employee'),
        ],
      },
    ],
  },
  {
    id: 'selbststaendig',
    visibleWhen: isSelfEmployed,
    fields: [
      {
        type: 'group',
        path: 'member',
        fields: [
          ...personFields<P>({ birthDate: true }),
          addressGroup<P>({ path: 'address' }),
          ...contactFields<P>({ phoneRequired: true }),
          { type: 'text', path: 'activity', required: true, maxLength: 200 },
          { type: 'text', path: 'businessName', maxLength: 200 },
          ...unitFields('member'),
        ],
      },
    ],
  },
  {
    id: 'einsaetze',
    visibleWhen: (ctx) => isPrivateEmployer(ctx) || isSelfEmployed(ctx),
    fields: [
      {
        type: 'group',
        path: 'deployments',
        required: true,
        repeat: { min: 1, max: 20, editable: true },
        fields: [
          { type: 'select', path: 'kind', required: true, options: options(SERVICE_KINDS) },
          {
            type: 'text',
            path: 'incidentNumber',
            maxLength: 40,
            width: 'm',
            visibleWhen: (ctx) =>
              ctx.item?.kind === 'einsatz' || ctx.item?.kind === 'brandsicherheitswache',
          },
          { type: 'text', path: 'description', maxLength: 200 },
          {
            type: 'date',
            path: 'date',
            required: true,
            vars: (ctx: Ctx) => ({ months: settingsOf(ctx.params).deadlineMonths }),
          },
          clockTime('startTime'),
          clockTime('endTime'),
          // One answer, three hints: what counts differs for employers and the self-employed,
          // and only where the municipality rounds up started hours may the hint say so (the
          // person still enters the exact time: more hours than the service lasted are refused).
          {
            type: 'number',
            path: 'workHours',
            required: true,
            width: 's',
            schema: hours(),
            visibleWhen: isEmployer,
          },
          {
            type: 'number',
            path: 'workHours',
            required: true,
            width: 's',
            schema: hours(),
            hint: 'deployments[].workHours.hintSelfRounded',
            visibleWhen: (ctx: Ctx) =>
              isSelfEmployed(ctx) && settingsOf(ctx.params).roundUpStartedHours,
            vars: (ctx: Ctx) => ({ maxHours: settingsOf(ctx.params).maxHoursPerDay }),
          },
          {
            type: 'number',
            path: 'workHours',
            required: true,
            width: 's',
            schema: hours(),
            hint: 'deployments[].workHours.hintSelf',
            visibleWhen: (ctx: Ctx) =>
              isSelfEmployed(ctx) && !settingsOf(ctx.params).roundUpStartedHours,
            vars: (ctx: Ctx) => ({ maxHours: settingsOf(ctx.params).maxHoursPerDay }),
          },
        ],
      },
    ],
  },
  {
    id: 'lohn',
    visibleWhen: isPrivateEmployer,
    fields: [
      // Without the municipality's own hint the default hint says what counts.
      {
        type: 'money',
        path: 'hourlyRate',
        required: true,
        width: 's',
        schema: money(),
        visibleWhen: (ctx) => !ctx.params.hourlyRateHint,
      },
      {
        type: 'money',
        path: 'hourlyRate',
        required: true,
        width: 's',
        schema: money(),
        hint: 'hourlyRate.hintConfigured',
        visibleWhen: (ctx) => !!ctx.params.hourlyRateHint,
        // Hints get values, not the language: each language's text picks its own value.
        vars: (ctx: Ctx) => ({
          hintDe: ctx.params.hourlyRateHint?.de ?? '',
          hintEn: ctx.params.hourlyRateHint?.en ?? ctx.params.hourlyRateHint?.de ?? '',
        }),
      },
      { type: 'info', path: 'employerEvidenceInfo' },
    ],
  },
  {
    id: 'verdienst',
    visibleWhen: isSelfEmployed,
    fields: [
      {
        type: 'money',
        path: 'hourlyLoss',
        required: true,
        width: 's',
        schema: money(),
        vars: (ctx) => ({ max: settingsOf(ctx.params).maxHourlyRate }),
      },
      {
        type: 'radio',
        path: 'evidenceType',
        required: true,
        options: (ctx) =>
          options([
            'einkommensteuerbescheid',
            'ersatzkraft',
            ...(ctx.params.flatRateAllowed ? ['pauschal'] : []),
          ]),
        // The contract names every kind; the engine checks the ones this municipality offers.
        schema: lazySchema(() => z.enum(['einkommensteuerbescheid', 'ersatzkraft', 'pauschal'])),
      },
      // The proof: uploaded here, or sent separately (then the reference number goes with it).
      {
        type: 'file',
        path: 'evidenceFile',
        multiple: true,
        maxFiles: 5,
        visibleWhen: needsEvidence,
        required: (ctx) => at(ctx, 'evidenceSentSeparately') !== true,
      },
      { type: 'checkbox', path: 'evidenceSentSeparately', visibleWhen: needsEvidence },
    ],
  },
  {
    id: 'bank',
    visibleWhen: (ctx) => isPrivateEmployer(ctx) || isSelfEmployed(ctx),
    fields: [bankAccountGroup<P>({ path: 'bankAccount' })],
  },
  { id: 'erklaerungen', fields: declarationFields<P>() },
];

export const feuerwehrVerdienstausfall = defineAssistant<FeuerwehrParams>({
  id: 'feuerwehr-verdienstausfall',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'medium',
  referencePrefix: 'FWV',
  params: feuerwehrParamsSchema,
  steps,
  rules,
  computed,
  summary,
  messages,
});
