/**
 * Derived values of a trade notice (domain catalogue §2.3, §2.4), all pure functions of the answers
 * as sent (pruned: hidden answers are gone) and the municipality's parameters:
 *
 * - `forms[]`: one GewA record per notifying person: a sole trader files one, a partnership one
 *   per managing partner (§ 14 GewO: each files), a legal person one with its representatives.
 * - `recipients[]`: who receives the notice's data (§ 14 Abs. 8 GewO, § 3 GewAnzV, § 138 AO),
 *   each with the rule that selected it.
 * - `fee`: from the municipality's fee table by notice type and person type (non-binding).
 * - `documents[]`: the evidence the Gewerbeamt needs for these answers (step 9).
 */
import { formatMoney } from '../../engine/format.js';
import type {
  Answers,
  ComputedResult,
  EvalContext,
  Lang,
  SummaryLine,
} from '../../engine/types.js';
import type { GewerbeanzeigeParams, NoticeType, PersonType } from './gewerbeanzeige.params.js';
import { linesOf, PARTNERSHIP_FORMS, SOLE_TRADER_FORMS } from './gewerbeanzeige.rules.js';

type P = GewerbeanzeigeParams;

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(record) : []);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

const FORM_OF: Record<NoticeType, 'GewA1' | 'GewA2' | 'GewA3'> = {
  anmeldung: 'GewA1',
  ummeldung: 'GewA2',
  abmeldung: 'GewA3',
};

export const noticeTypeOf = (data: Answers): NoticeType | undefined => {
  const t = data.noticeType;
  return t === 'anmeldung' || t === 'ummeldung' || t === 'abmeldung' ? t : undefined;
};

/** Natural person (sole trader) or legal person / partnership: the fee table's two columns. */
export const personTypeOf = (data: Answers): PersonType =>
  (SOLE_TRADER_FORMS as readonly string[]).includes(record(data.company).legalForm as string)
    ? 'natuerlichePerson'
    : 'juristischePersonOderGesellschaft';

const isPartnership = (data: Answers) =>
  (PARTNERSHIP_FORMS as readonly string[]).includes(record(data.company).legalForm as string);

// --- forms -----------------------------------------------------------------------------------

/** The person (or company) one GewA record is filed by. */
export type Notifier =
  | { kind: 'natuerlich'; givenNames: string; familyName: string }
  | { kind: 'juristisch'; organisationName: string };

/** One GewA record: which form, who files it, and for which company. */
export interface GewaForm {
  form: 'GewA1' | 'GewA2' | 'GewA3';
  /** 1-based, in the order of `data.persons`. */
  number: number;
  /** Who files this record. Absent for a legal person (the entity files, `representatives` act). */
  notifier?: Notifier;
  /** A legal person's representatives, all of them (the form's person fields hold the first). */
  representatives?: Notifier[];
  /**
   * A legal person's further representatives, who do not fit on the form: they go on the
   * "Beiblatt" (domain §2: "further representatives on a Beiblatt"), however many there are.
   */
  beiblatt?: Notifier[];
  /** Feld 1: the registered name, or the partnership's other partners. */
  registeredName?: string;
  legalForm?: string;
  otherPartners?: Notifier[];
  /** Feld 1 of a GbR: the partners who do not manage it (they file nothing), by name. */
  nonManagingPartners?: string[];
}

const notifierOf = (p: Record<string, unknown>): Notifier =>
  p.kind === 'juristisch'
    ? { kind: 'juristisch', organisationName: str(p.organisationName) ?? '' }
    : {
        kind: 'natuerlich',
        givenNames: str(p.givenNames) ?? '',
        familyName: str(p.familyName) ?? '',
      };

const nameOf = (n: Notifier): string =>
  n.kind === 'juristisch' ? n.organisationName : `${n.givenNames} ${n.familyName}`.trim();

/** § 14 GewO: a partnership's every managing partner files; a legal person and a sole trader once. */
export function formsOf(data: Answers): GewaForm[] {
  const type = noticeTypeOf(data);
  if (!type) return [];
  const company = record(data.company);
  const persons = list(data.persons).map(notifierOf);
  const base = {
    form: FORM_OF[type],
    ...(str(company.registeredName) ? { registeredName: str(company.registeredName)! } : {}),
    ...(str(company.legalForm) ? { legalForm: str(company.legalForm)! } : {}),
  };
  const named = linesOf(data.otherPartners);
  if (isPartnership(data))
    return persons.map((notifier, i) => ({
      ...base,
      number: i + 1,
      notifier,
      otherPartners: persons.filter((_, j) => j !== i),
      ...(named.length ? { nonManagingPartners: named } : {}),
    }));
  if (personTypeOf(data) === 'natuerlichePerson')
    return persons.slice(0, 1).map((notifier) => ({ ...base, number: 1, notifier }));
  return [
    {
      ...base,
      number: 1,
      representatives: persons,
      ...(persons.length > 1 ? { beiblatt: persons.slice(1) } : {}),
    },
  ];
}

// --- recipients ------------------------------------------------------------------------------

/** Why a recipient gets the notice (one code per rule of domain §2.4). */
export type RecipientRule =
  | 'ihkMember'
  | 'craftTrade'
  | 'taxOfficeByPostalCode'
  | 'taxOfficeDefault'
  | 'statisticsAnmeldungAbmeldung'
  | 'accidentInsuranceAlways'
  | 'employmentAgencyEmployees'
  | 'customsAlways'
  | 'registerCourtRegistered'
  | 'tradeByWzCode'
  | 'previousTradeOfficeRelocation'
  | 'nextTradeOfficeRelocation'
  | 'tradeRegisterAlways';

export interface Recipient {
  /** Stable id of the recipient kind (`ihk`, `hwk`, `finanzamt`, …, or a trade recipient's id). */
  id: string;
  name: string;
  rule: RecipientRule;
  /** What the rule matched on, e.g. the postal code or the WZ code. */
  matched?: string;
}

const DGUV = 'Deutsche Gesetzliche Unfallversicherung (DGUV), zentrale Annahmestelle';
const BA = 'Bundesagentur für Arbeit';
const ZOLL = 'Zollverwaltung, Finanzkontrolle Schwarzarbeit (Hauptzollamt)';

/**
 * Who receives the notice (domain §2.4), in a fixed order, each once, with the rule that chose it.
 * A pure function of the answers as sent and the municipality's mapping: unit-tested per rule.
 */
export function recipientsOf(data: Answers, params: P): Recipient[] {
  const type = noticeTypeOf(data);
  if (!type) return [];
  const out: Recipient[] = [];
  const add = (r: Recipient) => {
    if (!out.some((o) => o.id === r.id)) out.push(r);
  };
  const types = strings(data.businessTypes);
  const craftEntry = record(data.crafts).entry;
  const isCraft = typeof craftEntry === 'string' && craftEntry !== 'keine';
  // A craft business belongs to the HWK; everything else (and a mixed business's other part) to the IHK.
  if (isCraft) add({ id: 'hwk', name: params.hwk.name, rule: 'craftTrade' });
  if (!isCraft || types.some((t) => t !== 'handwerk'))
    add({ id: 'ihk', name: params.ihk.name, rule: 'ihkMember' });

  const plz = str(record(record(data.establishment).address).postalCode);
  const byPlz = plz ? params.finanzaemter.find((f) => f.postalCodes?.includes(plz)) : undefined;
  if (byPlz)
    add({ id: 'finanzamt', name: byPlz.name, rule: 'taxOfficeByPostalCode', matched: plz! });
  else
    add({
      id: 'finanzamt',
      name: params.finanzaemter.find((f) => !f.postalCodes)!.name,
      rule: 'taxOfficeDefault',
    });

  if (type !== 'ummeldung')
    add({ id: 'statistik', name: params.statistik.name, rule: 'statisticsAnmeldungAbmeldung' });
  add({ id: 'dguv', name: DGUV, rule: 'accidentInsuranceAlways' });
  const employees =
    (typeof data.employeesFullTime === 'number' ? data.employeesFullTime : 0) +
    (typeof data.employeesPartTime === 'number' ? data.employeesPartTime : 0);
  if (employees > 0)
    add({
      id: 'bundesagentur',
      name: BA,
      rule: 'employmentAgencyEmployees',
      matched: String(employees),
    });
  add({ id: 'zoll', name: ZOLL, rule: 'customsAlways' });

  const company = record(data.company);
  // A register court keeps the entry; not abroad, not a foundation's Stiftungsverzeichnis.
  if (
    company.isRegistered === 'ja' &&
    company.registerType !== 'auslaendisch' &&
    company.registerType !== 'S'
  ) {
    add({
      id: 'registergericht',
      name: str(company.registerCourt) ?? 'Registergericht',
      rule: 'registerCourtRegistered',
    });
  }

  const codes = list(data.activities)
    .map((a) => str(a.wzCode))
    .filter((c): c is string => !!c);
  for (const t of params.tradeRecipients ?? []) {
    const hit = codes.find((c) => t.wzPrefixes.some((p) => c.startsWith(p)));
    if (hit) add({ id: t.id, name: t.name, rule: 'tradeByWzCode', matched: hit });
  }

  const previous = str(record(data.previousAddress).city);
  if (type === 'anmeldung' && data.reason === 'wiedereroeffnungNachVerlegung' && previous)
    add({
      id: 'vorherigesGewerbeamt',
      name: `Gewerbeamt ${previous}`,
      rule: 'previousTradeOfficeRelocation',
    });
  const future = str(record(data.futureAddress).city);
  if (type === 'abmeldung' && data.deregistrationReason === 'verlegungAndererMeldebezirk' && future)
    add({
      id: 'kuenftigesGewerbeamt',
      name: `Gewerbeamt ${future}`,
      rule: 'nextTradeOfficeRelocation',
    });

  add({ id: 'gewerberegister', name: params.gewerberegister.name, rule: 'tradeRegisterAlways' });
  return out;
}

// --- fee -------------------------------------------------------------------------------------

export interface FeeLine {
  kind: 'notice' | 'surcharge';
  quantity: number;
  unit: number;
  amount: number;
  /** Surcharge label from the config. */
  label?: { de: string; en: string };
}

/** The envelope's `computed.fee` (EUR; non-binding: the Gewerbeamt sets the fee). */
export interface Fee {
  currency: 'EUR';
  noticeType: NoticeType;
  personType: PersonType;
  lines: FeeLine[];
  total: number;
}

const cents = (eur: number) => Math.round(eur * 100);

/**
 * Fee table `fees[noticeType][personType]`; a partnership pays per form (per managing partner)
 * when `feePerForm`; surcharges by legal form.
 */
export function feeOf(data: Answers, params: P): Fee | undefined {
  const type = noticeTypeOf(data);
  if (!type) return undefined;
  const personType = personTypeOf(data);
  const forms = Math.max(1, formsOf(data).length);
  const quantity = params.feePerForm && isPartnership(data) ? forms : 1;
  const unit = params.fees[type][personType];
  const lines: FeeLine[] = [
    { kind: 'notice', quantity, unit, amount: (cents(unit) * quantity) / 100 },
  ];
  const form = record(data.company).legalForm;
  for (const s of params.surcharges ?? [])
    if (typeof form === 'string' && s.legalForms.includes(form))
      lines.push({
        kind: 'surcharge',
        quantity: 1,
        unit: s.amount,
        amount: s.amount,
        label: s.label,
      });
  const total = lines.reduce((sum, l) => sum + cents(l.amount), 0) / 100;
  return { currency: 'EUR', noticeType: type, personType, lines, total };
}

// --- documents -------------------------------------------------------------------------------

/** The evidence the Gewerbeamt needs for these answers (domain §2.2 step 9). */
export function documentsOf(data: Answers): string[] {
  const company = record(data.company);
  const persons = list(data.persons);
  const docs = ['identityDocument'];
  if (data.filerRole === 'bevollmaechtigter') docs.push('powerOfAttorney');
  if (company.isRegistered === 'ja') docs.push('registerExtract');
  if (company.registerType === 'auslaendisch') docs.push('foreignRegisterTranslation');
  if (company.legalForm === '270') docs.push('partnershipAgreement');
  if (company.inFormation === true) docs.push('foundingContract');
  if (record(data.permit).required === 'ja') docs.push('permitCopy');
  const entry = record(data.crafts).entry;
  if (typeof entry === 'string' && entry !== 'keine') docs.push('craftsCard');
  if (persons.some((p) => p.residence)) docs.push('residenceTitle');
  if (data.noticeType === 'abmeldung') docs.push('previousNotice');
  return docs;
}

/** `computed` of the envelope, from the answers as sent. */
export function gewerbeanzeigeComputed(ctx: EvalContext<P>): ComputedResult {
  const data = ctx.answers;
  const fee = feeOf(data, ctx.params);
  if (!fee) return {};
  const persons = list(data.persons).length;
  return {
    forms: formsOf(data),
    recipients: recipientsOf(data, ctx.params),
    fee,
    documents: documentsOf(data),
    ...(personTypeOf(data) === 'juristischePersonOderGesellschaft'
      ? { numberOfManagers: persons }
      : {}),
  };
}

// The names stay German in `computed.recipients` (the Gewerbeamt's record). An English reader of
// the review gets, for a body the municipality names (its config), that name, which is the body's
// own, with what the body is in brackets, or the municipality's English wording (`en`); for a
// federal body the code names, its official English name with the German one in brackets.
const WHAT_EN: Record<RecipientRule, string | undefined> = {
  ihkMember: 'Chamber of Industry and Commerce',
  craftTrade: 'Chamber of Crafts',
  taxOfficeByPostalCode: 'tax office',
  taxOfficeDefault: 'tax office',
  statisticsAnmeldungAbmeldung: 'statistical office',
  accidentInsuranceAlways: undefined,
  employmentAgencyEmployees: undefined,
  customsAlways: undefined,
  registerCourtRegistered: 'register court',
  tradeByWzCode: 'authority for your activity',
  previousTradeOfficeRelocation: 'previous business registration office',
  nextTradeOfficeRelocation: 'business registration office at your new location',
  tradeRegisterAlways: 'business register',
};
const NAME_EN: Record<string, string> = {
  dguv: 'German Social Accident Insurance (DGUV), central office',
  bundesagentur: 'Federal Employment Agency (Bundesagentur für Arbeit)',
  zoll: 'German Customs, Financial Control of Undeclared Work (Hauptzollamt)',
};

/** The municipality's English wording of a recipient it names, if it gave one. */
function configuredEn(r: Recipient, params: P): string | undefined {
  switch (r.id) {
    case 'ihk':
    case 'hwk':
    case 'statistik':
    case 'gewerberegister':
      return params[r.id].en;
    case 'finanzamt':
      return params.finanzaemter.find((f) => f.name === r.name)?.en;
    default:
      return params.tradeRecipients?.find((t) => t.id === r.id)?.en;
  }
}

/** A recipient as the review names it in `lang` (see above). */
export function recipientLabel(r: Recipient, params: P, lang: Lang): string {
  if (lang === 'de') return r.name;
  const what = WHAT_EN[r.rule];
  return NAME_EN[r.id] ?? configuredEn(r, params) ?? (what ? `${r.name} (${what})` : r.name);
}

/** Review page: the fee (with the non-binding note), the forms and who receives the notice. */
export function gewerbeanzeigeSummary(args: {
  ctx: EvalContext<P>;
  computed: ComputedResult;
  lang: Lang;
}): SummaryLine[] {
  const fee = args.computed.fee as Fee | undefined;
  if (!fee) return [];
  const money = (v: number) => formatMoney(v, args.lang);
  const lines: SummaryLine[] = [];
  const all = (args.computed.forms as GewaForm[] | undefined) ?? [];
  if (all.length > 1)
    lines.push({
      key: 'summary.forms',
      vars: {
        count: all.length,
        names: all.map((f) => (f.notifier ? nameOf(f.notifier) : '')).join(', '),
      },
    });
  const further = (args.computed.forms as GewaForm[] | undefined)?.[0]?.beiblatt ?? [];
  if (further.length)
    lines.push({
      key: 'summary.beiblatt',
      vars: { count: further.length, names: further.map(nameOf).join('; ') },
    });
  for (const l of fee.lines)
    lines.push(
      l.kind === 'notice'
        ? l.quantity > 1
          ? {
              key: 'summary.feePerForm',
              vars: { quantity: l.quantity, unit: money(l.unit), amount: money(l.amount) },
            }
          : { key: 'summary.fee', vars: { amount: money(l.amount) } }
        : {
            key: 'summary.surcharge',
            vars: { label: l.label?.[args.lang] ?? '', amount: money(l.amount) },
          },
    );
  lines.push({ key: 'summary.total', vars: { amount: money(fee.total) }, tone: 'total' });
  lines.push({ key: 'summary.notBinding', tone: 'note' });
  const recipients = (args.computed.recipients as Recipient[] | undefined) ?? [];
  if (recipients.length)
    lines.push({
      key: 'summary.recipients',
      items: recipients.map((r) => recipientLabel(r, args.ctx.params, args.lang)),
      tone: 'note',
    });
  return lines;
}
