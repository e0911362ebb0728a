/**
 * The fee of a certificate request (domain catalogue §6.2): the first certificate, each further
 * copy issued in the same operation, postage, and the purposes free of charge by law. Amounts in
 * EUR, computed in cents so that no sum shows a rounding tail. Non-binding: the Standesamt decides
 * (for an exemption only once the proof is in).
 */
import { formatMoney } from '../../engine/format.js';
import type {
  Answers,
  ComputedResult,
  EvalContext,
  Lang,
  SummaryLine,
} from '../../engine/types.js';
import type { UrkundenParams } from './urkunden.params.js';

/** One line of the fee: what, how many, the price of one, the amount (EUR). */
export interface FeeLine {
  kind: 'first' | 'further' | 'postage';
  quantity: number;
  unit: number;
  amount: number;
}

/** The envelope's `computed.fee`. */
export interface Fee {
  currency: 'EUR';
  /** The certificates are free of charge for the stated purpose (proof to follow). */
  exempt: boolean;
  lines: FeeLine[];
  total: number;
}

export interface FeeInput {
  quantity: number;
  purpose?: string;
  deliveryMethod?: string;
}

const cents = (eur: number) => Math.round(eur * 100);

/** §6.2: feeFirst + (quantity − 1) × feeFurther, 0 for an exempt purpose, plus postage by post. */
export function computeFee(params: UrkundenParams, input: FeeInput): Fee {
  const quantity = Math.max(1, Math.floor(input.quantity));
  const exempt = !!input.purpose && params.feeExemptPurposes.includes(input.purpose as never);
  const lines: FeeLine[] = [];
  const line = (kind: FeeLine['kind'], n: number, unit: number) =>
    lines.push({
      kind,
      quantity: n,
      unit,
      amount: exempt && kind !== 'postage' ? 0 : (cents(unit) * n) / 100,
    });
  line('first', 1, params.feeFirst);
  if (quantity > 1) line('further', quantity - 1, params.feeFurther);
  if (input.deliveryMethod === 'post' && params.postage > 0) line('postage', 1, params.postage);
  const total = lines.reduce((sum, l) => sum + cents(l.amount), 0) / 100;
  return { currency: 'EUR', exempt, lines, total };
}

const count = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : 1;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `computed` of the envelope, from the answers as sent (hidden answers are gone). */
export function urkundenComputed(ctx: EvalContext<UrkundenParams>): ComputedResult {
  const a: Answers = ctx.answers;
  const purpose = str(a.purpose);
  const deliveryMethod = str(a.deliveryMethod);
  return {
    fee: computeFee(ctx.params, {
      quantity: count(a.quantity),
      ...(purpose ? { purpose } : {}),
      ...(deliveryMethod ? { deliveryMethod } : {}),
    }),
  };
}

/** Lines above the answers on the review page: each fee line, the total, notes. */
export function urkundenSummary(args: {
  ctx: EvalContext<UrkundenParams>;
  computed: ComputedResult;
  lang: Lang;
}): SummaryLine[] {
  const fee = args.computed.fee as Fee | undefined;
  if (!fee) return [];
  const money = (v: number) => formatMoney(v, args.lang);
  // A purpose free of charge says so per line: "1 × 7,00 € = 0,00 €" read as a miscalculation.
  const lines: SummaryLine[] = fee.lines.map((l) => ({
    key: `summary.${l.kind}${fee.exempt && l.kind !== 'postage' ? 'Exempt' : ''}`,
    vars: { quantity: l.quantity, unit: money(l.unit), amount: money(l.amount) },
  }));
  lines.push({ key: 'summary.total', vars: { amount: money(fee.total) }, tone: 'total' });
  if (fee.exempt) lines.push({ key: 'summary.exempt', tone: 'note' });
  if (fee.total > 0) lines.push({ key: 'summary.payment', tone: 'note' });
  lines.push({ key: 'summary.notBinding', tone: 'note' });
  return lines;
}
