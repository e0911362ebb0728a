import type { Assistant } from '../../engine/define-assistant.js';
import { formatVars } from '../../engine/format.js';
import type { Translator } from '../../engine/messages.js';
import type { FieldDef, Issue } from '../../engine/types.js';

const leafOf = (key: string) => key.slice(key.lastIndexOf('.') + 1).replace(/\[\]$/, '');

function fieldType<P>(def: Assistant<P>, key: string): FieldDef<unknown>['type'] | undefined {
  const parts = key.split('.').map((p) => p.replace(/\[\]$/, ''));
  let fields = def.steps.flatMap((s) => s.fields) as FieldDef<unknown>[];
  let found: FieldDef<unknown> | undefined;
  for (const part of parts) {
    const matches = fields.filter((f) => f.path === part);
    found = matches[0];
    fields = matches.flatMap((f) => (f.type === 'group' ? f.fields : []));
  }
  return found?.type;
}

/**
 * Citizen-facing text of an issue (STYLE Rule 7): `<key>.<code>`, then the shared block text
 * `fields.<name>.<code>`, then a generic text for the code; never zod's own messages. Values are
 * formatted for the reader (`formatVars`: numbers by locale, `…Date` values as dates).
 */
export function issueMessage<P>(tr: Translator, issue: Issue, def: Assistant<P>): string {
  const vars = formatVars(issue.params, tr.lang);
  const candidates = [`${issue.key}.${issue.code}`, `fields.${leafOf(issue.key)}.${issue.code}`];
  if (issue.code === 'invalid_format' && fieldType(def, issue.key) === 'date') candidates.push('error.invalid_date');
  if (issue.code === 'invalid_type') {
    const type = fieldType(def, issue.key);
    if (type === 'integer') candidates.push('error.invalid_integer');
    if (type === 'number' || type === 'money') candidates.push('error.invalid_number');
  }
  candidates.push(`error.${issue.code}`);
  for (const k of candidates) if (tr.has(k)) return tr.t(k, vars);
  return tr.t('error.invalid', vars);
}
