/**
 * Civil-status certificate request (Urkundenbeantragung, §§ 55, 62 PStG): which certificate, the
 * register entry, the applicant and their entitlement, the purpose (some are free of charge),
 * delivery; the fee of the Sächsische Personenstandsverordnung is computed and shown before
 * sending. Category "medium": the Standesamt's Fachverfahren plus payment. Domain catalogue §6;
 * the contract is `payloadSchema` (README.md).
 */
import {
  addressGroup,
  contactFields,
  declarationFields,
  personFields,
} from '../../engine/blocks.js';
import { defineAssistant } from '../../engine/define-assistant.js';
import type { EvalContext, FieldDef, Option, StepDef } from '../../engine/types.js';
import { urkundenComputed, urkundenSummary } from './urkunden.fee.js';
import { messages } from './urkunden.messages.js';
import { PURPOSES, urkundenParamsSchema, type UrkundenParams } from './urkunden.params.js';
import { at, entryKind, rules, type EntryKind } from './urkunden.rules.js';

type P = UrkundenParams;
type Ctx = EvalContext<P>;

export const CERTIFICATE_TYPES = [
  'geburtsurkunde',
  'eheurkunde',
  'lebenspartnerschaftsurkunde',
  'sterbeurkunde',
  'registerausdruck',
] as const;

export const RELATIONSHIPS = [
  'selbst',
  'ehegatte',
  'vorfahre',
  'abkoemmling',
  'geschwister',
  'sonstige',
] as const;

const options = (values: readonly string[]): Option[] => values.map((value) => ({ value }));
const kindIs =
  (...kinds: EntryKind[]) =>
  (ctx: Ctx) =>
    kinds.includes(entryKind(ctx)!);
const is = (path: string, value: unknown) => (ctx: Ctx) => at(ctx, path) === value;
/** Siblings and others show their interest in words (§ 62 Abs. 1 PStG). */
const needsInterest = (ctx: Ctx) =>
  at(ctx, 'relationship') === 'geschwister' || at(ctx, 'relationship') === 'sonstige';
const isPost = is('deliveryMethod', 'post');
/**
 * One's own birth: the applicant has given their names and date of birth already (the step
 * before), so the entry does not ask them again; the Standesamt takes them from `applicant`.
 */
const ownBirth = (ctx: Ctx) => at(ctx, 'relationship') === 'selbst' && entryKind(ctx) === 'geburt';
const notOwnBirth = (ctx: Ctx) => !ownBirth(ctx);

/** Names of the person (or a partner) in the entry: not the applicant's own, so no autofill. */
const entryPerson = (path: string, visibleWhen: (ctx: Ctx) => boolean): FieldDef<P> => ({
  type: 'group',
  path,
  visibleWhen,
  fields: [
    ...personFields<P>().map((f) => ({ ...f, autocomplete: 'off', visibleWhen: notOwnBirth })),
    { type: 'text', path: 'birthName', maxLength: 120, autocomplete: 'off' },
  ],
});

/** The entry's date and place, labelled for its kind (birth, marriage, partnership, death). */
const event = (kind: EntryKind): FieldDef<P>[] => [
  {
    type: 'date',
    path: 'eventDate',
    required: true,
    label: `eventDate.label.${kind}`,
    // A date of birth gets a birth date's example ("27 3 1985"), not this month's.
    ...(kind === 'geburt' ? { dateOf: 'birth' as const } : {}),
    visibleWhen: (ctx) => kindIs(kind)(ctx) && notOwnBirth(ctx),
  },
  {
    type: 'text',
    path: 'eventPlace',
    required: true,
    maxLength: 120,
    label: `eventPlace.label.${kind}`,
    visibleWhen: kindIs(kind),
  },
];

const steps: StepDef<P>[] = [
  {
    id: 'urkunde',
    fields: [
      {
        type: 'radio',
        path: 'certificateType',
        required: true,
        options: options(CERTIFICATE_TYPES),
      },
      {
        type: 'radio',
        path: 'registerKind',
        required: true,
        visibleWhen: is('certificateType', 'registerausdruck'),
        options: options([
          'geburtenregister',
          'eheregister',
          'lebenspartnerschaftsregister',
          'sterberegister',
        ]),
      },
      {
        type: 'radio',
        path: 'format',
        required: true,
        options: (ctx) => options(ctx.params.formats),
      },
      {
        type: 'integer',
        path: 'quantity',
        required: true,
        min: 1,
        max: 50,
        width: 'xs',
        vars: (ctx) => ({ maxQuantity: ctx.params.maxQuantity }),
      },
    ],
  },
  {
    id: 'berechtigung',
    fields: [
      { type: 'radio', path: 'relationship', required: true, options: options(RELATIONSHIPS) },
      {
        type: 'textarea',
        path: 'interestStatement',
        required: true,
        maxLength: 2000,
        visibleWhen: needsInterest,
      },
      { type: 'info', path: 'proofInfo', visibleWhen: is('relationship', 'geschwister') },
      // Others show their legal interest (§ 62 Abs. 1 Satz 2 PStG): uploaded, or sent later.
      {
        type: 'file',
        path: 'interestFile',
        multiple: true,
        maxFiles: 5,
        visibleWhen: is('relationship', 'sonstige'),
        required: (ctx) => at(ctx, 'interestProofLater') !== true,
      },
      { type: 'checkbox', path: 'interestProofLater', visibleWhen: is('relationship', 'sonstige') },
    ],
  },
  {
    id: 'antragsteller',
    fields: [
      {
        type: 'group',
        path: 'applicant',
        fields: [
          ...personFields<P>({ birthDate: true }),
          addressGroup<P>({ path: 'address' }),
          ...contactFields<P>(),
        ],
      },
    ],
  },
  {
    id: 'eintrag',
    fields: [
      { type: 'info', path: 'ownBirthInfo', visibleWhen: ownBirth },
      entryPerson('person', kindIs('geburt', 'sterbe')),
      entryPerson('partner1', kindIs('ehe', 'lebenspartnerschaft')),
      entryPerson('partner2', kindIs('ehe', 'lebenspartnerschaft')),
      ...event('geburt'),
      ...event('ehe'),
      ...event('lebenspartnerschaft'),
      ...event('sterbe'),
      { type: 'text', path: 'parents', maxLength: 300, visibleWhen: kindIs('geburt') },
      { type: 'text', path: 'registerNumber', maxLength: 40, width: 'm' },
    ],
  },
  {
    id: 'zweck',
    fields: [
      { type: 'radio', path: 'purpose', required: true, options: options(PURPOSES) },
      {
        type: 'info',
        path: 'exemptInfo',
        visibleWhen: (ctx) => ctx.params.feeExemptPurposes.includes(at(ctx, 'purpose') as never),
      },
      { type: 'info', path: 'auslandInfo', visibleWhen: is('purpose', 'ausland') },
    ],
  },
  {
    id: 'zustellung',
    fields: [
      {
        type: 'radio',
        path: 'deliveryMethod',
        required: true,
        options: (ctx) => options(ctx.params.deliveryMethods),
      },
      { type: 'checkbox', path: 'otherAddress', visibleWhen: isPost },
      {
        ...addressGroup<P>({
          path: 'deliveryAddress',
          section: 'shipping',
          visibleWhen: (ctx) => isPost(ctx) && at(ctx, 'otherAddress') === true,
        }),
        fields: [
          {
            type: 'text',
            path: 'name',
            required: true,
            maxLength: 120,
            autocomplete: 'section-shipping name',
          },
          ...addressGroup<P>({ path: 'deliveryAddress', section: 'shipping' }).fields,
        ],
      },
    ],
  },
  { id: 'erklaerungen', fields: declarationFields<P>() },
];

export const urkunden = defineAssistant<P>({
  id: 'urkunden',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'medium',
  referencePrefix: 'URK',
  params: urkundenParamsSchema,
  steps,
  rules,
  computed: urkundenComputed,
  summary: urkundenSummary,
  messages,
});
