/**
 * Validation of one step or the whole application. Pure: the browser and the hub run it alike.
 * Issues carry the concrete path, the normalised key, a code (`<key>.<code>` is the message key),
 * the severity, the step that shows the field and, where the message names a value, its `params`
 * (zod's `minimum`/`maximum`, or a rule's `params`). A text's length is reported as `too_long` /
 * `too_short`, so its message can speak of characters, not of a value.
 */
import { getPath, isEmpty, joinPath } from './paths.js';
import { cleanValue, fieldSchema } from './schema.js';
import type {
  AssistantDefinition,
  ChoiceField,
  EvalContext,
  Issue,
  Option,
  Rule,
  StepDef,
} from './types.js';
import { flatten, stepOfKey, walkStep, type FieldNode, type WalkInput } from './walk.js';

/** Resolves a choice field's options (static or from the municipality's parameters). */
export const optionsOf = <P>(field: ChoiceField<P>, ctx: EvalContext<P>): readonly Option[] =>
  typeof field.options === 'function' ? field.options(ctx) : field.options;

export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  /** What a `too_small`/`too_big` measured: `number`, `string` (its length), `array` … */
  origin?: string;
  params?: { code?: string };
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  keys?: string[];
}

/** A zod issue's code as the engine names it (`invalid_email`, custom `params.code`, `too_long`). */
export const issueCode = (i: ZodIssueLike): string => {
  if (i.code === 'custom' && i.params?.code) return i.params.code;
  if (i.code === 'invalid_format' && i.format && i.format !== 'regex') return `invalid_${i.format}`;
  // A text's length is not a value: "höchstens 200 Zeichen", not "einen Wert von höchstens 200".
  if (i.origin === 'string' && i.code === 'too_big') return 'too_long';
  if (i.origin === 'string' && i.code === 'too_small') return 'too_short';
  return i.code;
};

const issueParams = (i: ZodIssueLike): Record<string, unknown> | undefined => {
  const p: Record<string, unknown> = {};
  if (i.minimum !== undefined) p.minimum = i.minimum;
  if (i.maximum !== undefined) p.maximum = i.maximum;
  return Object.keys(p).length ? p : undefined;
};

function checkNode<P>(node: FieldNode<P>, stepId: string, out: Issue[]): void {
  const { field, path, key, ctx } = node;
  if (field.type === 'info') return;
  const value = cleanValue(field.type, getPath(ctx.answers, path));
  const required = typeof field.required === 'function' ? field.required(ctx) : !!field.required;
  const push = (code: string, params?: Record<string, unknown>) =>
    out.push({ path, key, code, severity: 'error', step: stepId, ...(params ? { params } : {}) });

  if (field.type === 'group') {
    if (field.repeat && node.items) {
      const n = node.items.length;
      const min = field.repeat.min ?? (required ? 1 : undefined);
      if (min !== undefined && n < min)
        push(n === 0 && required ? 'required' : 'too_few', { minimum: min });
      if (field.repeat.max !== undefined && n > field.repeat.max)
        push('too_many', { maximum: field.repeat.max });
    }
    return;
  }
  if (field.type === 'checkbox' ? value !== true : isEmpty(value)) {
    // One issue per field: an unanswered required field says so and nothing else.
    if (required) return void push('required');
    if (isEmpty(value)) return;
  }
  const schema = fieldSchema(field as never);
  if (!schema) return;
  const r = schema.safeParse(value);
  if (!r.success) {
    // At the field itself, never at a sub-path (`extras.1`): the field is where it is shown.
    const first = r.error.issues[0] as unknown as ZodIssueLike;
    push(issueCode(first), issueParams(first));
    return;
  }
  if ('options' in field && typeof field.options === 'function') {
    // Options from the parameters: the schema only knew the type (select, radio, checkboxes).
    const offered = new Set(optionsOf(field as ChoiceField<P>, ctx).map((o) => o.value));
    if (!(Array.isArray(value) ? value : [value]).every((v) => offered.has(v)))
      push('invalid_value');
  }
}

function runRule<P>(
  rule: Rule<P>,
  input: WalkInput<P>,
  visibleKeys: Map<string, string>,
  stepId: string,
  out: Issue[],
): void {
  const severity = rule.severity ?? 'error';
  const base: EvalContext<P> = { answers: input.answers, params: input.params, today: input.today };
  const m = /^(.*?)\[\]\.(.*)$/.exec(rule.path);
  const issue = (path: string, ctx: EvalContext<P>): Issue => {
    const params = rule.params?.(ctx);
    return {
      path,
      key: rule.path,
      code: rule.code,
      severity,
      step: stepId,
      ...(params ? { params } : {}),
    };
  };
  if (!m) {
    if (!visibleKeys.has(rule.path) || rule.check(base)) return;
    out.push(issue(rule.path, base));
    return;
  }
  const [, listPath, rest] = m as unknown as [string, string, string];
  const list = getPath(input.answers, listPath);
  if (!Array.isArray(list)) return;
  list.forEach((item, index) => {
    const path = joinPath(listPath, index, rest);
    if (!visibleKeys.has(path)) return;
    const ctx = { ...base, item: (item ?? {}) as Record<string, unknown>, index };
    if (!rule.check(ctx)) out.push(issue(path, ctx));
  });
}

/** Issues of one step (hidden steps have none). */
export function validateStep<P>(
  def: AssistantDefinition<P>,
  step: StepDef<P>,
  input: WalkInput<P>,
): Issue[] {
  const nodes = flatten(walkStep(step, input));
  const out: Issue[] = [];
  const visible = new Map<string, string>();
  for (const n of nodes) {
    visible.set(n.path, n.key);
    checkNode(n, step.id, out);
  }
  const hasError = new Set(out.map((i) => i.path));
  for (const rule of def.rules ?? []) {
    if (stepOfKey(def, rule.path) !== step.id) continue;
    const ruleIssues: Issue[] = [];
    runRule(rule, input, visible, step.id, ruleIssues);
    // A format error at the same field says more than a rule built on that value.
    out.push(...ruleIssues.filter((i) => !hasError.has(i.path)));
  }
  return out;
}

/** Issues of every visible step, in step order. */
export function validateAll<P>(def: AssistantDefinition<P>, input: WalkInput<P>): Issue[] {
  return def.steps.flatMap((s) => validateStep(def, s, input));
}

export const errorsOnly = (issues: Issue[]): Issue[] =>
  issues.filter((i) => i.severity === 'error');
