/**
 * Notice (or permit application) of a traditional bonfire: Oster-, Hexen-, Maifeuer and the like.
 * Category "simple": the data hub routes it by mail / file / DMS to the Ordnungsamt.
 * Every local rule comes from the municipality's parameters (brauchtumsfeuer.params.ts); the
 * cross-field rules, computed values and review summary live in brauchtumsfeuer.rules.ts.
 */
import {
  addressGroup,
  contactFields,
  declarationFields,
  personFields,
} from '../../engine/blocks.js';
import { defineAssistant } from '../../engine/define-assistant.js';
import type { EvalContext, FieldDef, Option, StepDef } from '../../engine/types.js';
import { lazySchema, z } from '../../engine/zod.js';
import { messages } from './brauchtumsfeuer.messages.js';
import {
  brauchtumsfeuerParamsSchema,
  MATERIALS,
  type BrauchtumsfeuerParams,
} from './brauchtumsfeuer.params.js';
import { at, computed, rules, stackingLead, summary } from './brauchtumsfeuer.rules.js';

type P = BrauchtumsfeuerParams;
type Ctx = EvalContext<P>;

export const OCCASIONS = [
  'osterfeuer',
  'hexenfeuerWalpurgis',
  'maifeuer',
  'pfingstfeuer',
  'sonnenwendJohannisfeuer',
  'martinsfeuer',
  'sonstigesBrauchtum',
] as const;

export const ORGANIZER_TYPES = [
  'verein',
  'feuerwehrFoerderverein',
  'kirchgemeinde',
  'ortschaftsratKommune',
  'privatperson',
  'unternehmen',
  'sonstige',
] as const;

export const EXTINGUISHING_MEANS = [
  'feuerloescher',
  'wasserBehaelter',
  'schlauchanschluss',
  'sandErde',
  'feuerwehrVorOrt',
] as const;

const options = (values: readonly string[]): Option[] => values.map((value) => ({ value }));
const YES_NO = options(['ja', 'nein']);

const is = (path: string, value: unknown) => (ctx: Ctx) => at(ctx, path) === value;

const organizerType = (ctx: Ctx) => at(ctx, 'organizer.type');
const isPrivatePerson = (ctx: Ctx) => organizerType(ctx) === 'privatperson';
const isOrganisation = (ctx: Ctx) => organizerType(ctx) !== undefined && !isPrivatePerson(ctx);
const byParcel = is('locationMode', 'flurstueck');
const hasGemarkungList = (ctx: Ctx) => (ctx.params.gemarkungen?.length ?? 0) > 0;

// Field schemas are built on first use, not when the bundle loads (issue 5, first render).
const positiveMeters = () => lazySchema(() => z.number().check(z.gt(0)));

/** A distance question and the municipality's minimum in its hint. */
const distanceField = (path: string, key: keyof P['minDistances']): FieldDef<P> => ({
  type: 'number',
  path,
  required: true,
  min: 0,
  width: 's',
  vars: (ctx) => ({ min: ctx.params.minDistances[key] ?? 0 }),
  ...(key === 'residential' || key === 'roads'
    ? { visibleWhen: (ctx: Ctx) => ctx.params.minDistances[key] !== undefined }
    : {}),
});

const steps: StepDef<P>[] = [
  {
    id: 'anlass',
    fields: [
      {
        type: 'info',
        path: 'procedureAnzeige',
        visibleWhen: (ctx) => ctx.params.procedureType === 'anzeige',
        vars: (ctx) => ({
          noticeDays: ctx.params.noticeDays,
          ordinanceUrl: ctx.params.ordinanceUrl,
        }),
      },
      {
        type: 'info',
        path: 'procedureAntrag',
        visibleWhen: (ctx) => ctx.params.procedureType === 'antrag',
        vars: (ctx) => ({
          noticeDays: ctx.params.noticeDays,
          ordinanceUrl: ctx.params.ordinanceUrl,
        }),
      },
      { type: 'select', path: 'occasion', required: true, options: options(OCCASIONS) },
      {
        type: 'text',
        path: 'occasionText',
        required: true,
        maxLength: 200,
        visibleWhen: is('occasion', 'sonstigesBrauchtum'),
      },
      { type: 'radio', path: 'publicEvent', required: true, options: YES_NO },
      {
        type: 'info',
        path: 'notPublicInfo',
        tone: 'warning',
        visibleWhen: (ctx) => at(ctx, 'publicEvent') === 'nein' && !ctx.params.allowPrivate,
      },
      {
        type: 'integer',
        path: 'expectedVisitors',
        min: 1,
        width: 's',
        visibleWhen: is('publicEvent', 'ja'),
      },
      { type: 'checkbox', path: 'catering' },
      { type: 'info', path: 'cateringInfo', visibleWhen: is('catering', true) },
      { type: 'checkbox', path: 'fireworks' },
      { type: 'info', path: 'fireworksInfo', visibleWhen: is('fireworks', true) },
    ],
  },
  {
    id: 'veranstalter',
    fields: [
      {
        type: 'group',
        path: 'organizer',
        fields: [
          { type: 'radio', path: 'type', required: true, options: options(ORGANIZER_TYPES) },
          {
            type: 'text',
            path: 'name',
            required: true,
            maxLength: 200,
            autocomplete: 'organization',
            visibleWhen: isOrganisation,
          },
          ...personFields<P>().map((f) => ({ ...f, visibleWhen: isPrivatePerson })),
          {
            type: 'text',
            path: 'registerNumber',
            maxLength: 40,
            width: 'm',
            visibleWhen: (ctx) => organizerType(ctx) === 'verein',
          },
          addressGroup<P>({ path: 'address' }),
          ...contactFields<P>({ phoneRequired: true }),
        ],
      },
    ],
  },
  {
    id: 'verantwortlich',
    fields: [
      {
        type: 'group',
        path: 'responsiblePerson',
        fields: [
          ...personFields<P>({ section: 'section-responsible', birthDate: true }),
          addressGroup<P>({ path: 'address', section: 'section-responsible' }),
          {
            type: 'phone',
            path: 'mobilePhone',
            required: true,
            autocomplete: 'section-responsible mobile tel',
          },
        ],
      },
      {
        type: 'group',
        path: 'secondSupervisor',
        visibleWhen: (ctx) => ctx.params.twoSupervisorsRequired,
        fields: [
          ...personFields<P>({ section: 'section-supervisor', birthDate: true }),
          {
            type: 'phone',
            path: 'mobilePhone',
            required: true,
            autocomplete: 'section-supervisor mobile tel',
          },
        ],
      },
    ],
  },
  {
    id: 'ort',
    fields: [
      // A map pick (`karte`, WGS84 coordinates) follows once the map component exists.
      {
        type: 'radio',
        path: 'locationMode',
        required: true,
        options: options(['adresse', 'flurstueck']),
      },
      {
        type: 'group',
        path: 'site',
        fields: [
          addressGroup<P>({
            path: 'address',
            section: 'section-site',
            visibleWhen: is('locationMode', 'adresse'),
          }),
          // One answer, two controls: a choice when the municipality lists its Gemarkungen, else free text.
          {
            type: 'text',
            path: 'gemarkung',
            required: true,
            maxLength: 120,
            hint: 'site.gemarkung.hintText',
            visibleWhen: (ctx) => byParcel(ctx) && !hasGemarkungList(ctx),
          },
          {
            type: 'select',
            path: 'gemarkung',
            required: true,
            visibleWhen: (ctx) => byParcel(ctx) && hasGemarkungList(ctx),
            options: (ctx) =>
              (ctx.params.gemarkungen ?? []).map((g) => ({ value: g, text: { de: g, en: g } })),
          },
          {
            type: 'text',
            path: 'flurstueck',
            required: true,
            width: 's',
            schema: lazySchema(() => z.string().check(z.trim(), z.regex(/^\d+(\/\d+)?$/))),
            visibleWhen: byParcel,
          },
          { type: 'textarea', path: 'description', required: true, maxLength: 1000 },
          { type: 'radio', path: 'organizerIsOwner', required: true, options: YES_NO },
          {
            type: 'info',
            path: 'ownerConsentInfo',
            visibleWhen: is('site.organizerIsOwner', 'nein'),
          },
        ],
      },
    ],
  },
  {
    id: 'termin',
    fields: [
      {
        type: 'date',
        path: 'date',
        required: true,
        dateOf: 'future',
        vars: (ctx) => ({ noticeDays: ctx.params.noticeDays }),
      },
      {
        type: 'time',
        path: 'startTime',
        required: true,
        width: 's',
        vars: (ctx) => ({ earliestStart: ctx.params.earliestStart }),
      },
      { type: 'time', path: 'endTime', required: true, width: 's' },
      { type: 'date', path: 'alternativeDate', dateOf: 'future' },
      {
        type: 'date',
        path: 'stackingDate',
        required: true,
        dateOf: 'future',
        vars: (ctx) => ({ maxStackingDaysBefore: ctx.params.maxStackingDaysBefore }),
      },
      {
        type: 'checkbox',
        path: 'restackConfirmed',
        required: true,
        visibleWhen: (ctx) => (stackingLead(ctx) ?? 0) > ctx.params.maxStackingDaysBefore,
      },
    ],
  },
  {
    id: 'feuer',
    fields: [
      {
        type: 'number',
        path: 'pileHeightM',
        required: true,
        width: 's',
        schema: positiveMeters(),
        vars: (ctx) => ({ max: ctx.params.maxPileHeight }),
      },
      {
        type: 'number',
        path: 'pileDiameterM',
        required: true,
        width: 's',
        schema: positiveMeters(),
        vars: (ctx) => ({ max: ctx.params.maxPileDiameter }),
      },
      {
        type: 'checkboxes',
        path: 'materials',
        required: true,
        // The contract names the whole catalogue; the engine checks the town's subset (options).
        schema: lazySchema(() => z.array(z.enum(MATERIALS))),
        options: (ctx) => options(ctx.params.allowedMaterials),
      },
      { type: 'checkbox', path: 'noAccelerantsConfirmed', required: true },
      { type: 'checkbox', path: 'noWasteConfirmed', required: true },
    ],
  },
  {
    id: 'sicherheit',
    fields: [
      distanceField('distanceBuildings', 'buildings'),
      distanceField('distanceResidential', 'residential'),
      distanceField('distanceRoads', 'roads'),
      distanceField('distanceCombustibles', 'combustibles'),
      distanceField('distanceForest', 'forest'),
      {
        type: 'checkboxes',
        path: 'extinguishingMeans',
        required: true,
        options: options(EXTINGUISHING_MEANS),
      },
      {
        type: 'checkbox',
        path: 'forestFireLevelAck',
        required: true,
        vars: (ctx) => ({ level: ctx.params.forestFireBanLevel }),
      },
    ],
  },
  {
    id: 'erklaerungen',
    fields: [
      { type: 'checkbox', path: 'supervisionConfirmed', required: true },
      ...declarationFields<P>(),
    ],
  },
];

export const brauchtumsfeuer = defineAssistant<BrauchtumsfeuerParams>({
  id: 'brauchtumsfeuer',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'simple',
  referencePrefix: 'BRF',
  params: brauchtumsfeuerParamsSchema,
  steps,
  rules,
  computed,
  summary,
  messages,
});
