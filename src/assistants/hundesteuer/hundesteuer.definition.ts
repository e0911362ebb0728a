/**
 * The dog tax assistant (Hundesteuer): Anmeldung and Abmeldung, with the expected annual tax
 * computed from the municipality's rates and a SEPA mandate. Domain catalogue §1; the data hub
 * contract is `payloadSchemaOf(hundesteuer)` (see README.md).
 */
import {
  addressGroup,
  bankAccountGroup,
  contactFields,
  declarationFields,
  personFields,
} from '../../engine/blocks.js';
import { defineAssistant } from '../../engine/define-assistant.js';
import { getPath } from '../../engine/paths.js';
import { pruneAnswers } from '../../engine/prune.js';
import type {
  EvalContext,
  FieldDef,
  Option,
  Predicate,
  Rule,
  StepDef,
} from '../../engine/types.js';
import { lazySchema, z } from '../../engine/zod.js';
import { breedOptions, isListedBreed } from './hundesteuer.breeds.js';
import { hundesteuerMessages } from './hundesteuer.messages.js';
import { hundesteuerParamsSchema, type HundesteuerParams } from './hundesteuer.params.js';
import {
  DANGEROUS_STATUSES,
  hundesteuerSummary,
  taxInputFromData,
  toComputed,
} from './hundesteuer.computed.js';
import { chipValid, computeTax, type TaxResult } from './hundesteuer.tax.js';

type P = HundesteuerParams;
type Ctx = EvalContext<P>;

const at = (ctx: Ctx, path: string): unknown => getPath(ctx.answers, path);
const item = (ctx: Ctx, key: string): unknown => ctx.item?.[key];

const isAnmeldung: Predicate<P> = (ctx) => at(ctx, 'requestType') === 'anmeldung';
const isAbmeldung: Predicate<P> = (ctx) => at(ctx, 'requestType') === 'abmeldung';

const dogIsDangerous = (dog: unknown): boolean =>
  !!dog &&
  typeof dog === 'object' &&
  DANGEROUS_STATUSES.includes((dog as Record<string, unknown>).dangerStatus as string);
const itemDangerous: Predicate<P> = (ctx) => dogIsDangerous(ctx.item);
const dogs = (ctx: Ctx): unknown[] => {
  const list = at(ctx, 'hunde');
  return Array.isArray(list) ? list : [];
};

/**
 * The expected tax, computed from exactly what would be sent (hidden answers never count).
 * `hundesteuer` is read lazily, when a rule or the review page asks.
 */
const taxes = new WeakMap<object, { params: P; today: string; tax: TaxResult }>();
const taxOfAnswers = (ctx: Ctx): TaxResult => {
  // Answers are immutable (every change makes a new object), so one computation serves every
  // rule of one validation: the per-dog rules would otherwise prune and compute once per dog.
  const hit = taxes.get(ctx.answers);
  if (hit && hit.params === ctx.params && hit.today === ctx.today) return hit.tax;
  const input = { answers: ctx.answers, params: ctx.params, today: ctx.today };
  const tax = computeTax(
    ctx.params,
    taxInputFromData(pruneAnswers(hundesteuer, input), ctx.params, ctx.today),
  );
  taxes.set(ctx.answers, { params: ctx.params, today: ctx.today, tax });
  return tax;
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** True unless the value is a date after today (empty and malformed values are other checks' business). */
const notInFuture = (v: unknown, today: string) =>
  typeof v !== 'string' || !ISO.test(v) || v <= today;
const minusDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
/** Days after the end of keeping a dog within which it must be deregistered (statute default 14). */
const noticeDays = (ctx: Ctx) => ctx.params.notificationDeadlineDays ?? 14;

const text = (path: string, maxLength: number, extra: Partial<FieldDef<P>> = {}): FieldDef<P> =>
  ({ type: 'text', path, maxLength, ...extra }) as FieldDef<P>;

// --- Step 1: what do you want to do ---------------------------------------------------------

const anliegen: StepDef<P> = {
  id: 'anliegen',
  fields: [
    {
      type: 'radio',
      path: 'requestType',
      required: true,
      // Änderung (domain §1.1) is not offered yet; see README.
      options: [{ value: 'anmeldung' }, { value: 'abmeldung' }],
    },
    { type: 'info', path: 'zuzugHinweis', visibleWhen: isAnmeldung },
    text('taxReference', 40, { visibleWhen: isAbmeldung, width: 'm' }),
  ],
};

// --- Step 2: who keeps the dog ---------------------------------------------------------------

const halter: StepDef<P> = {
  id: 'halter',
  fields: [
    {
      type: 'group',
      path: 'halter',
      fields: [
        ...personFields<P>({ birthDate: true }),
        addressGroup<P>({ path: 'address' }),
        ...contactFields<P>(),
        { type: 'checkbox', path: 'movedIn', visibleWhen: isAnmeldung },
        text('previousMunicipality', 120, {
          required: true,
          visibleWhen: (ctx) => isAnmeldung(ctx) && at(ctx, 'halter.movedIn') === true,
        }),
        {
          type: 'integer',
          path: 'alreadyRegisteredDogs',
          required: true,
          min: 0,
          max: 20,
          width: 'xs',
          visibleWhen: isAnmeldung,
        },
        {
          type: 'integer',
          path: 'alreadyRegisteredDangerousDogs',
          required: true,
          min: 0,
          max: 20,
          width: 'xs',
          visibleWhen: (ctx) => {
            const n = at(ctx, 'halter.alreadyRegisteredDogs');
            return isAnmeldung(ctx) && typeof n === 'number' && n > 0;
          },
        },
      ],
    },
  ],
};

// --- Step 3: the dogs ----------------------------------------------------------------------

const CHIP = /^\d{15}$/;

/** The municipality offers the chip reduction today (Leipzig: until 2029). */
const chipOffered: Predicate<P> = (ctx) =>
  !!ctx.params.chipReduction && chipValid(ctx.params.chipReduction, ctx.today);
const chipConsented: Predicate<P> = (ctx) =>
  chipOffered(ctx) && item(ctx, 'chipReadConsent') === true;

const hunde: StepDef<P> = {
  id: 'hunde',
  visibleWhen: isAnmeldung,
  fields: [
    {
      type: 'group',
      path: 'hunde',
      required: true,
      repeat: { min: 1, max: 5, editable: true },
      fields: [
        text('name', 60, { required: true }),
        {
          type: 'select',
          path: 'breed',
          required: true,
          options: (ctx) => breedOptions(ctx.params),
        },
        text('breedOther', 80, {
          required: true,
          visibleWhen: (ctx) => item(ctx, 'breed') === 'andere',
        }),
        text('mixedBreedOf', 120, {
          required: true,
          visibleWhen: (ctx) => item(ctx, 'breed') === 'mischling',
        }),
        {
          type: 'radio',
          path: 'sex',
          required: true,
          options: [{ value: 'huendin' }, { value: 'ruede' }],
        },
        { type: 'date', path: 'birthDate', required: true },
        { type: 'date', path: 'heldSince', required: true },
        {
          type: 'select',
          path: 'origin',
          options: ['zuechter', 'privat', 'tierheim', 'fundtier', 'zuzug', 'eigeneZucht'].map(
            (value) => ({ value }),
          ),
        },
        {
          type: 'radio',
          path: 'fromLocalShelter',
          required: true,
          visibleWhen: (ctx) => !!ctx.params.shelterExemption && item(ctx, 'origin') === 'tierheim',
          options: [{ value: 'ja' }, { value: 'nein' }],
          vars: (ctx) => ({
            shelter: ctx.params.shelterExemption?.shelter ?? '',
            months: ctx.params.shelterExemption?.months ?? 0,
          }),
        },
        {
          type: 'text',
          path: 'chipNumber',
          width: 'm',
          required: chipConsented,
          schema: lazySchema(() => z.string().check(z.regex(CHIP))),
        },
        {
          type: 'checkbox',
          path: 'chipReadConsent',
          visibleWhen: chipOffered,
          vars: (ctx) => ({ amount: ctx.params.chipReduction?.amount ?? 0 }),
        },
      ],
    },
  ],
};

// --- Step 4: dangerous dogs (GefHundG) -----------------------------------------------------

const gefahr: StepDef<P> = {
  id: 'gefahr',
  visibleWhen: isAnmeldung,
  fields: [
    {
      type: 'info',
      path: 'gefahrHinweis',
      vars: (ctx) => ({ breeds: ctx.params.dangerousBreeds.join(', ') }),
    },
    {
      type: 'group',
      path: 'hunde',
      repeat: { editable: false },
      fields: [
        {
          type: 'radio',
          path: 'dangerStatus',
          required: true,
          options: ['keine', 'vermutet', 'imEinzelfallFestgestellt', 'vermutungWiderlegt'].map(
            (value) => ({ value }),
          ),
        },
        text('dangerPermitAuthority', 120, { required: true, visibleWhen: itemDangerous }),
        { type: 'date', path: 'dangerPermitDate', required: true, visibleWhen: itemDangerous },
        text('dangerPermitRef', 60, { visibleWhen: itemDangerous, width: 'm' }),
        { type: 'info', path: 'dangerRules', tone: 'warning', visibleWhen: itemDangerous },
        {
          type: 'info',
          path: 'rebuttalHint',
          visibleWhen: (ctx) => item(ctx, 'dangerStatus') === 'vermutungWiderlegt',
        },
      ],
    },
  ],
};

// --- Step 5: tax relief --------------------------------------------------------------------

const reliefKinds = (ctx: Ctx): Option[] => {
  const kinds = new Set(ctx.params.reliefCatalogue.map((e) => e.kind));
  return [
    { value: 'nein' },
    ...(['befreiung', 'ermaessigung'] as const)
      .filter((k) => kinds.has(k))
      .map((value) => ({ value })),
  ];
};
/** A relief of a kind the statute offers was requested for a dog that may get one. */
const wantsRelief: Predicate<P> = (ctx) => {
  const r = item(ctx, 'reliefRequested');
  return (
    !itemDangerous(ctx) && r !== 'nein' && ctx.params.reliefCatalogue.some((e) => e.kind === r)
  );
};

const verguenstigung: StepDef<P> = {
  id: 'verguenstigung',
  visibleWhen: (ctx) =>
    isAnmeldung(ctx) &&
    ctx.params.reliefCatalogue.length > 0 &&
    dogs(ctx).some((d) => !dogIsDangerous(d)),
  fields: [
    {
      type: 'group',
      path: 'hunde',
      repeat: { editable: false },
      fields: [
        {
          type: 'radio',
          path: 'reliefRequested',
          required: true,
          visibleWhen: (ctx) => !itemDangerous(ctx),
          options: reliefKinds,
        },
        {
          type: 'select',
          path: 'reliefReason',
          required: true,
          visibleWhen: wantsRelief,
          options: (ctx) =>
            ctx.params.reliefCatalogue
              .filter((e) => e.kind === item(ctx, 'reliefRequested'))
              .map((e) => ({ value: e.code, text: { de: e.label.de, en: e.label.en } })),
        },
        { type: 'info', path: 'reliefEvidence', visibleWhen: wantsRelief },
        { type: 'info', path: 'reliefNotForDangerous', visibleWhen: itemDangerous },
      ],
    },
  ],
};

// --- Step 6: payment (Anmeldung) -----------------------------------------------------------

const bankAccount = bankAccountGroup<P>({
  path: 'bankAccount',
  mandate: true,
  visibleWhen: (ctx) => at(ctx, 'zahlung.paymentMethod') === 'lastschrift',
});
bankAccount.fields = bankAccount.fields.map((f) =>
  f.path === 'sepaMandateConsent'
    ? {
        ...f,
        vars: (ctx: Ctx) => ({
          creditor: ctx.params.creditorName ?? '',
          creditorId: ctx.params.creditorId ?? '',
        }),
      }
    : f,
);

const zahlung: StepDef<P> = {
  id: 'zahlung',
  visibleWhen: isAnmeldung,
  fields: [
    {
      type: 'group',
      path: 'zahlung',
      fields: [
        {
          type: 'radio',
          path: 'paymentMethod',
          required: true,
          options: (ctx) => ctx.params.paymentMethods.map((value) => ({ value })),
        },
        bankAccount,
        {
          type: 'checkbox',
          path: 'annualPayment',
          visibleWhen: (ctx) => ctx.params.annualPaymentAllowed,
        },
      ],
    },
  ],
};

// --- Step 7: end of keeping a dog (Abmeldung) ----------------------------------------------

const reason = (ctx: Ctx) => at(ctx, 'abmeldung.deregistrationReason');

const abmeldung: StepDef<P> = {
  id: 'abmeldung',
  visibleWhen: isAbmeldung,
  fields: [
    {
      type: 'group',
      path: 'abmeldung',
      fields: [
        text('dogName', 60),
        text('tagNumber', 20, { required: true, width: 's' }),
        {
          type: 'radio',
          path: 'deregistrationReason',
          required: true,
          options: ['tod', 'abgabe', 'tierheimAbgabe', 'wegzug', 'entlaufen', 'sonstiges'].map(
            (value) => ({ value }),
          ),
        },
        text('reasonOther', 200, {
          required: true,
          visibleWhen: (ctx) => reason(ctx) === 'sonstiges',
        }),
        { type: 'date', path: 'endDate', required: true },
        {
          type: 'group',
          path: 'newHolder',
          visibleWhen: (ctx) => reason(ctx) === 'abgabe',
          fields: [
            ...personFields<P>({ section: 'new-holder' }),
            addressGroup<P>({ path: 'address', section: 'new-holder' }),
          ],
        },
        addressGroup<P>({
          path: 'newAddress',
          section: 'new-address',
          visibleWhen: (ctx) => reason(ctx) === 'wegzug',
        }),
        {
          type: 'radio',
          path: 'tagReturn',
          required: true,
          options: ['beigefuegtPerPost', 'wirdAbgegeben', 'verloren'].map((value) => ({ value })),
        },
        {
          type: 'info',
          path: 'evidenceHint',
          visibleWhen: (ctx) => reason(ctx) === 'tod' || reason(ctx) === 'abgabe',
        },
      ],
    },
  ],
};

// --- Step 8: declarations ------------------------------------------------------------------

const erklaerungen: StepDef<P> = { id: 'erklaerungen', fields: declarationFields<P>() };

// --- Cross-field rules ---------------------------------------------------------------------

const notFutureRule = (path: string, value: (ctx: Ctx) => unknown): Rule<P> => ({
  path,
  code: 'in_future',
  check: (ctx) => notInFuture(value(ctx), ctx.today),
});

const rules: Rule<P>[] = [
  {
    path: 'taxReference',
    code: 'invalid_format',
    check: (ctx) => {
      const v = at(ctx, 'taxReference');
      const p = ctx.params.taxReferencePattern;
      return !p || typeof v !== 'string' || new RegExp(p, 'u').test(v.trim());
    },
  },
  notFutureRule('halter.birthDate', (ctx) => at(ctx, 'halter.birthDate')),
  {
    path: 'halter.alreadyRegisteredDangerousDogs',
    code: 'more_than_registered',
    check: (ctx) => {
      const all = at(ctx, 'halter.alreadyRegisteredDogs');
      const dangerous = at(ctx, 'halter.alreadyRegisteredDangerousDogs');
      return typeof all !== 'number' || typeof dangerous !== 'number' || dangerous <= all;
    },
    params: (ctx) => ({ registered: at(ctx, 'halter.alreadyRegisteredDogs') as number }),
  },
  notFutureRule('hunde[].birthDate', (ctx) => item(ctx, 'birthDate')),
  notFutureRule('hunde[].heldSince', (ctx) => item(ctx, 'heldSince')),
  {
    path: 'hunde[].heldSince',
    code: 'before_birth',
    check: (ctx) => {
      const held = item(ctx, 'heldSince');
      const born = item(ctx, 'birthDate');
      return (
        typeof held !== 'string' ||
        typeof born !== 'string' ||
        !ISO.test(held) ||
        !ISO.test(born) ||
        held >= born
      );
    },
    params: (ctx) => ({ birthDate: item(ctx, 'birthDate') as string }),
  },
  {
    path: 'hunde[].dangerStatus',
    code: 'listed_breed',
    severity: 'warning',
    check: (ctx) =>
      item(ctx, 'dangerStatus') !== 'keine' || !isListedBreed(ctx.item ?? {}, ctx.params),
  },
  notFutureRule('hunde[].dangerPermitDate', (ctx) => item(ctx, 'dangerPermitDate')),
  {
    path: 'hunde[].reliefReason',
    code: 'first_dog_only',
    severity: 'warning',
    check: (ctx) => {
      const dog = taxOfAnswers(ctx).perDog.find((d) => d.index === ctx.index);
      return dog?.reliefNotApplied !== 'firstDogOnly';
    },
  },
  notFutureRule('abmeldung.endDate', (ctx) => at(ctx, 'abmeldung.endDate')),
  {
    path: 'abmeldung.endDate',
    code: 'late_notice',
    severity: 'warning',
    check: (ctx) => {
      const end = at(ctx, 'abmeldung.endDate');
      return (
        typeof end !== 'string' || !ISO.test(end) || end >= minusDays(ctx.today, noticeDays(ctx))
      );
    },
    params: (ctx) => ({
      days: noticeDays(ctx),
      deadlineDate: minusDays(at(ctx, 'abmeldung.endDate') as string, -noticeDays(ctx)),
    }),
  },
];

/** The Hundesteuer assistant. */
export const hundesteuer = defineAssistant<HundesteuerParams>({
  id: 'hundesteuer',
  version: '1.1.0',
  schemaVersion: '1',
  category: 'medium',
  referencePrefix: 'HST',
  params: hundesteuerParamsSchema,
  steps: [anliegen, halter, hunde, gefahr, verguenstigung, zahlung, abmeldung, erklaerungen],
  rules,
  computed: (ctx) => (isAnmeldung(ctx) ? toComputed(taxOfAnswers(ctx)) : {}),
  summary: hundesteuerSummary,
  messages: hundesteuerMessages,
});
