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
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: lang === 'en' ? 'long' : 'medium', timeZone: 'UTC' }).format(d);
};
