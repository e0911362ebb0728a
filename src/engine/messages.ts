/**
 * Message lookup with fallbacks: municipality override -> assistant -> shared UI texts,
 * each first in the requested language, then in German.
 *
 * One flat key space, three namespaces that cannot collide: a field's texts are keyed by its
 * path (`date.hint`, `organizer.name.label`), the shared UI's by `ui.` (`ui.date.hint`,
 * `ui.nav.next`, `ui.error.required`), the shared blocks' by `fields.` and the steps' by `steps.`.
 * `defineAssistant` refuses a top-level field named `ui`, `fields` or `steps`, so no field can
 * shadow a shared text; an assistant or a municipality overrides one by its full key.
 */
import { dateProblem } from './date-problem.js';
import { formatVars } from './format.js';
import type { Lang, Messages } from './types.js';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface Translator {
  lang: Lang;
  t: Translate;
  has: (key: string) => boolean;
  /** Where a key is found in the lookup chain: lower is an earlier layer (wins); none: Infinity. */
  rank: (key: string) => number;
}

const fill = (text: string, vars?: Record<string, unknown>): string =>
  vars
    ? text.replace(/\{(\w+)\}/g, (m, k: string) =>
        !Object.hasOwn(vars, k) || vars[k] === undefined ? m : String(vars[k]),
      )
    : text;

/** `en`, `en-GB` -> en; everything else -> de (German is the default). */
export const resolveLang = (tag: string | null | undefined): Lang =>
  tag && /^en\b/i.test(tag) ? 'en' : 'de';

export function createTranslator(
  lang: Lang,
  layers: Partial<Record<Lang, Messages>>[],
): Translator {
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
    rank: (key) => {
      const i = chain.findIndex((m) => Object.prototype.hasOwnProperty.call(m, key));
      return i < 0 ? Infinity : i;
    },
    t: (key, vars) => fill(lookup(key) ?? key, vars),
  };
}

const leafOf = (key: string) => key.slice(key.lastIndexOf('.') + 1).replace(/\[\]$/, '');

/**
 * Citizen-facing text of an issue (STYLE Rule 7), the same in the browser and at the hub:
 * `<key>.<code>`, then the shared block text `fields.<name>.<code>`, then a shared UI text for the
 * code `ui.error.<code>` (by field type where it matters), never zod's own messages. Values are
 * formatted for the reader (`formatVars`: numbers by locale, `…Date` values as dates).
 * An issue from the data hub carries the hub's own text in `params.detail`: it is shown for a code
 * we have no text for (a rule only the hub knows, a newer hub) and where our text needs values
 * the hub did not send; otherwise our own text wins. Templates render it as text, never as HTML.
 */
export function issueText(
  tr: Translator,
  issue: { key: string; code: string; params?: Record<string, unknown> },
  fieldType?: string,
): string {
  let vars = formatVars(issue.params, tr.lang);
  const raw = issue.params?.detail;
  const detail = typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
  const candidates = [`${issue.key}.${issue.code}`, `fields.${leafOf(issue.key)}.${issue.code}`];
  if ((issue.code === 'invalid_format' || issue.code === 'invalid_date') && fieldType === 'date') {
    // A day or month that cannot exist is named ("Den 31. Februar 2026 gibt es nicht."), unless a
    // layer above words every invalid date itself (a municipality's own `ui.error.invalid_date`).
    const problem = dateProblem(issue.params, tr.lang);
    if (problem && tr.rank(problem.key) <= tr.rank('ui.error.invalid_date')) {
      candidates.push(problem.key);
      vars = { ...vars, ...problem.vars };
    }
    candidates.push('ui.error.invalid_date');
  }
  if (issue.code === 'invalid_type' && fieldType === 'integer')
    candidates.push('ui.error.invalid_integer');
  if (issue.code === 'invalid_type' && (fieldType === 'number' || fieldType === 'money'))
    candidates.push('ui.error.invalid_number');
  // `invalid` is no code of its own (the hub named none): its generic text comes last.
  if (issue.code !== 'invalid') candidates.push(`ui.error.${issue.code}`);
  for (const k of candidates) {
    if (!tr.has(k)) continue;
    const text = tr.t(k, vars);
    return detail && /\{\w+\}/.test(text) ? detail : text;
  }
  return detail ?? tr.t('ui.error.invalid', vars);
}
