/**
 * Landlord confirmation (Wohnungsgeberbestätigung, § 19 BMG): the Wohnungsgeber confirms a move
 * in or out directly to the Meldebehörde (§ 19 Abs. 4) and gets an assignment code
 * (Zuordnungsmerkmal) for the person who registers. Category "medium": delivery to the
 * Meldewesen Fachverfahren. Domain catalogue §5; the contract is `payloadSchema` (README.md).
 */
import {
  addressGroup,
  contactFields,
  declarationFields,
  personFields,
} from '../../engine/blocks.js';
import { defineAssistant } from '../../engine/define-assistant.js';
import type { EvalContext, FieldDef, GroupField, Option, StepDef } from '../../engine/types.js';
import { messages } from './wohnungsgeberbestaetigung.messages.js';
import {
  wohnungsgeberbestaetigungParamsSchema,
  type WohnungsgeberbestaetigungParams,
} from './wohnungsgeberbestaetigung.params.js';
import { at, rules } from './wohnungsgeberbestaetigung.rules.js';

type P = WohnungsgeberbestaetigungParams;
type Ctx = EvalContext<P>;

export const SUBMITTER_ROLES = [
  'eigentuemer',
  'wohnungsgeberNichtEigentuemer',
  'beauftragtePerson',
  'eigentuemerZiehtSelbstEin',
] as const;

const options = (values: readonly string[]): Option[] => values.map((value) => ({ value }));
const is = (path: string, value: unknown) => (ctx: Ctx) => at(ctx, path) === value;

const isAuszug = is('confirmationType', 'auszug');
const isEinzug = is('confirmationType', 'einzug');
const byAgent = is('submitterRole', 'beauftragtePerson');
const landlordIsPerson = is('landlord.kind', 'natuerlichePerson');
const landlordIsOrganisation = is('landlord.kind', 'juristischePerson');
/** The owner is named when the Wohnungsgeber is not the owner (§ 19 Abs. 3 Nr. 1 BMG). */
const ownerDiffers = (ctx: Ctx) =>
  at(ctx, 'submitterRole') === 'wohnungsgeberNichtEigentuemer' ||
  (byAgent(ctx) && at(ctx, 'landlordIsOwner') === 'nein');

/** Names of other people: the browser must not fill in the Wohnungsgeber's own. */
const otherPerson = (opts: { birthDate?: boolean } = {}): FieldDef<P>[] =>
  personFields<P>({ ...opts, birthDateRequired: false }).map((f) => ({
    ...f,
    autocomplete: 'off',
  }));

/** An inland address block of someone else, optional where asked only for convenience. */
const address = (path: string, section: string, required = true): GroupField<P> =>
  addressGroup<P>({ path, section, required });

/** A declaration checkbox worded for a move in or a move out (`<path>.labelAuszug`). */
const byMoveCheckbox = (path: string, visibleWhen: (ctx: Ctx) => boolean = () => true) => [
  {
    type: 'checkbox' as const,
    path,
    required: true,
    visibleWhen: (ctx: Ctx) => visibleWhen(ctx) && !isAuszug(ctx),
  },
  {
    type: 'checkbox' as const,
    path,
    required: true,
    label: `${path}.labelAuszug`,
    visibleWhen: (ctx: Ctx) => visibleWhen(ctx) && isAuszug(ctx),
  },
];

const steps: StepDef<P>[] = [
  {
    id: 'art',
    fields: [
      {
        type: 'radio',
        path: 'confirmationType',
        required: true,
        options: options(['einzug', 'auszug']),
      },
      { type: 'info', path: 'auszugInfo', tone: 'warning', visibleWhen: isAuszug },
      {
        type: 'radio',
        path: 'auszugCase',
        required: true,
        visibleWhen: isAuszug,
        options: options(['ausland', 'nebenwohnung', 'andere']),
      },
      {
        type: 'radio',
        path: 'submitterRole',
        required: true,
        options: options(SUBMITTER_ROLES),
      },
    ],
  },
  {
    id: 'wohnung',
    fields: [
      {
        ...address('flat', 'flat'),
        fields: [
          ...address('flat', 'flat').fields,
          { type: 'text', path: 'position', maxLength: 120 },
        ],
      },
    ],
  },
  // Titles that fit a move in and a move out alike ("Wann ist oder war der Umzug?", a move up to
  // `maxFutureDays` ahead included), never "ein- oder ausziehen" once the person has chosen: the
  // fields below carry the chosen word. (Two steps per choice would lose the rules: a rule
  // belongs to the first step that has its field.)
  {
    id: 'datum',
    fields: [
      { type: 'date', path: 'moveDate', required: true, visibleWhen: isEinzug },
      {
        type: 'date',
        path: 'moveDate',
        required: true,
        label: 'moveDate.labelAuszug',
        visibleWhen: isAuszug,
      },
    ],
  },
  {
    id: 'personen',
    fields: [
      {
        type: 'group',
        path: 'persons',
        required: true,
        repeat: { min: 1, max: 20, editable: true },
        fields: otherPerson({ birthDate: true }),
      },
    ],
  },
  {
    id: 'wohnungsgeber',
    fields: [
      {
        type: 'group',
        path: 'agent',
        visibleWhen: byAgent,
        fields: [
          {
            type: 'text',
            path: 'name',
            required: true,
            maxLength: 200,
            autocomplete: 'organization',
          },
          addressGroup<P>({ path: 'address' }),
          ...contactFields<P>(),
        ],
      },
      {
        type: 'group',
        path: 'landlord',
        fields: [
          {
            type: 'radio',
            path: 'kind',
            required: true,
            options: options(['natuerlichePerson', 'juristischePerson']),
          },
          ...personFields<P>({ section: 'landlord' }).map((f) => ({
            ...f,
            visibleWhen: landlordIsPerson,
          })),
          {
            type: 'text',
            path: 'organisationName',
            required: true,
            maxLength: 200,
            visibleWhen: landlordIsOrganisation,
          },
          address('address', 'landlord'),
          ...contactFields<P>({ section: 'landlord' }),
        ],
      },
      {
        type: 'radio',
        path: 'landlordIsOwner',
        required: true,
        visibleWhen: byAgent,
        options: options(['ja', 'nein']),
      },
      {
        type: 'group',
        path: 'owner',
        visibleWhen: ownerDiffers,
        fields: [
          { type: 'text', path: 'name', required: true, maxLength: 200, autocomplete: 'off' },
          address('address', 'owner', false),
        ],
      },
      ...byMoveCheckbox('selfDeclarationOwner', is('submitterRole', 'eigentuemerZiehtSelbstEin')),
    ],
  },
  {
    id: 'erklaerungen',
    fields: [
      { type: 'info', path: 'bmgInfo', tone: 'warning' },
      ...byMoveCheckbox('declarationBmg'),
      ...declarationFields<P>(),
    ],
  },
];

export const wohnungsgeberbestaetigung = defineAssistant<P>({
  id: 'wohnungsgeberbestaetigung',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'medium',
  referencePrefix: 'WGB',
  params: wohnungsgeberbestaetigungParamsSchema,
  steps,
  rules,
  messages,
});
