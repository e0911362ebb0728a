/**
 * From the sent data to the tax computation, and from its result to the envelope's `computed`
 * and the review page's summary lines.
 */
import { formatDate, formatMoney, formatNumber } from '../../engine/format.js';
import type {
  Answers,
  ComputedResult,
  EvalContext,
  Lang,
  SummaryLine,
} from '../../engine/types.js';
import type { HundesteuerParams } from './hundesteuer.params.js';
import type { TaxDogInput, TaxInput, TaxResult } from './hundesteuer.tax.js';

/** Danger classes that make a dog dangerous under GefHundG (presumed by breed, or found in the individual case). */
export const DANGEROUS_STATUSES: readonly string[] = ['vermutet', 'imEinzelfallFestgestellt'];

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;
const date = (v: unknown): string | undefined =>
  typeof v === 'string' && ISO.test(v) ? v : undefined;
const count = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};

/**
 * The tax input from the data as sent (pruned: hidden answers are gone). Missing dates fall back
 * so a half-filled form still yields positions: no `heldSince` = today, no birth date = of age
 * (statutes assume a dog of unknown age to be older than three months).
 */
export function taxInputFromData(
  data: Answers,
  params: HundesteuerParams,
  today: string,
): TaxInput {
  const halter = record(data.halter);
  const list = Array.isArray(data.hunde) ? data.hunde.map(record) : [];
  const dogs = list.map((h): TaxDogInput => {
    const kind = h.reliefRequested;
    const relief = params.reliefCatalogue.find((e) => e.code === h.reliefReason && e.kind === kind);
    const name = str(h.name);
    return {
      ...(name ? { name } : {}),
      heldSince: date(h.heldSince) ?? today,
      birthDate: date(h.birthDate) ?? '1900-01-01',
      dangerous: DANGEROUS_STATUSES.includes(h.dangerStatus as string),
      ...(relief ? { relief } : {}),
      ...(h.chipReadConsent === true && str(h.chipNumber) ? { chipConsent: true } : {}),
      ...(h.fromLocalShelter === 'ja' ? { fromShelter: true } : {}),
    };
  });
  return {
    dogs,
    registeredDogs: count(halter.alreadyRegisteredDogs),
    registeredDangerousDogs: count(halter.alreadyRegisteredDangerousDogs),
    today,
  };
}

/** One dog in the envelope's `computed.hunde`. */
export interface HundesteuerComputedDog {
  name?: string;
  /** Position in its sequence (1 = first dog); null for an exempt dog that is not counted. */
  position: number | null;
  gefaehrlich: boolean;
  /** Annual rate before relief (EUR). */
  steuersatz: number;
  /** 100 = exempt. */
  ermaessigungProzent: number;
  verguenstigung?: string;
  befreitBis?: string;
  /** The requested reduction applies only to the household's first dog. */
  ermaessigungNurErsterHund?: boolean;
  /** Chip reduction (EUR/year), taken off `steuersatz` before `ermaessigungProzent`. */
  chipErmaessigung?: number;
  /** Why the tax starts after the dog was taken in: its age, or it came from the shelter. */
  steuerfreiWegen?: 'alter' | 'tierheim';
  jahressteuer: number;
  steuerpflichtigAb: string;
  monateLaufendesJahr: number;
  steuerLaufendesJahr: number;
}

/** The envelope's `computed` for an Anmeldung (non-binding; amounts in EUR). */
export interface HundesteuerComputed extends ComputedResult {
  jahr: number;
  jahressteuer: number;
  steuerLaufendesJahr: number;
  /** Change of the annual tax of dogs already registered (count-based rates). */
  aenderungBestandshunde: number;
  /** Instalment due dates, `MM-DD`. */
  faelligkeiten: string[];
  hunde: HundesteuerComputedDog[];
}

export function toComputed(r: TaxResult): HundesteuerComputed {
  return {
    jahr: r.year,
    jahressteuer: r.expectedAnnualTax,
    steuerLaufendesJahr: r.expectedTaxCurrentYear,
    aenderungBestandshunde: r.registeredDogsAnnualChange,
    faelligkeiten: r.dueDates,
    hunde: r.perDog.map((d) => ({
      ...(d.name ? { name: d.name } : {}),
      position: d.position,
      gefaehrlich: d.dangerous,
      steuersatz: d.rate,
      ermaessigungProzent: d.reductionPercent,
      ...(d.reliefCode ? { verguenstigung: d.reliefCode } : {}),
      ...(d.reliefUntil ? { befreitBis: d.reliefUntil } : {}),
      ...(d.reliefNotApplied === 'firstDogOnly' ? { ermaessigungNurErsterHund: true } : {}),
      ...(d.chipReduction ? { chipErmaessigung: d.chipReduction } : {}),
      ...(d.taxFreeReason
        ? {
            steuerfreiWegen: d.taxFreeReason === 'age' ? ('alter' as const) : ('tierheim' as const),
          }
        : {}),
      jahressteuer: d.annualTax,
      steuerpflichtigAb: d.taxableFrom,
      monateLaufendesJahr: d.monthsCurrentYear,
      steuerLaufendesJahr: d.taxCurrentYear,
    })),
  };
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'de-DE');

/** `02-15` -> `15.02.` (de) / `15 February` (en). */
const formatDueDate = (md: string, lang: Lang): string => {
  const [m, d] = md.split('-');
  if (lang === 'de') return `${d}.${m}.`;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, Number(m) - 1, Number(d))));
};

const list = (items: string[], lang: Lang) =>
  new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(items);

/** Lines above the answers on the review page: per dog, total, current year, notes. */
export function hundesteuerSummary(args: {
  ctx: EvalContext<HundesteuerParams>;
  computed: ComputedResult;
  lang: Lang;
}): SummaryLine[] {
  const { ctx, lang } = args;
  if (typeof args.computed.jahressteuer !== 'number') return [];
  const c = args.computed as HundesteuerComputed;
  const money = (v: number) => formatMoney(v, lang);
  const lines: SummaryLine[] = [];
  c.hunde.forEach((d, i) => {
    const name = d.name ?? String(i + 1);
    const from = formatDate(d.steuerpflichtigAb, lang);
    if (d.ermaessigungProzent === 100)
      lines.push(
        d.befreitBis
          ? { key: 'summary.dogExemptUntil', vars: { name, until: formatDate(d.befreitBis, lang) } }
          : { key: 'summary.dogExempt', vars: { name } },
      );
    else if (d.chipErmaessigung) {
      // Each reduction on its own line, so the citizen sees how the amount comes about.
      const chip = ctx.params.chipReduction;
      lines.push(
        { key: 'summary.dogRate', vars: { name, amount: money(d.steuersatz) } },
        chip?.validUntil
          ? {
              key: 'summary.chipReductionUntil',
              vars: {
                amount: money(d.chipErmaessigung),
                until: formatDate(chip.validUntil, lang),
              },
            }
          : { key: 'summary.chipReduction', vars: { amount: money(d.chipErmaessigung) } },
      );
      if (d.ermaessigungProzent > 0)
        lines.push({
          key: 'summary.percentReduction',
          vars: {
            percent: formatNumber(d.ermaessigungProzent, lang),
            amount: money(d.steuersatz - d.chipErmaessigung - d.jahressteuer),
          },
        });
      lines.push({ key: 'summary.dog', vars: { name, amount: money(d.jahressteuer), from } });
    } else if (d.gefaehrlich)
      lines.push({
        key: 'summary.dogDangerous',
        vars: { name, amount: money(d.jahressteuer), from },
      });
    else if (d.ermaessigungProzent > 0)
      lines.push({
        key: 'summary.dogReduced',
        vars: {
          name,
          amount: money(d.jahressteuer),
          percent: formatNumber(d.ermaessigungProzent, lang),
          from,
        },
      });
    else lines.push({ key: 'summary.dog', vars: { name, amount: money(d.jahressteuer), from } });
    if (d.steuerfreiWegen && d.ermaessigungProzent < 100)
      lines.push(
        d.steuerfreiWegen === 'alter'
          ? {
              key: 'summary.puppyFree',
              vars: { name, months: ctx.params.taxStartRule.minAgeMonths },
            }
          : {
              key: 'summary.shelterFree',
              vars: {
                name,
                months: ctx.params.shelterExemption?.months ?? 0,
                shelter: ctx.params.shelterExemption?.shelter ?? '',
              },
            },
      );
    if (d.ermaessigungNurErsterHund)
      lines.push({ key: 'summary.firstDogOnly', vars: { name }, tone: 'note' });
  });
  lines.push({ key: 'summary.total', vars: { amount: money(c.jahressteuer) }, tone: 'total' });
  lines.push(
    c.hunde.some((d) => d.monateLaufendesJahr > 0)
      ? { key: 'summary.currentYear', vars: { year: c.jahr, amount: money(c.steuerLaufendesJahr) } }
      : { key: 'summary.currentYearNone', vars: { year: c.jahr } },
  );
  if (c.aenderungBestandshunde !== 0)
    lines.push({
      key:
        c.aenderungBestandshunde > 0 ? 'summary.registeredIncrease' : 'summary.registeredDecrease',
      vars: { amount: money(Math.abs(c.aenderungBestandshunde)) },
      tone: 'note',
    });
  if (c.faelligkeiten.length)
    lines.push({
      key: 'summary.dueDates',
      vars: {
        dates: list(
          c.faelligkeiten.map((md) => formatDueDate(md, lang)),
          lang,
        ),
      },
      tone: 'note',
    });
  lines.push({
    key: 'summary.notBinding',
    vars: { statuteUrl: ctx.params.statuteUrl },
    tone: 'note',
  });
  return lines;
}
