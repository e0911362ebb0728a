/**
 * Cross-field rules, the envelope's `computed` and the review summary. Each rule hands the values
 * it checked to its message (`params`), so the text names the deployment and the deadline; dates
 * go out as ISO under a `…Date` key and are formatted for the reader when the text is built.
 */
import { formatDate, formatMoney, formatNumber } from '../../engine/format.js';
import { getPath } from '../../engine/paths.js';
import type { ComputedResult, EvalContext, Lang, Rule, SummaryLine } from '../../engine/types.js';
import {
  claimDeadline,
  computeClaim,
  durationMinutes,
  isIsoDate,
  isTime,
  type DeploymentInput,
} from './feuerwehr-verdienstausfall.calc.js';
import { settingsOf, type FeuerwehrParams } from './feuerwehr-verdienstausfall.params.js';

type P = FeuerwehrParams;
type Ctx = EvalContext<P>;

export const at = (ctx: Ctx, path: string): unknown => getPath(ctx.answers, path);
const item = (ctx: Ctx, key: string): unknown => ctx.item?.[key];
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

export const isEmployer = (ctx: Ctx) => at(ctx, 'applicantType') === 'arbeitgeber';
export const isSelfEmployed = (ctx: Ctx) => at(ctx, 'applicantType') === 'selbststaendig';
/** A private employer: the only employer that is reimbursed. */
export const isPrivateEmployer = (ctx: Ctx) =>
  isEmployer(ctx) && at(ctx, 'isPublicEmployer') !== 'ja';

/** The item's deadline, when its date is known. */
const deadlineOf = (ctx: Ctx) =>
  claimDeadline(
    item(ctx, 'date') as string,
    item(ctx, 'startTime') as string | undefined,
    item(ctx, 'endTime') as string | undefined,
    settingsOf(ctx.params),
  );

const lateCheck = (ctx: Ctx) => {
  const date = item(ctx, 'date');
  return !isIsoDate(date) || date > ctx.today || ctx.today <= deadlineOf(ctx);
};
const lateParams = (ctx: Ctx) => ({
  n: (ctx.index ?? 0) + 1,
  deploymentDate: item(ctx, 'date') as string,
  months: settingsOf(ctx.params).deadlineMonths,
  deadlineDate: deadlineOf(ctx),
});

/** Duration of the item in hours, when both times are valid. */
const durationHours = (ctx: Ctx) => {
  const s = item(ctx, 'startTime');
  const e = item(ctx, 'endTime');
  return isTime(s) && isTime(e) ? durationMinutes(s, e) / 60 : undefined;
};

export const rules: Rule<P>[] = [
  {
    path: 'isPublicEmployer',
    code: 'public_employer',
    check: (ctx) => at(ctx, 'isPublicEmployer') !== 'ja',
  },
  {
    path: 'deployments[].date',
    code: 'in_future',
    check: (ctx) => {
      const d = item(ctx, 'date');
      return !isIsoDate(d) || d <= ctx.today;
    },
  },
  {
    path: 'deployments[].date',
    code: 'too_late',
    check: (ctx) => settingsOf(ctx.params).lateClaimsAccepted || lateCheck(ctx),
    params: lateParams,
  },
  {
    path: 'deployments[].date',
    code: 'late',
    severity: 'warning',
    check: (ctx) => !settingsOf(ctx.params).lateClaimsAccepted || lateCheck(ctx),
    params: lateParams,
  },
  {
    path: 'deployments[].endTime',
    code: 'same_time',
    check: (ctx) => durationHours(ctx) !== 0,
  },
  {
    path: 'deployments[].workHours',
    code: 'more_than_duration',
    check: (ctx) => {
      const h = num(item(ctx, 'workHours'));
      const max = durationHours(ctx);
      return h === undefined || !max || h <= max + 1e-9;
    },
    params: (ctx) => ({
      n: (ctx.index ?? 0) + 1,
      duration: Math.round((durationHours(ctx) ?? 0) * 100) / 100,
      // The times the person gave, so "3.17 hours" reads as 18:00 to 21:10.
      start: String(item(ctx, 'startTime') ?? ''),
      end: String(item(ctx, 'endTime') ?? ''),
    }),
  },
  {
    path: 'hourlyLoss',
    code: 'above_cap',
    severity: 'warning',
    check: (ctx) => (num(at(ctx, 'hourlyLoss')) ?? 0) <= settingsOf(ctx.params).maxHourlyRate,
    params: (ctx) => ({ max: settingsOf(ctx.params).maxHourlyRate }),
  },
];

/** A deployment's values for the computation, or undefined while one is missing or malformed. */
const deploymentInput = (raw: unknown): DeploymentInput | undefined => {
  const d = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const workHours = num(d.workHours);
  if (!isIsoDate(d.date) || !isTime(d.startTime) || !isTime(d.endTime) || !workHours)
    return undefined;
  return { date: d.date, startTime: d.startTime, endTime: d.endTime, workHours };
};

/** One deployment in the envelope's `computed.einsaetze`. */
export interface FeuerwehrComputedLine {
  nr: number;
  datum: string;
  /** The deployment ended after midnight. */
  ueberMitternacht: boolean;
  dauerStunden: number;
  /** Hours reimbursed. */
  stunden: number;
  /** Self-employed: fewer hours count because of the daily cap. */
  gekappt: boolean;
  betrag: number;
}

/** The envelope's `computed` (amounts in EUR; the municipality decides the final amount). */
export interface FeuerwehrComputed extends ComputedResult {
  antragsart: 'arbeitgeber' | 'selbststaendig';
  /** Rate applied per hour (self-employed: at most `maxHourlyRate`). */
  stundensatz: number;
  stundensatzGekappt: boolean;
  einsaetze: FeuerwehrComputedLine[];
  stunden: number;
  erstattungsbetrag: number;
}

/** The claim, once the applicant type and the rate are known; `{}` for a public employer. */
export function computed(ctx: Ctx): ComputedResult {
  const kind = at(ctx, 'applicantType');
  if (kind !== 'selbststaendig' && !(kind === 'arbeitgeber' && isPrivateEmployer(ctx))) return {};
  const rate = num(at(ctx, kind === 'arbeitgeber' ? 'hourlyRate' : 'hourlyLoss'));
  if (rate === undefined || rate <= 0) return {};
  const list = at(ctx, 'deployments');
  const inputs = (Array.isArray(list) ? list : []).map(deploymentInput);
  const r = computeClaim(kind, inputs, rate, settingsOf(ctx.params));
  const out: FeuerwehrComputed = {
    antragsart: kind,
    stundensatz: r.rate,
    stundensatzGekappt: r.rateCapped,
    einsaetze: r.lines.map((l) => ({
      nr: l.index + 1,
      datum: l.date,
      ueberMitternacht: l.crossesMidnight,
      dauerStunden: l.durationHours,
      stunden: l.hours,
      gekappt: l.capped,
      betrag: l.amount,
    })),
    stunden: r.hours,
    erstattungsbetrag: r.total,
  };
  return out;
}

/** Review lines: each deployment with hours × rate, the total, and how self-employed claims are capped. */
export function summary({
  ctx,
  computed: c,
  lang,
}: {
  ctx: Ctx;
  computed: ComputedResult;
  lang: Lang;
}): SummaryLine[] {
  if (typeof c.erstattungsbetrag !== 'number') return [];
  const claim = c as FeuerwehrComputed;
  const s = settingsOf(ctx.params);
  const money = (v: number) => formatMoney(v, lang);
  const lines: SummaryLine[] = claim.einsaetze.map((l) => ({
    key: l.gekappt ? 'summary.lineCapped' : 'summary.line',
    vars: {
      n: l.nr,
      date: formatDate(l.datum, lang),
      hours: formatNumber(l.stunden, lang),
      rate: money(claim.stundensatz),
      amount: money(l.betrag),
      maxHours: formatNumber(s.maxHoursPerDay, lang),
    },
  }));
  lines.push({
    key: 'summary.total',
    vars: { amount: money(claim.erstattungsbetrag) },
    tone: 'total',
  });
  if (claim.antragsart === 'selbststaendig') {
    if (claim.stundensatzGekappt)
      lines.push({
        key: 'summary.rateCapped',
        vars: { claimed: money(num(at(ctx, 'hourlyLoss')) ?? 0), max: money(s.maxHourlyRate) },
        tone: 'note',
      });
    lines.push({
      key: s.roundUpStartedHours ? 'summary.selfRulesRounded' : 'summary.selfRules',
      vars: { max: money(s.maxHourlyRate), maxHours: formatNumber(s.maxHoursPerDay, lang) },
      tone: 'note',
    });
  }
  lines.push({ key: 'summary.notBinding', tone: 'note' });
  return lines;
}
