/**
 * What the trade notice's questions and rules share: the legal forms and which kind of notifier
 * each implies (domain §2.2 step 2), the predicates of the conditional steps and fields, and the
 * cross-field rules (role and legal form agree, register number and court, the establishment in
 * the municipality, start and cessation dates, a GbR with at least two partners).
 */
import { getPath } from '../../engine/paths.js';
import type { EvalContext, Predicate, Rule } from '../../engine/types.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';

type P = GewerbeanzeigeParams;
type Ctx = EvalContext<P>;

/** The answer at a dotted path. */
export const at = (ctx: Ctx, path: string): unknown => getPath(ctx.answers, path);
export const item = (ctx: Ctx, key: string): unknown => ctx.item?.[key];

/**
 * Legal forms (FIM code list C60000025 "gängige Rechtsformen", plus foreign forms such as the
 * Ltd.), grouped by who files: a natural person, each managing partner of a partnership, or the
 * legal representatives of a legal person.
 */
export const SOLE_TRADER_FORMS = ['180', '170'] as const;
export const PARTNERSHIP_FORMS = ['270', '210', '220', '230', '293'] as const;
export const LEGAL_PERSON_FORMS = [
  '350',
  '351',
  '310',
  '360',
  '400',
  '590',
  '611',
  'auslaendisch',
] as const;
export const LEGAL_FORMS = [...SOLE_TRADER_FORMS, ...PARTNERSHIP_FORMS, ...LEGAL_PERSON_FORMS];
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Partnerships whose partners may themselves be companies (the GmbH of a GmbH & Co. KG). */
export const COMPANY_PARTNER_FORMS: readonly string[] = ['210', '220', '230'];
/** Legal forms that exist only once registered (or "in Gründung" before that). */
export const REGISTRATION_REQUIRED: readonly string[] = [
  '170',
  '210',
  '220',
  '230',
  '293',
  '350',
  '351',
  '310',
  '360',
  '400',
];

/** Register types (FIM C60000038); `S` is a foundation's entry in a Land's Stiftungsverzeichnis. */
export const REGISTER_TYPES = [
  'HRA',
  'HRB',
  'GnR',
  'GsR',
  'PR',
  'VR',
  'S',
  'auslaendisch',
] as const;
/** The Länder, whose Stiftungsverzeichnis a foundation is entered in (Saxony first). */
export const STATES = [
  'SN',
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'ST',
  'SH',
  'TH',
] as const;
/** A foundation is entered in a Stiftungsverzeichnis (or abroad), every other form elsewhere. */
export const registerTypesOf = (form: unknown): readonly string[] =>
  form === '611' ? ['S', 'auslaendisch'] : REGISTER_TYPES.filter((t) => t !== 'S');

export const ROLES = [
  'einzelunternehmer',
  'gesellschafterPersonengesellschaft',
  'gesetzlicherVertreter',
  'bevollmaechtigter',
] as const;

/** Legal forms that fit a role (a representative with power of attorney may file for any). */
export const formsOfRole = (role: unknown): readonly string[] =>
  role === 'einzelunternehmer'
    ? SOLE_TRADER_FORMS
    : role === 'gesellschafterPersonengesellschaft'
      ? PARTNERSHIP_FORMS
      : role === 'gesetzlicherVertreter'
        ? [...LEGAL_PERSON_FORMS, '230']
        : LEGAL_FORMS;

const has = (list: readonly string[], v: unknown) => typeof v === 'string' && list.includes(v);

export const noticeIs =
  (...types: string[]): Predicate<P> =>
  (ctx) =>
    has(types, at(ctx, 'noticeType'));
export const isAnmeldung = noticeIs('anmeldung');
export const isUmmeldung = noticeIs('ummeldung');
export const isAbmeldung = noticeIs('abmeldung');
export const notAbmeldung = noticeIs('anmeldung', 'ummeldung');

export const legalForm = (ctx: Ctx): unknown => at(ctx, 'company.legalForm');
export const isSoleTrader: Predicate<P> = (ctx) => has(SOLE_TRADER_FORMS, legalForm(ctx));
export const isPartnership: Predicate<P> = (ctx) => has(PARTNERSHIP_FORMS, legalForm(ctx));
export const isLegalPerson: Predicate<P> = (ctx) => has(LEGAL_PERSON_FORMS, legalForm(ctx));
/** Asked whether registered: every form but the unregistered sole trader. */
export const asksRegistration: Predicate<P> = (ctx) =>
  typeof legalForm(ctx) === 'string' && legalForm(ctx) !== '180';
export const isRegistered: Predicate<P> = (ctx) =>
  asksRegistration(ctx) && at(ctx, 'company.isRegistered') === 'ja';
export const registerType = (ctx: Ctx): unknown => at(ctx, 'company.registerType');
export const isForeignRegister: Predicate<P> = (ctx) =>
  isRegistered(ctx) && registerType(ctx) === 'auslaendisch';
export const isFoundationRegister: Predicate<P> = (ctx) =>
  isRegistered(ctx) && registerType(ctx) === 'S';
/** Entered with a German register court (not abroad, not in a Stiftungsverzeichnis). */
export const isDomesticRegister: Predicate<P> = (ctx) =>
  isRegistered(ctx) &&
  typeof registerType(ctx) === 'string' &&
  !isForeignRegister(ctx) &&
  !isFoundationRegister(ctx);

export const isBranch: Predicate<P> = (ctx) =>
  has(['zweigniederlassung', 'unselbstaendigeZweigstelle'], at(ctx, 'establishmentKind'));

/** A person of the list is a company (the GmbH of a GmbH & Co. KG), not a natural person. */
export const itemIsCompany: Predicate<P> = (ctx) =>
  COMPANY_PARTNER_FORMS.includes(legalForm(ctx) as string) && item(ctx, 'kind') === 'juristisch';
export const itemIsNatural: Predicate<P> = (ctx) => !itemIsCompany(ctx);
/** Neither German nor EU/EEA/Swiss: the residence title matters (not for a cessation). */
export const itemNeedsResidenceTitle: Predicate<P> = (ctx) =>
  itemIsNatural(ctx) && notAbmeldung(ctx) && item(ctx, 'nationalityGroup') === 'andere';

export const businessTypes = (ctx: Ctx): string[] => {
  const v = at(ctx, 'businessTypes');
  return Array.isArray(v) ? (v as string[]) : [];
};
export const isCraft: Predicate<P> = (ctx) =>
  notAbmeldung(ctx) && businessTypes(ctx).includes('handwerk');
export const hasCraftEntry: Predicate<P> = (ctx) =>
  isCraft(ctx) &&
  typeof at(ctx, 'crafts.entry') === 'string' &&
  at(ctx, 'crafts.entry') !== 'keine';

/** The non-empty lines of a text (one name a line). */
export const linesOf = (v: unknown): string[] =>
  typeof v === 'string'
    ? v
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

export const changeReasons = (ctx: Ctx): string[] => {
  const v = at(ctx, 'changeReasons');
  return isUmmeldung(ctx) && Array.isArray(v) ? (v as string[]) : [];
};
export const changeIs =
  (...reasons: string[]): Predicate<P> =>
  (ctx) =>
    changeReasons(ctx).some((r) => reasons.includes(r));

export const deregistrationReason = (ctx: Ctx): unknown => at(ctx, 'deregistrationReason');
/** Reasons where someone carries the business on. */
export const HANDOVER_REASONS: readonly string[] = [
  'erbfolgeVerkaufVerpachtung',
  'rechtsformwechsel',
  'aufgabeInfolgeUmwandlung',
];

/** Reasons of an Anmeldung that name a previous trader or company. */
export const TAKEOVER_REASONS: readonly string[] = [
  'uebernahme',
  'rechtsformwechsel',
  'gesellschaftereintritt',
  'gruendungNachUmwG',
];

// --- dates -----------------------------------------------------------------------------------

const ISO = /^\d{4}-\d{2}-\d{2}$/;
export const isoOrUndefined = (v: unknown): string | undefined =>
  typeof v === 'string' && ISO.test(v) ? v : undefined;
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const cessationDaysPast = (ctx: Ctx) => ctx.params.maxCessationDaysPast ?? 28;

/** Not later than `maxStartDaysAhead` days from today. */
const notTooFarAhead =
  (get: (ctx: Ctx) => unknown): Rule<P>['check'] =>
  (ctx) => {
    const d = isoOrUndefined(get(ctx));
    return !d || d <= addDays(ctx.today, ctx.params.maxStartDaysAhead);
  };
/** The limit as the date fields' hints say it before anything is typed (`maxStartDaysAhead`). */
export const aheadVars = (ctx: Ctx) => ({
  days: ctx.params.maxStartDaysAhead,
  latestDate: addDays(ctx.today, ctx.params.maxStartDaysAhead),
});
/** A cessation's range: `maxCessationDaysPast` back, `maxStartDaysAhead` ahead. */
export const cessationVars = (ctx: Ctx) => ({
  ...aheadVars(ctx),
  earliestDate: addDays(ctx.today, -cessationDaysPast(ctx)),
});
/** The error also says from when the notice can be sent, for a date that is right but far. */
const aheadParams =
  (get: (ctx: Ctx) => unknown) =>
  (ctx: Ctx): Record<string, string | number> => {
    const d = isoOrUndefined(get(ctx));
    return {
      ...aheadVars(ctx),
      ...(d ? { sendFromDate: addDays(d, -ctx.params.maxStartDaysAhead) } : {}),
    };
  };

/** `HRB 12345`, `12345`, `HRB 12345 B`: an optional register prefix, the number, an optional suffix. */
export const REGISTER_NUMBER = /^(HRA|HRB|GnR|GsR|PR|VR)?\s?\d{1,6}(\s?[A-Z]{1,2})?$/;

const postalCodeOk = (ctx: Ctx) => {
  const plz = at(ctx, 'establishment.address.postalCode');
  const list = ctx.params.postalCodes;
  return (
    !list || typeof plz !== 'string' || !/^\d{5}$/.test(plz.trim()) || list.includes(plz.trim())
  );
};

/** Words that describe no activity ("Handel mit Waren aller Art"): the Gewerbeamt refuses them. */
const GENERIC = /waren aller art|aller art|verschiedenes|diverses|dienstleistungen aller art/i;

/** The address at `path` is not the establishment's new one (street, number, postal code). */
const differsFromNew = (path: string) => (ctx: Ctx) => {
  const a = at(ctx, path) as Record<string, unknown> | undefined;
  const b = at(ctx, 'establishment.address') as Record<string, unknown> | undefined;
  if (!a || !b) return true;
  const key = (x: Record<string, unknown>) =>
    ['street', 'houseNumber', 'postalCode']
      .map((k) =>
        String(x[k] ?? '')
          .trim()
          .toLowerCase(),
      )
      .join('|');
  return key(a) !== key(b);
};

export const rules: Rule<P>[] = [
  {
    // The legal form must fit the role (a sole trader cannot file for a GmbH).
    path: 'company.legalForm',
    code: 'roleMismatch',
    check: (ctx) => {
      const f = legalForm(ctx);
      return typeof f !== 'string' || formsOfRole(at(ctx, 'filerRole')).includes(f);
    },
  },
  {
    // A GmbH, UG, AG, OHG, KG … exists by registration; before it, it files "in Gründung".
    path: 'company.isRegistered',
    code: 'mustBeRegistered',
    check: (ctx) =>
      at(ctx, 'company.isRegistered') !== 'nein' ||
      !REGISTRATION_REQUIRED.includes(legalForm(ctx) as string) ||
      at(ctx, 'company.inFormation') === true,
  },
  {
    // "HRB 12345" with register type HRA is a typo in one of the two.
    path: 'company.registerNumber',
    code: 'prefixMismatch',
    check: (ctx) => {
      const n = at(ctx, 'company.registerNumber');
      const m = typeof n === 'string' ? /^(HRA|HRB|GnR|GsR|PR|VR)/.exec(n.trim()) : null;
      return !m || m[1] === registerType(ctx);
    },
    params: (ctx) => ({ registerType: String(registerType(ctx) ?? '') }),
  },
  {
    path: 'persons',
    code: 'onePerson',
    check: (ctx) => {
      const list = at(ctx, 'persons');
      return !isSoleTrader(ctx) || !Array.isArray(list) || list.length <= 1;
    },
  },
  {
    // A GbR has at least two partners: the managing ones file (§ 14 GewO), the others are named.
    path: 'persons',
    code: 'twoPartners',
    check: (ctx) => {
      const list = at(ctx, 'persons');
      return (
        legalForm(ctx) !== '270' ||
        !Array.isArray(list) ||
        list.length + linesOf(at(ctx, 'otherPartners')).length >= 2
      );
    },
  },
  {
    path: 'persons[].birthDate',
    code: 'inFuture',
    check: (ctx) => {
      const d = isoOrUndefined(item(ctx, 'birthDate'));
      return !d || d <= ctx.today;
    },
  },
  {
    path: 'persons[].residence.validUntil',
    code: 'expired',
    check: (ctx) => {
      const r = item(ctx, 'residence') as Record<string, unknown> | undefined;
      const d = isoOrUndefined(r?.validUntil);
      return !d || d >= ctx.today;
    },
  },
  {
    // Without permission to work self-employed the trade must not be run (the notice may be sent).
    path: 'persons[].residence.selfEmploymentAllowed',
    code: 'notAllowed',
    severity: 'warning',
    check: (ctx) =>
      (item(ctx, 'residence') as Record<string, unknown> | undefined)?.selfEmploymentAllowed !==
      'nein',
  },
  {
    path: 'establishment.address.postalCode',
    code: 'notInMunicipality',
    check: postalCodeOk,
  },
  {
    path: 'activities[].description',
    code: 'tooGeneric',
    check: (ctx) => {
      const d = item(ctx, 'description');
      return typeof d !== 'string' || !GENERIC.test(d);
    },
  },
  {
    path: 'startDate',
    code: 'tooFarAhead',
    check: notTooFarAhead((ctx) => at(ctx, 'startDate')),
    params: aheadParams((ctx) => at(ctx, 'startDate')),
  },
  {
    // § 14 GewO: notify when starting; a late notice may be fined, but it is still taken.
    path: 'startDate',
    code: 'late',
    severity: 'warning',
    check: (ctx) => {
      const d = isoOrUndefined(at(ctx, 'startDate'));
      return !d || d >= addDays(ctx.today, -14);
    },
  },
  {
    path: 'permit.date',
    code: 'inFuture',
    check: (ctx) => {
      const d = isoOrUndefined(at(ctx, 'permit.date'));
      return !d || d <= ctx.today;
    },
  },
  {
    path: 'crafts.cardDate',
    code: 'inFuture',
    check: (ctx) => {
      const d = isoOrUndefined(at(ctx, 'crafts.cardDate'));
      return !d || d <= ctx.today;
    },
  },
  {
    path: 'changeDate',
    code: 'tooFarAhead',
    check: notTooFarAhead((ctx) => at(ctx, 'changeDate')),
    params: aheadParams((ctx) => at(ctx, 'changeDate')),
  },
  // A relocation (within the municipality on a GewA 2, from another one on a GewA 1): the old
  // address differs from the new one.
  {
    path: 'previous.address.street',
    code: 'sameAddress',
    check: differsFromNew('previous.address'),
  },
  { path: 'previousAddress.street', code: 'sameAddress', check: differsFromNew('previousAddress') },
  {
    // FIM help of F05000017451: the cessation date lies at most four weeks back.
    path: 'cessationDate',
    code: 'tooLongAgo',
    check: (ctx) => {
      const d = isoOrUndefined(at(ctx, 'cessationDate'));
      return !d || d >= addDays(ctx.today, -cessationDaysPast(ctx));
    },
    params: (ctx) => ({
      days: cessationDaysPast(ctx),
      earliestDate: addDays(ctx.today, -cessationDaysPast(ctx)),
    }),
  },
  {
    path: 'cessationDate',
    code: 'tooFarAhead',
    check: notTooFarAhead((ctx) => at(ctx, 'cessationDate')),
    params: aheadParams((ctx) => at(ctx, 'cessationDate')),
  },
];
