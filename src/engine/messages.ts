/**
 * Message lookup with fallbacks: municipality override -> assistant -> shared UI texts,
 * each first in the requested language, then in German.
 */
import { formatVars } from './format.js';
import type { Lang, Messages } from './types.js';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface Translator {
  lang: Lang;
  t: Translate;
  has: (key: string) => boolean;
}

const fill = (text: string, vars?: Record<string, unknown>): string =>
  vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (!Object.hasOwn(vars, k) || vars[k] === undefined ? m : String(vars[k]))) : text;

/** `en`, `en-GB` -> en; everything else -> de (German is the default). */
export const resolveLang = (tag: string | null | undefined): Lang =>
  tag && /^en\b/i.test(tag) ? 'en' : 'de';

export function createTranslator(lang: Lang, layers: Partial<Record<Lang, Messages>>[]): Translator {
  const chain: Messages[] = [];
  for (const l of lang === 'de' ? (['de'] as const) : ([lang, 'de'] as const)) {
    for (const layer of layers) {
      const m = layer[l];
      if (m) chain.push(m);
    }
  }
  const lookup = (key: string): string | undefined => {
    for (const m of chain) if (Object.prototype.hasOwnProperty.call(m, key)) return m[key];
    return undefined;
  };
  return {
    lang,
    has: (key) => lookup(key) !== undefined,
    t: (key, vars) => fill(lookup(key) ?? key, vars),
  };
}

/** Citizen-facing text of an issue: `<key>.<code>`, then `<code>`; values formatted for the reader. */
export function issueText(tr: Translator, issue: { key: string; code: string; params?: Record<string, unknown> }): string {
  const vars = formatVars(issue.params, tr.lang);
  const specific = `${issue.key}.${issue.code}`;
  if (tr.has(specific)) return tr.t(specific, vars);
  const generic = `error.${issue.code}`;
  return tr.has(generic) ? tr.t(generic, vars) : tr.t('error.invalid', vars);
}
