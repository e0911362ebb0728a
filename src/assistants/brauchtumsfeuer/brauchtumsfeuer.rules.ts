/**
 * The bonfire's cross-field rules, derived values and review summary. Every limit comes from the
 * municipality's parameters except the 100 m forest distance, which is state law. Each rule hands
 * the limit it checked to its message (`params`), so the error names the concrete value; dates
 * go out as ISO under a `…Date` key and are formatted for the reader when the text is built.
 */
import { formatMoney, formatNumber } from '../../engine/format.js';
import { getPath } from '../../engine/paths.js';
import type { ComputedResult, EvalContext, Lang, Rule, SummaryLine } from '../../engine/types.js';
import { addDays, ageOn, daysBetween, isIsoDate, yearsBefore } from './brauchtumsfeuer.dates.js';
import type { BrauchtumsfeuerParams } from './brauchtumsfeuer.params.js';

type P = BrauchtumsfeuerParams;
type Ctx = EvalContext<P>;

/** § 15 SächsWaldG: closer than this to a forest needs the lower forestry authority's approval. */
export const FOREST_APPROVAL_DISTANCE_M = 100;

/** A person must be of age on the day of the fire to be responsible for it. */
export const MIN_SUPERVISOR_AGE = 18;

/** The answer at a dotted path. */
export const at = (ctx: Ctx, path: string): unknown => getPath(ctx.answers, path);

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** Days between stacking the pile and the fire, when both dates are known. */
export const stackingLead = (ctx: Ctx): number | undefined => {
  const date = at(ctx, 'date');
  const stacked = at(ctx, 'stackingDate');
  return isIsoDate(date) && isIsoDate(stacked) ? daysBetween(stacked, date) : undefined;
};

const earliestDate = (ctx: Ctx) => addDays(ctx.today, ctx.params.noticeDays);

const distanceRule = (path: string, key: keyof P['minDistances']): Rule<P> => ({
  path,
  code: 'tooClose',
  check: (ctx) => {
    const v = num(at(ctx, path));
    const min = ctx.params.minDistances[key];
    return v === undefined || min === undefined || v >= min;
  },
  params: (ctx) => ({ min: ctx.params.minDistances[key] ?? 0 }),
});

/** Age on the day of the fire; until the date is known (a later step) the review page catches it. */
const adultRule = (personPath: string): Rule<P> => ({
  path: `${personPath}.birthDate`,
  code: 'underage',
  check: (ctx) => {
    const birth = at(ctx, `${personPath}.birthDate`);
    const date = at(ctx, 'date');
    return !isIsoDate(birth) || !isIsoDate(date) || ageOn(birth, date) >= MIN_SUPERVISOR_AGE;
  },
  // Only fails once the date is known, so both dates exist here.
  params: (ctx) => {
    const fireDate = at(ctx, 'date') as string;
    return {
      minAge: MIN_SUPERVISOR_AGE,
      fireDate,
      latestBirthDate: yearsBefore(fireDate, MIN_SUPERVISOR_AGE),
    };
  },
});

const aboveMaxWarning = (path: string, max: (p: P) => number): Rule<P> => ({
  path,
  code: 'aboveMax',
  severity: 'warning',
  check: (ctx) => {
    const v = num(at(ctx, path));
    return v === undefined || v <= max(ctx.params);
  },
  params: (ctx) => ({ max: max(ctx.params) }),
});

/** The notice period and the first day it allows. */
const noticeParams = (ctx: Ctx) => ({
  noticeDays: ctx.params.noticeDays,
  earliestDate: earliestDate(ctx),
});

export const rules: Rule<P>[] = [
  {
    path: 'publicEvent',
    code: 'notPublic',
    check: (ctx) => at(ctx, 'publicEvent') !== 'nein' || ctx.params.allowPrivate,
  },
  adultRule('responsiblePerson'),
  adultRule('secondSupervisor'),
  {
    path: 'date',
    code: 'tooSoon',
    check: (ctx) => {
      const d = at(ctx, 'date');
      return !isIsoDate(d) || d >= earliestDate(ctx);
    },
    params: noticeParams,
  },
  {
    path: 'startTime',
    code: 'tooEarly',
    check: (ctx) => {
      const t = at(ctx, 'startTime');
      return typeof t !== 'string' || t >= ctx.params.earliestStart;
    },
    params: (ctx) => ({ earliestStart: ctx.params.earliestStart }),
  },
  {
    path: 'alternativeDate',
    code: 'tooSoon',
    check: (ctx) => {
      const d = at(ctx, 'alternativeDate');
      return !isIsoDate(d) || d >= earliestDate(ctx);
    },
    params: noticeParams,
  },
  {
    path: 'alternativeDate',
    code: 'sameAsDate',
    check: (ctx) => {
      const d = at(ctx, 'alternativeDate');
      return !isIsoDate(d) || d !== at(ctx, 'date');
    },
  },
  {
    path: 'stackingDate',
    code: 'afterDate',
    check: (ctx) => (stackingLead(ctx) ?? 0) >= 0,
    params: (ctx) => ({ fireDate: at(ctx, 'date') as string }),
  },
  aboveMaxWarning('pileHeightM', (p) => p.maxPileHeight),
  aboveMaxWarning('pileDiameterM', (p) => p.maxPileDiameter),
  distanceRule('distanceBuildings', 'buildings'),
  distanceRule('distanceResidential', 'residential'),
  distanceRule('distanceRoads', 'roads'),
  distanceRule('distanceCombustibles', 'combustibles'),
  distanceRule('distanceForest', 'forest'),
  {
    path: 'distanceForest',
    code: 'forestApproval',
    severity: 'warning',
    check: (ctx) => {
      const v = num(at(ctx, 'distanceForest'));
      // Below the town's own minimum the error says more than this warning.
      return (
        v === undefined || v >= FOREST_APPROVAL_DISTANCE_M || v < ctx.params.minDistances.forest
      );
    },
    params: () => ({ approvalDistance: FOREST_APPROVAL_DISTANCE_M }),
  },
];
/** Volume of the pile as a cone, π·(d/2)²·h/3, in m³ rounded to two decimals. */
export function pileVolume(heightM: number, diameterM: number): number {
  return Math.round(((Math.PI * (diameterM / 2) ** 2 * heightM) / 3) * 100) / 100;
}

/** `fee` (EUR, from the parameters) and, once both sizes are valid, `pileVolumeM3`. */
export function computed(ctx: Ctx): ComputedResult {
  const out: ComputedResult = { fee: ctx.params.fee };
  const h = num(at(ctx, 'pileHeightM'));
  const d = num(at(ctx, 'pileDiameterM'));
  if (h !== undefined && d !== undefined && h > 0 && d > 0) out.pileVolumeM3 = pileVolume(h, d);
  return out;
}

/** Review lines: the pile volume (with how it was estimated) and the fee. */
export function summary({
  computed: c,
  lang,
}: {
  computed: ComputedResult;
  lang: Lang;
}): SummaryLine[] {
  const lines: SummaryLine[] = [];
  if (typeof c.pileVolumeM3 === 'number') {
    lines.push({ key: 'summary.pileVolume', vars: { volume: formatNumber(c.pileVolumeM3, lang) } });
    lines.push({ key: 'summary.pileVolumeNote', tone: 'note' });
  }
  const fee = typeof c.fee === 'number' ? c.fee : 0;
  if (fee > 0) {
    lines.push({ key: 'summary.fee', vars: { fee: formatMoney(fee, lang) }, tone: 'total' });
    lines.push({ key: 'summary.feeNote', tone: 'note' });
  } else lines.push({ key: 'summary.feeNone' });
  return lines;
}
