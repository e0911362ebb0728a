/**
 * Cross-field rules of the certificate request: the entry's date (not in the future; past the
 * Standesamt's retention period the register is in the archive, § 5 Abs. 5 PStG; life partnerships
 * only 2001-08-01 to 2017-09-30), the applicant's age (§ 62 Abs. 1 PStG: over 16), the quantity
 * the municipality allows, and who may ask for which register (§ 62 PStG).
 */
import { getPath } from '../../engine/paths.js';
import type { EvalContext, Rule } from '../../engine/types.js';
import type { UrkundenParams } from './urkunden.params.js';

type P = UrkundenParams;
type Ctx = EvalContext<P>;

export type EntryKind = 'geburt' | 'ehe' | 'lebenspartnerschaft' | 'sterbe';

/** The answer at a dotted path. */
export const at = (ctx: Ctx, path: string): unknown => getPath(ctx.answers, path);

const KIND_OF: Record<string, EntryKind> = {
  geburtsurkunde: 'geburt',
  eheurkunde: 'ehe',
  lebenspartnerschaftsurkunde: 'lebenspartnerschaft',
  sterbeurkunde: 'sterbe',
  geburtenregister: 'geburt',
  eheregister: 'ehe',
  lebenspartnerschaftsregister: 'lebenspartnerschaft',
  sterberegister: 'sterbe',
};

/** Which register the request concerns: the certificate's, or the printout's register. */
export const entryKind = (ctx: Ctx): EntryKind | undefined => {
  const type = at(ctx, 'certificateType');
  const key = type === 'registerausdruck' ? at(ctx, 'registerKind') : type;
  return typeof key === 'string' ? KIND_OF[key] : undefined;
};

/** § 5 Abs. 5 PStG: years a register stays with the Standesamt before it goes to the archive. */
export const RETENTION_YEARS: Record<EntryKind, number> = {
  geburt: 110,
  ehe: 80,
  lebenspartnerschaft: 80,
  sterbe: 30,
};

/** Life partnerships could be registered from 1 Aug 2001 until 30 Sep 2017. */
export const PARTNERSHIP_FROM = '2001-08-01';
export const PARTNERSHIP_UNTIL = '2017-09-30';

/** § 62 Abs. 1 PStG: applicants must be older than 16. */
export const MIN_AGE = 16;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const date = (v: unknown): string | undefined =>
  typeof v === 'string' && ISO.test(v) ? v : undefined;
const yearsBefore = (iso: string, years: number) =>
  `${String(Number(iso.slice(0, 4)) - years).padStart(4, '0')}${iso.slice(4)}`;

export const rules: Rule<P>[] = [
  {
    path: 'quantity',
    code: 'tooMany',
    check: (ctx) => {
      const n = at(ctx, 'quantity');
      return typeof n !== 'number' || n <= ctx.params.maxQuantity;
    },
    params: (ctx) => ({ maxQuantity: ctx.params.maxQuantity }),
  },
  {
    path: 'eventDate',
    code: 'inFuture',
    check: (ctx) => {
      const d = date(at(ctx, 'eventDate'));
      return !d || d <= ctx.today;
    },
    params: (ctx) => ({ todayDate: ctx.today }),
  },
  {
    path: 'eventDate',
    code: 'noPartnership',
    check: (ctx) => {
      const d = date(at(ctx, 'eventDate'));
      return (
        entryKind(ctx) !== 'lebenspartnerschaft' ||
        !d ||
        (d >= PARTNERSHIP_FROM && d <= PARTNERSHIP_UNTIL)
      );
    },
  },
  {
    // Past the retention period the Standesamt no longer keeps the register: still sendable, the
    // Standesamt passes the request on or answers, but the citizen should know before paying.
    path: 'eventDate',
    code: 'archived',
    severity: 'warning',
    check: (ctx) => {
      const d = date(at(ctx, 'eventDate'));
      const kind = entryKind(ctx);
      return !d || !kind || d >= yearsBefore(ctx.today, RETENTION_YEARS[kind]);
    },
    params: (ctx) => ({ years: RETENTION_YEARS[entryKind(ctx)!] }),
  },
  {
    path: 'applicant.birthDate',
    code: 'tooYoung',
    check: (ctx) => {
      const d = date(at(ctx, 'applicant.birthDate'));
      return !d || d <= yearsBefore(ctx.today, MIN_AGE);
    },
    params: () => ({ minAge: MIN_AGE }),
  },
  {
    path: 'relationship',
    code: 'notForDeath',
    check: (ctx) => at(ctx, 'relationship') !== 'selbst' || entryKind(ctx) !== 'sterbe',
  },
  {
    // § 62 Abs. 1 Satz 2 PStG: a justified interest suffices for siblings only for birth and
    // death registers; for a marriage or partnership they need a legal interest ("sonstige").
    path: 'relationship',
    code: 'siblingsBirthDeathOnly',
    check: (ctx) => {
      const kind = entryKind(ctx);
      return at(ctx, 'relationship') !== 'geschwister' || kind === 'geburt' || kind === 'sterbe';
    },
  },
];
