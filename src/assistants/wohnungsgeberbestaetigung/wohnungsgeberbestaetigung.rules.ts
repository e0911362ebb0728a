/**
 * Cross-field rules of the landlord confirmation: the Auszug that needs no confirmation (stop),
 * the flat inside the municipality (street directory, postal codes), the move date (two weeks of
 * § 17 Abs. 1 BMG as a warning; not too far ahead) and birth dates not in the future.
 */
import { getPath } from '../../engine/paths.js';
import type { EvalContext, Rule } from '../../engine/types.js';
import type { WohnungsgeberbestaetigungParams } from './wohnungsgeberbestaetigung.params.js';

type P = WohnungsgeberbestaetigungParams;
type Ctx = EvalContext<P>;

/** § 17 Abs. 1 BMG: register within two weeks of moving in; § 19 Abs. 1 ties the confirmation to it. */
export const REGISTRATION_PERIOD_DAYS = 14;

/** The answer at a dotted path. */
export const at = (ctx: Ctx, path: string): unknown => getPath(ctx.answers, path);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `v` is a real calendar date `YYYY-MM-DD`. */
export const isIsoDate = (v: unknown): v is string => {
  const m = typeof v === 'string' ? ISO.exec(v) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(v as string);
};

/** `iso` plus `days` (negative to go back), in UTC so no clock change shifts a day. */
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Street names compared as a person means them: case, outer and double spaces do not count. */
export const streetKey = (s: string): string =>
  s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

// One Set per configured list (parameters are parsed once per config), so each check is O(1).
const directories = new WeakMap<readonly string[], Set<string>>();
const directory = (streets: readonly string[]): Set<string> => {
  let set = directories.get(streets);
  if (!set) directories.set(streets, (set = new Set(streets.map(streetKey))));
  return set;
};

/** Whether the street is in the municipality's directory (always true without one). */
export const knownStreet = (params: P, street: unknown): boolean =>
  !params.streets || typeof street !== 'string' || directory(params.streets).has(streetKey(street));

const moveDate = (ctx: Ctx): string | undefined => {
  const d = at(ctx, 'moveDate');
  return isIsoDate(d) ? d : undefined;
};

export const rules: Rule<P>[] = [
  {
    // Since 1 Nov 2015 a move-out needs a confirmation only abroad or for a secondary residence.
    path: 'auszugCase',
    code: 'notNeeded',
    check: (ctx) => at(ctx, 'confirmationType') !== 'auszug' || at(ctx, 'auszugCase') !== 'andere',
  },
  {
    path: 'flat.street',
    code: 'unknownStreet',
    check: (ctx) => knownStreet(ctx.params, at(ctx, 'flat.street')),
  },
  {
    path: 'flat.postalCode',
    code: 'notInMunicipality',
    check: (ctx) => {
      const v = at(ctx, 'flat.postalCode');
      return !ctx.params.postalCodes || typeof v !== 'string' || ctx.params.postalCodes.includes(v);
    },
  },
  {
    path: 'moveDate',
    code: 'late',
    severity: 'warning',
    check: (ctx) => {
      const d = moveDate(ctx);
      return !d || d >= addDays(ctx.today, -REGISTRATION_PERIOD_DAYS);
    },
    params: () => ({ days: REGISTRATION_PERIOD_DAYS }),
  },
  {
    path: 'moveDate',
    code: 'tooFarAhead',
    check: (ctx) => {
      const d = moveDate(ctx);
      return !d || d <= addDays(ctx.today, ctx.params.maxFutureDays);
    },
    params: (ctx) => ({
      maxFutureDays: ctx.params.maxFutureDays,
      latestDate: addDays(ctx.today, ctx.params.maxFutureDays),
    }),
  },
  {
    path: 'persons[].birthDate',
    code: 'inFuture',
    check: (ctx) => {
      const b = ctx.item?.birthDate;
      return !isIsoDate(b) || b <= ctx.today;
    },
  },
];
