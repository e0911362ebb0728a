/**
 * The claim computation, pure and without the definition: durations (a deployment may end after
 * midnight), the claim deadline per deployment, and the amounts. Employers claim the hours their
 * employee missed at the gross pay per hour (§ 62 Abs. 1 SächsBRKG). Self-employed members claim
 * their loss (§ 62 Abs. 2) at most at the configured rate and for at most the configured hours
 * per calendar day, a started hour counting as a full one (SächsFwVO § 14, SMI form).
 */
import type { FeuerwehrSettings } from './feuerwehr-verdienstausfall.params.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isIsoDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v);
export const isTime = (v: unknown): v is string => typeof v === 'string' && TIME.test(v);

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes from start to end; an end not after the start lies on the next day (0 when equal). */
export function durationMinutes(start: string, end: string): number {
  const d = minutesOf(end) - minutesOf(start);
  return d > 0 ? d : d < 0 ? d + 1440 : 0;
}

/** The deployment ends on the next calendar day. */
export const crossesMidnight = (start: string, end: string) => minutesOf(end) < minutesOf(start);

const utc = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number) => isoOf(utc(iso) + days * 86_400_000);

/** Same day `months` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7) - 1 + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return isoOf(Date.UTC(y, m, Math.min(+iso.slice(8, 10), last)));
}

/** Last day of the month `months` after the date's month. */
const endOfMonthAfter = (iso: string, months: number) =>
  isoOf(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) + months, 0));

/**
 * Last day on which a claim for a deployment may arrive. The period starts when the deployment
 * ends, so one that ends after midnight counts from the next day.
 */
export function claimDeadline(
  date: string,
  start: string | undefined,
  end: string | undefined,
  s: Pick<FeuerwehrSettings, 'deadlineMonths' | 'deadlineEndOfMonth'>,
): string {
  const endDay =
    start && end && isTime(start) && isTime(end) && crossesMidnight(start, end)
      ? addDays(date, 1)
      : date;
  return s.deadlineEndOfMonth
    ? endOfMonthAfter(endDay, s.deadlineMonths)
    : addMonths(endDay, s.deadlineMonths);
}

/** Cents, rounded half up (binary fractions like 1.005 included). */
export const roundMoney = (v: number) => Math.round((v + Number.EPSILON) * 100) / 100;
const roundHours = (v: number) => Math.round(v * 100) / 100;
/** Rounds up to a full hour; 2.0000000001 (float noise) stays 2. */
const ceilHours = (v: number) => Math.ceil(v - 1e-9);

export interface DeploymentInput {
  date: string;
  startTime: string;
  endTime: string;
  /** Working hours lost by the deployment (as answered). */
  workHours: number;
}

export interface ClaimLine {
  /** Position in the list (0-based). */
  index: number;
  date: string;
  /** The deployment ended on the next day. */
  crossesMidnight: boolean;
  durationHours: number;
  /** Hours reimbursed (self-employed: rounded up and capped per day). */
  hours: number;
  /** Self-employed: fewer hours than answered count, because of the daily cap. */
  capped: boolean;
  amount: number;
}

export interface ClaimResult {
  /** The rate applied per hour (self-employed: capped). */
  rate: number;
  /** Self-employed: the answered loss per hour is above the cap. */
  rateCapped: boolean;
  lines: ClaimLine[];
  hours: number;
  total: number;
}

/**
 * The counted hours of one deployment per calendar day: the lost hours (rounded up once, when
 * started hours count as full), first on the start day up to midnight, the rest on the next day.
 */
function hoursPerDay(d: DeploymentInput, roundUp: boolean): [string, number][] {
  const total = roundUp ? ceilHours(d.workHours) : d.workHours;
  if (!crossesMidnight(d.startTime, d.endTime)) return [[d.date, total]];
  const beforeMidnight = (1440 - minutesOf(d.startTime)) / 60;
  const first = Math.min(total, roundUp ? ceilHours(beforeMidnight) : beforeMidnight);
  const rest = total - first;
  return rest > 0
    ? [
        [d.date, first],
        [addDays(d.date, 1), rest],
      ]
    : [[d.date, first]];
}

/**
 * The claim. Employers: hours × gross pay per hour, per deployment. Self-employed: each
 * deployment's hours rounded up to full hours, split by calendar day (hoursPerDay), then capped
 * per day in the order the deployments took place (a later deployment on a full day counts fewer).
 * Deployments missing a value are left out (the step's validation asks for them).
 */
export function computeClaim(
  kind: 'arbeitgeber' | 'selbststaendig',
  deployments: (DeploymentInput | undefined)[],
  answeredRate: number,
  s: FeuerwehrSettings,
): ClaimResult {
  const self = kind === 'selbststaendig';
  const rate = self ? Math.min(answeredRate, s.maxHourlyRate) : answeredRate;
  const used = new Map<string, number>();
  const order = deployments
    .map((d, index) => ({ d, index }))
    .filter((x): x is { d: DeploymentInput; index: number } => !!x.d)
    .sort((a, b) =>
      a.d.date === b.d.date
        ? a.d.startTime === b.d.startTime
          ? a.index - b.index
          : a.d.startTime < b.d.startTime
            ? -1
            : 1
        : a.d.date < b.d.date
          ? -1
          : 1,
    );
  const byIndex = new Map<number, ClaimLine>();
  for (const { d, index } of order) {
    let hours = d.workHours;
    let capped = false;
    if (self) {
      hours = 0;
      for (const [day, h] of hoursPerDay(d, s.roundUpStartedHours)) {
        const allowed = Math.max(0, s.maxHoursPerDay - (used.get(day) ?? 0));
        const counted = Math.min(h, allowed);
        if (counted < h) capped = true;
        used.set(day, (used.get(day) ?? 0) + counted);
        hours += counted;
      }
    }
    hours = roundHours(hours);
    byIndex.set(index, {
      index,
      date: d.date,
      crossesMidnight: crossesMidnight(d.startTime, d.endTime),
      durationHours: roundHours(durationMinutes(d.startTime, d.endTime) / 60),
      hours,
      capped,
      amount: roundMoney(hours * rate),
    });
  }
  const lines = [...byIndex.values()].sort((a, b) => a.index - b.index);
  return {
    rate,
    rateCapped: self && answeredRate > s.maxHourlyRate,
    lines,
    hours: roundHours(lines.reduce((sum, l) => sum + l.hours, 0)),
    total: roundMoney(lines.reduce((sum, l) => sum + l.amount, 0)),
  };
}
