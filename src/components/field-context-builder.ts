/**
 * Builds the context the field templates and the review page render with: texts with their
 * fallbacks (assistant key, then the shared block key), values, shown issues and callbacks.
 */
import type { Assistant } from '../engine/define-assistant.js';
import { formatVars } from '../engine/format.js';
import type { Translator } from '../engine/messages.js';
import { getPath } from '../engine/paths.js';
import type { Answers, ChoiceField, Issue } from '../engine/types.js';
import { optionsOf } from '../engine/validate.js';
import type { FieldNode } from '../engine/walk.js';
import type { FieldContext } from './fields/field-context.js';
import { renderField } from './fields/render-field.js';
import { issueMessage } from './wizard/issue-text.js';
import type { ReviewContext } from './wizard/review.js';

export interface FieldHost<P> {
  tr: Translator;
  def: Assistant<P>;
  answers: Answers;
  rawText: ReadonlyMap<string, string>;
  shown: readonly Issue[];
  prefill: Record<string, { value: unknown; source: string }>;
  privacyNoticeUrl: string;
  officeName: string;
  privacy?: FieldContext['privacy'];
  set: (path: string, value: unknown, raw?: string) => void;
  addItem: (node: FieldNode<unknown>) => void;
  removeItem: (node: FieldNode<unknown>, index: number) => void;
  change: (stepId: string) => void;
}

const isRequired = (node: FieldNode<unknown>) =>
  typeof node.field.required === 'function' ? node.field.required(node.ctx) : !!node.field.required;

export function buildFieldContext<P>(host: FieldHost<P>): FieldContext & ReviewContext {
  const { tr } = host;
  // A field's values (the municipality's limits) read like those in error texts: 2,5 and 1.000.
  const textOf = (keys: string[], vars?: Record<string, unknown>) => {
    for (const k of keys) if (k && tr.has(k)) return tr.t(k, formatVars(vars, tr.lang));
    return undefined;
  };
  const ctx: FieldContext & ReviewContext = {
    lang: tr.lang,
    t: tr.t,
    label: (node, withOptional = true) => {
      const vars = node.field.vars?.(node.ctx);
      const text =
        textOf(
          [node.field.label ?? '', `${node.key}.label`, `fields.${node.field.path}.label`],
          vars,
        ) ?? node.key;
      // GOV.UK marks the optional fields, not the required ones.
      const optional =
        withOptional &&
        node.field.type !== 'group' &&
        node.field.type !== 'info' &&
        !isRequired(node);
      return optional ? `${text} ${tr.t('ui.optional')}` : text;
    },
    hint: (node) =>
      textOf(
        [node.field.hint ?? '', `${node.key}.hint`, `fields.${node.field.path}.hint`],
        node.field.vars?.(node.ctx),
      ),
    options: (node) => optionsOf(node.field as ChoiceField<unknown>, node.ctx),
    optionLabel: (node, o) =>
      o.text?.[tr.lang] ??
      o.text?.de ??
      textOf([
        o.label ?? '',
        `${node.key}.options.${o.value}`,
        `fields.${node.field.path}.options.${o.value}`,
      ]) ??
      o.value,
    value: (path) => getPath(host.answers, path),
    text: (node) => {
      const raw = host.rawText.get(node.path);
      if (raw !== undefined) return raw;
      const v = getPath(host.answers, node.path);
      if (v === undefined || v === null) return '';
      return typeof v === 'number' && tr.lang === 'de' ? String(v).replace('.', ',') : String(v);
    },
    issue: (path) => {
      const issue = host.shown.find((i) => i.path === path);
      return issue
        ? { text: issueMessage(tr, issue, host.def), severity: issue.severity }
        : undefined;
    },
    set: (node, value, raw) => host.set(node.path, value, raw),
    addItem: host.addItem,
    removeItem: host.removeItem,
    privacyNoticeUrl: host.privacyNoticeUrl,
    officeName: host.officeName,
    privacy: host.privacy,
    render: (node) => renderField(ctx, node),
    stepTitle: (step) => tr.t(step.title ?? `steps.${step.id}.title`),
    prefilledSource: (path) => {
      const p = host.prefill[path];
      return p && getPath(host.answers, path) === p.value ? p.source : undefined;
    },
    change: host.change,
  };
  return ctx;
}
