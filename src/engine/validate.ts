/**
 * Validation of one step or the whole application. Pure: the browser and the hub run it alike.
 * Issues carry the concrete path, the normalised key, a code (`<key>.<code>` is the message key),
 * the severity, the step that shows the field and, where the message names a value, its `params`
 * (zod's `minimum`/`maximum`, or a rule's `params`). A text's length is reported as `too_long` /
 * `too_short`, so its message can speak of characters, not of a value.
 */
import { getParts, isEmpty, splitPath } from './paths.js';
import { cleanValue, fieldSchema } from './schema.js';
import type {
  AssistantDefinition,
  ChoiceField,
  EvalContext,
  FieldDef,
  Issue,
  Option,
  Rule,
  StepDef,
} from './types.js';
import { stepOfKey, walkStep, type FieldNode, type WalkInput } from './walk.js';
import type { ZodMiniType } from './zod.js';

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

/** Zod schemas are built once per field definition (building one costs more than a parse). */
const schemas = new WeakMap<object, ZodMiniType | null>();
const schemaOf = (field: FieldDef<unknown>): ZodMiniType | undefined => {
  let schema = schemas.get(field);
  if (schema === undefined) schemas.set(field, (schema = fieldSchema(field) ?? null));
  return schema ?? undefined;
};

/** The offered values of an options list, as a set, once per list. */
const offeredSets = new WeakMap<readonly Option[], Set<string>>();
const offeredOf = (options: readonly Option[]): Set<string> => {
  let set = offeredSets.get(options);
  if (!set) offeredSets.set(options, (set = new Set(options.map((o) => o.value))));
  return set;
};

function checkNode<P>(node: FieldNode<P>, stepId: string, out: Issue[]): void {
  const { field, path, key, ctx } = node;
  if (field.type === 'info') return;
  const value = cleanValue(field.type, node.value);
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
  const schema = schemaOf(field as FieldDef<unknown>);
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
    const offered = offeredOf(optionsOf(field as ChoiceField<P>, ctx));
    if (!(Array.isArray(value) ? value : [value]).every((v) => offered.has(v)))
      push('invalid_value');
  }
}

/** A rule prepared once: its step, and for a rule on list items the list and the item path. */
interface PreparedRule<P> {
  rule: Rule<P>;
  list?: { parts: readonly (string | number)[]; path: string; rest: string };
}

/** Per definition: the rules of each step, in definition order. */
const rulesByStep = new WeakMap<object, Map<string, PreparedRule<never>[]>>();

function rulesOf<P>(def: AssistantDefinition<P>, stepId: string): PreparedRule<P>[] {
  let byStep = rulesByStep.get(def);
  if (!byStep) {
    byStep = new Map();
    for (const rule of def.rules ?? []) {
      const step = stepOfKey(def, rule.path);
      if (step === undefined) continue;
      const m = /^(.*?)\[\]\.(.*)$/.exec(rule.path);
      const prepared: PreparedRule<P> = m
        ? { rule, list: { parts: splitPath(m[1]!), path: m[1]!, rest: m[2]! } }
        : { rule };
      const list = byStep.get(step) ?? [];
      list.push(prepared as PreparedRule<never>);
      byStep.set(step, list);
    }
    rulesByStep.set(def, byStep);
  }
  return (byStep.get(stepId) ?? []) as PreparedRule<P>[];
}

function runRule<P>(
  { rule, list: listRef }: PreparedRule<P>,
  input: WalkInput<P>,
  visible: Set<string>,
  stepId: string,
  out: Issue[],
): void {
  const severity = rule.severity ?? 'error';
  const base: EvalContext<P> = { answers: input.answers, params: input.params, today: input.today };
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
  if (!listRef) {
    if (!visible.has(rule.path) || rule.check(base)) return;
    out.push(issue(rule.path, base));
    return;
  }
  const list = getParts(input.answers, listRef.parts);
  if (!Array.isArray(list)) return;
  list.forEach((item, index) => {
    const path = `${listRef.path}.${index}.${listRef.rest}`;
    if (!visible.has(path)) return;
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
  const out: Issue[] = [];
  const visible = new Set<string>();
  // One walk: every visible node is recorded and checked as it is met.
  const visit = (nodes: FieldNode<P>[]) => {
    for (const n of nodes) {
      visible.add(n.path);
      checkNode(n, step.id, out);
      if (n.children) visit(n.children);
      if (n.items) for (const item of n.items) visit(item);
    }
  };
  visit(walkStep(step, input));
  const rules = rulesOf(def, step.id);
  if (!rules.length) return out;
  const hasError = out.length ? new Set(out.map((i) => i.path)) : undefined;
  for (const rule of rules) {
    const ruleIssues: Issue[] = [];
    runRule(rule, input, visible, step.id, ruleIssues);
    // A format error at the same field says more than a rule built on that value.
    for (const i of ruleIssues) if (!hasError?.has(i.path)) out.push(i);
  }
  return out;
}

/** Issues of every visible step, in step order. */
export function validateAll<P>(def: AssistantDefinition<P>, input: WalkInput<P>): Issue[] {
  return def.steps.flatMap((s) => validateStep(def, s, input));
}

export const errorsOnly = (issues: Issue[]): Issue[] =>
  issues.filter((i) => i.severity === 'error');
