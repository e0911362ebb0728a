/** Locale formatting of values shown to citizens (review page, summaries). */
import type { Lang } from './types.js';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'de-DE');

export const formatMoney = (value: number, lang: Lang): string =>
  new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(value);

export const formatNumber = (value: number, lang: Lang): string =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);

/** ISO `2026-11-29` -> `29.11.2026` (de) / `29 November 2026` (en). */
export const formatDate = (iso: string, lang: Lang): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: lang === 'en' ? 'long' : 'medium',
    timeZone: 'UTC',
  }).format(d);
};

/** ISO dates are named so in message values: `earliestDate`, `fireDate` (see `Rule.params`). */
const DATE_KEY = /Date$/;

/**
 * Message values formatted for the reader: numbers by locale, ISO dates under a key ending in
 * `Date` as a date; everything else unchanged. Issue and rule params stay language-independent
 * until here, so the hub's `detail` and the browser's error text agree.
 */
export function formatVars(
  vars: Record<string, unknown> | undefined,
  lang: Lang,
): Record<string, unknown> | undefined {
  if (!vars) return vars;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = formatNumber(v, lang);
    else if (typeof v === 'string' && DATE_KEY.test(k)) out[k] = formatDate(v, lang);
    else out[k] = v;
  }
  return out;
}
