/**
 * The trade notice assistant (Gewerbeanzeige): Anmeldung (GewA 1), Ummeldung (GewA 2) and
 * Abmeldung (GewA 3) under § 14 GewO, for a sole trader, each managing partner of a partnership or
 * the representatives of a legal person. Category "complex": several persons per notice, register
 * data, many downstream recipients. Domain catalogue §2; FIM field ids (§7) ride along as
 * `fimId` into the payload's JSON Schema (`x-fim-id`). The contract is `payloadSchemaOf(def)`.
 *
 * This module holds everything but the derived values (forms, recipients, fee, documents), which
 * `gewerbeanzeige.definition.ts` adds: the script-tag bundle loads those beside it (see
 * `gewerbeanzeige.ts`), as they matter only from the review page on.
 */
import {
  addressGroup,
  contactFields,
  declarationFields,
  personFields,
} from '../../engine/blocks.js';
import type {
  AssistantDefinition,
  EvalContext,
  FieldDef,
  GroupField,
  Option,
  StepDef,
} from '../../engine/types.js';
import { lazySchema, z } from '../../engine/zod.js';
import { messages } from './gewerbeanzeige.messages.js';
import { gewerbeanzeigeParamsSchema, type GewerbeanzeigeParams } from './gewerbeanzeige.params.js';
import {
  aheadVars,
  asksRegistration,
  at,
  cessationVars,
  changeIs,
  COMPANY_PARTNER_FORMS,
  deregistrationReason,
  formsOfRole,
  HANDOVER_REASONS,
  hasCraftEntry,
  isAbmeldung,
  isAnmeldung,
  isBranch,
  isCraft,
  isDomesticRegister,
  isFoundationRegister,
  isForeignRegister,
  isLegalPerson,
  isPartnership,
  isRegistered,
  isUmmeldung,
  item,
  itemIsCompany,
  itemIsNatural,
  itemNeedsResidenceTitle,
  LEGAL_FORMS,
  legalForm,
  notAbmeldung,
  REGISTER_NUMBER,
  REGISTER_TYPES,
  registerTypesOf,
  ROLES,
  rules,
  STATES,
  TAKEOVER_REASONS,
} from './gewerbeanzeige.rules.js';

type P = GewerbeanzeigeParams;
type Ctx = EvalContext<P>;

const options = (values: readonly string[]): Option[] => values.map((value) => ({ value }));
const yesNo = options(['ja', 'nein']);
const text = (path: string, maxLength: number, extra: Partial<FieldDef<P>> = {}): FieldDef<P> =>
  ({ type: 'text', path, maxLength, ...extra }) as FieldDef<P>;

/** FIM ids of the harmonised address fields (BOB, domain §7). */
const ADDRESS_FIM: Record<string, string> = {
  street: 'F60000000243',
  houseNumber: 'F60000000244',
  postalCode: 'F60000000246',
  city: 'F60000000247',
};
const address = (
  opts: Parameters<typeof addressGroup<P>>[0] & { fimId?: string },
): GroupField<P> => {
  const g = addressGroup<P>(opts);
  return {
    ...g,
    ...(opts.fimId ? { fimId: opts.fimId } : {}),
    fields: g.fields.map((f) => ({ ...f, fimId: ADDRESS_FIM[f.path] }) as FieldDef<P>),
  };
};
const NAME_FIM: Record<string, string> = { givenNames: 'F60000000228', familyName: 'F60000000227' };
const names = (section?: string, extra: Partial<FieldDef<P>> = {}): FieldDef<P>[] =>
  personFields<P>(section ? { section } : {}).map(
    (f) => ({ ...f, ...extra, fimId: NAME_FIM[f.path] }) as FieldDef<P>,
  );

/**
 * The establishment's street: where the municipality's street list is at the hub
 * (`streetLookup`), suggested by the `strassen` lookup as the person types; free text either way.
 */
const streetSuggested = (g: GroupField<P>): GroupField<P> => ({
  ...g,
  fields: g.fields.flatMap((f) =>
    f.path === 'street'
      ? [
          { ...f, visibleWhen: (ctx: Ctx) => !ctx.params.streetLookup } as FieldDef<P>,
          {
            ...f,
            visibleWhen: (ctx: Ctx) => !!ctx.params.streetLookup,
            lookup: { name: 'strassen', store: 'label' },
          } as FieldDef<P>,
        ]
      : [f],
  ),
});

// --- Step 1: which notice, for what, in which role --------------------------------------------

const anzeige: StepDef<P> = {
  id: 'anzeige',
  fields: [
    {
      type: 'radio',
      path: 'noticeType',
      required: true,
      options: options(['anmeldung', 'ummeldung', 'abmeldung']),
    },
    { type: 'info', path: 'relocationHint' },
    {
      type: 'radio',
      path: 'establishmentKind',
      required: true,
      fimId: 'F05000017445',
      options: options([
        'hauptniederlassung',
        'zweigniederlassung',
        'unselbstaendigeZweigstelle',
        'automatenaufstellung',
        'reisegewerbe',
      ]),
    },
    { type: 'radio', path: 'filerRole', required: true, options: options(ROLES) },
  ],
};

// --- Step 2: legal form and register ----------------------------------------------------------

const unternehmen: StepDef<P> = {
  id: 'unternehmen',
  fields: [
    {
      type: 'group',
      path: 'company',
      fields: [
        {
          // Radios, not a select: a closed select shows one line and cut the chosen form at
          // 320 px ("Einzelunternehmen, ni"); options wrap (test/gewerbeanzeige-choice-width).
          type: 'radio',
          path: 'legalForm',
          required: true,
          fimId: 'F05000017511',
          // Only the forms that fit the role; the payload schema still names every code.
          options: (ctx) => options(formsOfRole(at(ctx, 'filerRole'))),
          schema: lazySchema(() => z.enum(LEGAL_FORMS as [string, ...string[]])),
        },
        {
          type: 'radio',
          path: 'isRegistered',
          required: true,
          visibleWhen: asksRegistration,
          options: yesNo,
        },
        {
          type: 'checkbox',
          path: 'inFormation',
          // A GbR needs no registration; every other unregistered company may be in formation.
          visibleWhen: (ctx) =>
            asksRegistration(ctx) &&
            at(ctx, 'company.isRegistered') === 'nein' &&
            legalForm(ctx) !== '270',
        },
        {
          type: 'radio',
          path: 'registerType',
          required: true,
          fimId: 'F05000017720',
          visibleWhen: isRegistered,
          // A foundation: the Stiftungsverzeichnis (or abroad); the others: not that.
          options: (ctx) => options(registerTypesOf(legalForm(ctx))),
          schema: lazySchema(() => z.enum(REGISTER_TYPES as unknown as [string, ...string[]])),
        },
        {
          // The register courts from the hub (Saxony's three first), stored by name; free text
          // when the hub cannot be reached.
          type: 'text',
          path: 'registerCourt',
          required: true,
          maxLength: 120,
          fimId: 'F05000017721',
          visibleWhen: isDomesticRegister,
          lookup: { name: 'registergerichte', store: 'label', minChars: 0 },
        },
        {
          type: 'text',
          path: 'registerNumber',
          required: true,
          width: 'm',
          fimId: 'F05000017514',
          visibleWhen: isDomesticRegister,
          schema: lazySchema(() => z.string().check(z.trim(), z.regex(REGISTER_NUMBER))),
          // The register query: found, it fills the registered name and the legal form.
          lookup: {
            name: 'register',
            mode: 'button',
            params: { type: 'registerType', court: 'registerCourt' },
            fills: { registeredName: 'registeredName', legalForm: 'legalForm' },
          },
        },
        text('registerCountry', 80, {
          required: true,
          fimId: 'F05000017518',
          visibleWhen: isForeignRegister,
        }),
        text('registerPlace', 120, {
          required: true,
          fimId: 'F60000000327',
          visibleWhen: isForeignRegister,
        }),
        text('foreignRegisterNumber', 60, {
          required: true,
          fimId: 'F60000000328',
          width: 'm',
          visibleWhen: isForeignRegister,
        }),
        {
          type: 'select',
          path: 'foundationState',
          required: true,
          visibleWhen: isFoundationRegister,
          options: options(STATES),
        },
        text('foundationNumber', 60, {
          required: true,
          width: 'm',
          visibleWhen: isFoundationRegister,
        }),
        text('registeredName', 200, {
          required: true,
          fimId: 'F60000000319',
          visibleWhen: (ctx: Ctx) => isRegistered(ctx) || at(ctx, 'company.inFormation') === true,
        }),
        // Not in a register (a GbR): the name it goes by, if any; "as in the register" would puzzle.
        text('registeredName', 200, {
          label: 'company.registeredName.labelUnregistered',
          hint: 'company.registeredName.hintUnregistered',
          fimId: 'F60000000319',
          visibleWhen: (ctx: Ctx) =>
            !isRegistered(ctx) &&
            at(ctx, 'company.inFormation') !== true &&
            (isPartnership(ctx) || isLegalPerson(ctx)),
        }),
        text('tradeName', 200, { fimId: 'F60000000320' }),
        {
          type: 'radio',
          path: 'publicSectorParticipation',
          required: true,
          fimId: 'F05000017462',
          visibleWhen: (ctx) =>
            !!legalForm(ctx) && !['180', '170'].includes(legalForm(ctx) as string),
          options: yesNo,
        },
        text('wirtschaftsnummer', 20, { fimId: 'F60000000371', width: 'm' }),
      ],
    },
  ],
};

// --- Step 3: the notifying persons ------------------------------------------------------------

/** Persons one notice may carry (more managing partners than any form sheet holds). */
export const MAX_PERSONS = 50;

const personen: StepDef<P> = {
  id: 'personen',
  fields: [
    {
      type: 'group',
      path: 'agent',
      visibleWhen: (ctx) => at(ctx, 'filerRole') === 'bevollmaechtigter',
      fields: [
        ...names('agent'),
        text('organisation', 200),
        ...contactFields<P>({ section: 'agent', emailRequired: true }),
      ],
    },
    {
      type: 'group',
      path: 'persons',
      required: true,
      // Every managing partner or legal representative, however many: the form holds one
      // person, a legal person's further ones go on the Beiblatt (computed.forms[].beiblatt).
      repeat: { min: 1, max: MAX_PERSONS, editable: true },
      fields: [
        {
          type: 'radio',
          path: 'kind',
          required: true,
          fimId: 'F05000017395',
          visibleWhen: (ctx) => COMPANY_PARTNER_FORMS.includes(legalForm(ctx) as string),
          options: options(['natuerlich', 'juristisch']),
        },
        text('organisationName', 200, {
          required: true,
          fimId: 'F60000000319',
          visibleWhen: itemIsCompany,
        }),
        text('organisationRegister', 120, { visibleWhen: itemIsCompany }),
        ...names(undefined, { visibleWhen: itemIsNatural, autocomplete: 'off' }),
        text('birthName', 120, { fimId: 'F60000000230', visibleWhen: itemIsNatural }),
        {
          type: 'select',
          path: 'sex',
          required: true,
          fimId: 'F60000000332',
          visibleWhen: itemIsNatural,
          options: options(['maennlich', 'weiblich', 'divers', 'ohneAngabe']),
        },
        {
          type: 'date',
          path: 'birthDate',
          required: true,
          fimId: 'G60000000083',
          // An example from the past (not this year's); no autofill: each person's own date.
          dateOf: 'birth',
          visibleWhen: itemIsNatural,
        },
        text('birthPlace', 120, {
          required: true,
          fimId: 'F60000000234',
          visibleWhen: itemIsNatural,
        }),
        text('birthCountry', 80, {
          required: true,
          fimId: 'F60000000235',
          visibleWhen: itemIsNatural,
        }),
        {
          type: 'radio',
          path: 'nationalityGroup',
          required: true,
          visibleWhen: itemIsNatural,
          options: options(['deutsch', 'euEwrCh', 'andere']),
        },
        text('nationality', 80, {
          required: true,
          fimId: 'F60000000236',
          visibleWhen: (ctx: Ctx) =>
            itemIsNatural(ctx) &&
            ['euEwrCh', 'andere'].includes(item(ctx, 'nationalityGroup') as string),
        }),
        {
          type: 'group',
          path: 'residence',
          visibleWhen: itemNeedsResidenceTitle,
          fields: [
            text('issuedBy', 120, { required: true }),
            { type: 'date', path: 'issuedOn', required: true },
            { type: 'date', path: 'validUntil' },
            { type: 'radio', path: 'selfEmploymentAllowed', required: true, options: yesNo },
          ],
        },
        address({ path: 'address', fimId: 'G60000000087', visibleWhen: itemIsNatural }),
        ...contactFields<P>({ phoneRequired: true }).map(
          (f) =>
            ({
              ...f,
              autocomplete: 'off',
              fimId: f.path === 'phone' ? 'F60000000240' : 'F60000000242',
            }) as FieldDef<P>,
        ),
      ],
    },
    {
      // A GbR's partners who do not manage it file nothing; Feld 1 names them (domain §2.1).
      type: 'textarea',
      path: 'otherPartners',
      maxLength: 2000,
      visibleWhen: (ctx) => legalForm(ctx) === '270',
    },
  ],
};

// --- Step 4: the establishment --------------------------------------------------------------

const betrieb: StepDef<P> = {
  id: 'betrieb',
  fields: [
    // A GewA 2 asks the new values here, the previous ones on its own step (previous.address).
    { type: 'info', path: 'newValuesHint', visibleWhen: isUmmeldung },
    {
      type: 'group',
      path: 'establishment',
      fields: [
        streetSuggested(address({ path: 'address', section: 'establishment' })),
        ...contactFields<P>({ section: 'establishment', phoneRequired: true }).map(
          (f) =>
            ({ ...f, fimId: f.path === 'phone' ? 'F60000000240' : 'F60000000242' }) as FieldDef<P>,
        ),
        text('website', 200, { fimId: 'F60000000321', autocomplete: 'url' }),
        address({ path: 'headOfficeAddress', section: 'head-office', visibleWhen: isBranch }),
        {
          type: 'group',
          path: 'manager',
          fimId: 'G05000011605',
          visibleWhen: isBranch,
          fields: names('manager', { autocomplete: 'off' }),
        },
      ],
    },
  ],
};

// --- Step 5: the activity --------------------------------------------------------------------

/** A GewA 1 for an establishment moved in from another municipality. */
const movedIn = (ctx: Ctx) =>
  isAnmeldung(ctx) && at(ctx, 'reason') === 'wiedereroeffnungNachVerlegung';

const taetigkeit: StepDef<P> = {
  id: 'taetigkeit',
  fields: [
    // A GewA 3 names what it gives up; the lead and hints speak to everyone else.
    { type: 'info', path: 'cessationActivityHint', visibleWhen: isAbmeldung },
    {
      type: 'group',
      path: 'activities',
      required: true,
      fimId: 'F05000017440',
      repeat: { min: 1, max: 5, editable: true },
      fields: [
        { type: 'textarea', path: 'description', required: true, maxLength: 1000 },
        {
          type: 'text',
          path: 'wzCode',
          schema: lazySchema(() => z.string().check(z.trim(), z.regex(/^\d{2}\.\d{2}\.\d$/))),
          // WZ 2008 classes suggested by the hub as the person types words or a code.
          // Only the 5-digit subclasses, the code the field takes.
          lookup: { name: 'wz2008', query: { level: 'subclass' } },
        },
      ],
    },
    {
      type: 'radio',
      path: 'sideBusiness',
      required: true,
      fimId: 'F05000017450',
      visibleWhen: notAbmeldung,
      options: yesNo,
    },
    {
      type: 'radio',
      path: 'sideBusiness',
      label: 'sideBusiness.labelAbmeldung',
      required: true,
      fimId: 'F05000017450',
      visibleWhen: isAbmeldung,
      options: yesNo,
    },
    { type: 'date', path: 'startDate', required: true, visibleWhen: isAnmeldung, vars: aheadVars },
    {
      type: 'checkboxes',
      path: 'businessTypes',
      required: true,
      options: options(['industrie', 'handwerk', 'handel', 'sonstiges']),
    },
    { type: 'integer', path: 'employeesFullTime', required: true, min: 0, max: 99999, width: 'xs' },
    { type: 'integer', path: 'employeesPartTime', required: true, min: 0, max: 99999, width: 'xs' },
    {
      type: 'radio',
      path: 'reason',
      required: true,
      visibleWhen: isAnmeldung,
      options: options([
        'neuerrichtung',
        'wiedereroeffnungNachVerlegung',
        'gruendungNachUmwG',
        'rechtsformwechsel',
        'gesellschaftereintritt',
        'uebernahme',
      ]),
    },
    text('previousOwnerName', 200, {
      required: true,
      visibleWhen: (ctx: Ctx) =>
        isAnmeldung(ctx) && TAKEOVER_REASONS.includes(at(ctx, 'reason') as string),
    }),
    // GewA 1 after a move from another municipality: the previous establishment's address, as the
    // form asks it (a GewA 2 with a move asks it on its own step, previous.address).
    address({ path: 'previousAddress', section: 'previous', visibleWhen: movedIn }),
  ],
};

// --- Step 6: permits, crafts ------------------------------------------------------------------

const erlaubnisse: StepDef<P> = {
  id: 'erlaubnisse',
  visibleWhen: notAbmeldung,
  fields: [
    {
      type: 'group',
      path: 'permit',
      fields: [
        {
          type: 'radio',
          path: 'required',
          required: true,
          options: options(['ja', 'nein', 'unklar']),
        },
        text('authority', 200, {
          required: true,
          visibleWhen: (ctx: Ctx) => at(ctx, 'permit.required') === 'ja',
        }),
        {
          type: 'date',
          path: 'date',
          required: true,
          visibleWhen: (ctx) => at(ctx, 'permit.required') === 'ja',
        },
        {
          type: 'info',
          path: 'unclearHint',
          tone: 'warning',
          visibleWhen: (ctx) => at(ctx, 'permit.required') === 'unklar',
        },
      ],
    },
    {
      type: 'group',
      path: 'crafts',
      visibleWhen: isCraft,
      fields: [
        {
          type: 'radio',
          path: 'entry',
          required: true,
          options: options(['anlageA', 'anlageB1', 'anlageB2', 'keine']),
        },
        {
          type: 'radio',
          path: 'chamber',
          required: true,
          visibleWhen: hasCraftEntry,
          options: options(['hwkChemnitz', 'hwkDresden', 'hwkLeipzig', 'andere']),
        },
        { type: 'date', path: 'cardDate', required: true, visibleWhen: hasCraftEntry },
      ],
    },
    { type: 'info', path: 'receiptNoPermit' },
  ],
};

// --- Step 7: Ummeldung ------------------------------------------------------------------------

const ummeldung: StepDef<P> = {
  id: 'ummeldung',
  visibleWhen: isUmmeldung,
  fields: [
    {
      type: 'checkboxes',
      path: 'changeReasons',
      required: true,
      options: options([
        'verlegungInnerhalbGemeinde',
        'wechselTaetigkeit',
        'ausdehnungTaetigkeit',
        'aufgabeTeiltaetigkeit',
        'wechselHauptNebenerwerb',
        'namensaenderung',
        'sonstiges',
      ]),
    },
    text('changeReasonOther', 300, { required: true, visibleWhen: changeIs('sonstiges') }),
    { type: 'date', path: 'changeDate', required: true, vars: aheadVars },
    {
      type: 'group',
      path: 'previous',
      fields: [
        address({
          path: 'address',
          section: 'previous',
          visibleWhen: changeIs('verlegungInnerhalbGemeinde'),
        }),
        {
          type: 'textarea',
          path: 'activities',
          required: true,
          maxLength: 1000,
          visibleWhen: changeIs(
            'wechselTaetigkeit',
            'ausdehnungTaetigkeit',
            'aufgabeTeiltaetigkeit',
          ),
        },
        text('name', 200, { required: true, visibleWhen: changeIs('namensaenderung') }),
      ],
    },
  ],
};

// --- Step 8: Abmeldung ------------------------------------------------------------------------

const abmeldung: StepDef<P> = {
  id: 'abmeldung',
  visibleWhen: isAbmeldung,
  fields: [
    {
      type: 'radio',
      path: 'deregistrationReason',
      required: true,
      fimId: 'F05000017437',
      options: options([
        'vollstaendigeAufgabe',
        'verlegungAndererMeldebezirk',
        'aufgabeInfolgeUmwandlung',
        'rechtsformwechsel',
        'gesellschafteraustritt',
        'erbfolgeVerkaufVerpachtung',
      ]),
    },
    {
      type: 'select',
      path: 'cessationCauses',
      required: true,
      fimId: 'F05000017438',
      visibleWhen: (ctx) => deregistrationReason(ctx) === 'vollstaendigeAufgabe',
      options: options([
        'alterGesundheit',
        'wirtschaftlicheSchwierigkeiten',
        'insolvenz',
        'sonstige',
      ]),
    },
    {
      type: 'date',
      path: 'cessationDate',
      required: true,
      fimId: 'F05000017451',
      vars: cessationVars,
    },
    address({
      path: 'futureAddress',
      section: 'future',
      fimId: 'G05000011607',
      visibleWhen: (ctx) => deregistrationReason(ctx) === 'verlegungAndererMeldebezirk',
    }),
    text('successorName', 200, {
      required: (ctx: Ctx) => deregistrationReason(ctx) === 'erbfolgeVerkaufVerpachtung',
      visibleWhen: (ctx: Ctx) => HANDOVER_REASONS.includes(deregistrationReason(ctx) as string),
    }),
  ],
};

// --- Step 9: evidence -------------------------------------------------------------------------

/**
 * One document as an upload: shown when the answers call for it, required when the person chose
 * to upload now (else it is sent by mail, by post or shown at the office).
 */
const doc = (path: string, visibleWhen?: (ctx: Ctx) => boolean, fimId?: string): FieldDef<P> => ({
  type: 'file',
  path,
  multiple: true,
  maxFiles: 5,
  required: (ctx) => at(ctx, 'documentDelivery') === 'upload',
  ...(visibleWhen ? { visibleWhen } : {}),
  ...(fimId ? { fimId } : {}),
});
const anyResidence = (ctx: Ctx) => {
  const list = at(ctx, 'persons');
  return (
    notAbmeldung(ctx) &&
    Array.isArray(list) &&
    list.some((p) => (p as Record<string, unknown> | null)?.nationalityGroup === 'andere')
  );
};

const nachweise: StepDef<P> = {
  id: 'nachweise',
  fields: [
    {
      type: 'radio',
      path: 'documentDelivery',
      required: true,
      options: options(['upload', 'email', 'post', 'vorOrt']),
    },
    doc('identityFiles'),
    doc('powerOfAttorneyFiles', (ctx) => at(ctx, 'filerRole') === 'bevollmaechtigter'),
    doc('registerExtractFiles', isRegistered, 'F05000017521'),
    doc('foreignRegisterFiles', isForeignRegister),
    doc('partnershipAgreementFiles', (ctx) => legalForm(ctx) === '270'),
    doc(
      'foundingContractFiles',
      (ctx) => asksRegistration(ctx) && at(ctx, 'company.inFormation') === true,
    ),
    doc('permitFiles', (ctx) => notAbmeldung(ctx) && at(ctx, 'permit.required') === 'ja'),
    doc('craftsCardFiles', hasCraftEntry),
    doc('residenceTitleFiles', anyResidence),
    // FIM F05000017464: the notice being deregistered (its confirmation), on a GewA 3.
    doc('previousNoticeFiles', isAbmeldung, 'F05000017464'),
  ],
};

// --- Step 10: declarations --------------------------------------------------------------------

const erklaerungen: StepDef<P> = {
  id: 'erklaerungen',
  fields: [
    { type: 'info', path: 'statisticsNotice' },
    { type: 'info', path: 'transmissionNotice' },
    ...declarationFields<P>(),
  ],
};

/** The Gewerbeanzeige assistant without its derived values (`computed`, `summary`). */
export const gewerbeanzeigeBase: AssistantDefinition<P> = {
  id: 'gewerbeanzeige',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'complex',
  referencePrefix: 'GEW',
  params: gewerbeanzeigeParamsSchema,
  steps: [
    anzeige,
    unternehmen,
    personen,
    betrieb,
    taetigkeit,
    erlaubnisse,
    ummeldung,
    abmeldung,
    nachweise,
    erklaerungen,
  ],
  rules,
  messages,
};
