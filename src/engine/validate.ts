/**
 * Validation of one step or the whole application. Pure: the browser and the hub run it alike.
 * Issues carry the concrete path, the normalised key, a code (`<key>.<code>` is the message key),
 * the severity, the step that shows the field and, where the message names a value, its `params`
 * (zod's `minimum`/`maximum`, or a rule's `params`). A text's length is reported as `too_long` /
 * `too_short`, so its message can speak of characters, not of a value.
 */
import { dateExample } from './date-example.js';
import { impossibleDate } from './date-problem.js';
import { maxFilesOf } from './files.js';
import { getParts, isEmpty, splitPath } from './paths.js';
import { cleanValue, fieldSchema } from './schema.js';
import { copyNodes } from './prune.js';
import type {
  Answers,
  AssistantDefinition,
  ChoiceField,
  EvalContext,
  FieldDef,
  FileField,
  Issue,
  Option,
  Rule,
  ScalarField,
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
/**
 * Whether `v` is one of the options' values. A short list (options computed per call, e.g. from
 * the parameters) is scanned: a set per call would cost more than it saves.
 */
const offers = (options: readonly Option[], v: unknown): boolean => {
  if (options.length <= 16) {
    for (let i = 0; i < options.length; i++) if (options[i]!.value === v) return true;
    return false;
  }
  let set = offeredSets.get(options);
  if (!set) offeredSets.set(options, (set = new Set(options.map((o) => o.value))));
  return set.has(v as string);
};

const issueAt = (
  node: { path: string; key: string },
  step: string,
  code: string,
  params?: Record<string, unknown>,
): Issue => {
  const issue: Issue = { path: node.path, key: node.key, code, severity: 'error', step };
  if (params) issue.params = params;
  return issue;
};

/**
 * Whether a value certainly passes a field's zod schema, so `safeParse` can be skipped; false
 * means "not known". The data hub passes one (`schemaAccepts`); the browser parses every value.
 */
export type SchemaAccepts = (schema: ZodMiniType, value: unknown) => boolean;

function checkNode<P>(
  node: FieldNode<P>,
  stepId: string,
  out: Issue[],
  accepts: SchemaAccepts | undefined,
): void {
  const { field, ctx } = node;
  if (field.type === 'info') return;
  const value = cleanValue(field.type, node.value);
  const required = typeof field.required === 'function' ? field.required(ctx) : !!field.required;

  if (field.type === 'group') {
    if (field.repeat && node.items) {
      const n = node.items.length;
      const min = field.repeat.min ?? (required ? 1 : undefined);
      if (min !== undefined && n < min)
        out.push(
          issueAt(node, stepId, n === 0 && required ? 'required' : 'too_few', { minimum: min }),
        );
      if (field.repeat.max !== undefined && n > field.repeat.max)
        out.push(issueAt(node, stepId, 'too_many', { maximum: field.repeat.max }));
    }
    return;
  }
  if (field.type === 'checkbox' ? value !== true : isEmpty(value)) {
    // One issue per field: an unanswered required field says so and nothing else.
    if (required) return void out.push(issueAt(node, stepId, 'required'));
    if (isEmpty(value)) return;
  }
  if (field.type === 'file' && Array.isArray(value)) {
    const n = value.length;
    const max = maxFilesOf(field as FileField<unknown>);
    if (n < (field.minFiles ?? 1))
      return void out.push(issueAt(node, stepId, 'too_few', { minimum: field.minFiles }));
    if (n > max) return void out.push(issueAt(node, stepId, 'too_many', { maximum: max }));
  }
  const schema = schemaOf(field as FieldDef<unknown>);
  if (!schema) return;
  if (!accepts?.(schema, value)) {
    const r = schema.safeParse(value);
    if (!r.success) {
      // At the field itself, never at a sub-path (`extras.1`): the field is where it is shown.
      const first = r.error.issues[0] as unknown as ZodIssueLike;
      // A date's text names an example of a real date, derived from today like its hint's, and
      // a day or month that cannot exist (31 2 2026, 12 13 2026), so the text can say which.
      const params =
        field.type === 'date'
          ? { example: dateExample(field as ScalarField<P>, ctx.today), ...impossibleDate(value) }
          : issueParams(first);
      out.push(issueAt(node, stepId, issueCode(first), params));
      return;
    }
  }
  if ('options' in field && typeof field.options === 'function') {
    // Options from the parameters: the schema only knew the type (select, radio, checkboxes).
    const options = optionsOf(field as ChoiceField<P>, ctx);
    if (Array.isArray(value) ? !value.every((v) => offers(options, v)) : !offers(options, value))
      out.push(issueAt(node, stepId, 'invalid_value'));
  }
}

/** A rule prepared once: its step, and for a rule on list items the list and the item path. */
interface PreparedRule<P> {
  rule: Rule<P>;
  list?: { parts: readonly (string | number)[]; path: string; rest: string };
}

/** The rules of one step, in definition order, and the keys they are shown at. */
interface StepRules<P> {
  rules: PreparedRule<P>[];
  keys: Set<string>;
}

const NO_RULES: StepRules<never> = { rules: [], keys: new Set() };

/** Per definition: the rules of each step. */
const rulesByStep = new WeakMap<object, Map<string, StepRules<never>>>();

function rulesOf<P>(def: AssistantDefinition<P>, stepId: string): StepRules<P> {
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
      let of = byStep.get(step);
      if (!of) byStep.set(step, (of = { rules: [], keys: new Set() }));
      of.rules.push(prepared as PreparedRule<never>);
      of.keys.add(rule.path);
    }
    rulesByStep.set(def, byStep);
  }
  return (byStep.get(stepId) ?? NO_RULES) as StepRules<P>;
}

/**
 * What the walk of one step saw, for the rules: each visible key a rule is shown at, and for a
 * key inside a list the indices of the items that show it. Rules look up their key and an item's
 * index, so no concrete path string is built or hashed per rule and item.
 */
type Seen = Map<string, Set<number> | true>;

function ruleIssue<P>(
  rule: Rule<P>,
  path: string,
  ctx: EvalContext<P>,
  severity: Issue['severity'],
  step: string,
): Issue {
  const params = rule.params?.(ctx);
  const issue: Issue = { path, key: rule.path, code: rule.code, severity, step };
  if (params) issue.params = params;
  return issue;
}

function runRule<P>(
  { rule, list: listRef }: PreparedRule<P>,
  input: WalkInput<P>,
  seen: Seen,
  stepId: string,
  out: Issue[],
): void {
  const severity = rule.severity ?? 'error';
  const { answers, params: p, today } = input;
  const shown = seen.get(rule.path);
  if (!shown) return;
  if (!listRef) {
    const base: EvalContext<P> = { answers, params: p, today };
    if (!rule.check(base)) out.push(ruleIssue(rule, rule.path, base, severity, stepId));
    return;
  }
  // A rule on a list inside a list item (`a[].b[].c`) names no single item: it never applied.
  if (shown === true || listRef.rest.includes('[]')) return;
  const list = getParts(answers, listRef.parts);
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    if (!shown.has(index)) continue;
    const item = (list[index] ?? {}) as Record<string, unknown>;
    const ctx: EvalContext<P> = { answers, params: p, today, item, index };
    if (!rule.check(ctx))
      out.push(ruleIssue(rule, `${listRef.path}.${index}.${listRef.rest}`, ctx, severity, stepId));
  }
}

/** Checks every node of `nodes` and, for the rules, records where a rule's key is shown. */
function visit<P>(
  nodes: FieldNode<P>[],
  stepId: string,
  out: Issue[],
  ruleKeys: Set<string> | undefined,
  seen: Seen,
  accepts: SchemaAccepts | undefined,
): void {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (ruleKeys?.has(n.key)) {
      const index = n.ctx.index;
      if (index === undefined) seen.set(n.key, true);
      else {
        let set = seen.get(n.key);
        if (set === undefined || set === true) seen.set(n.key, (set = new Set()));
        set.add(index);
      }
    }
    checkNode(n, stepId, out, accepts);
    if (n.children) visit(n.children, stepId, out, ruleKeys, seen, accepts);
    if (n.items) for (const item of n.items) visit(item, stepId, out, ruleKeys, seen, accepts);
  }
}

/** Issues of one step from its walked nodes (`walkStep`). */
function validateNodes<P>(
  def: AssistantDefinition<P>,
  step: StepDef<P>,
  input: WalkInput<P>,
  nodes: FieldNode<P>[],
  accepts?: SchemaAccepts,
): Issue[] {
  const out: Issue[] = [];
  const { rules, keys } = rulesOf(def, step.id);
  const seen: Seen = new Map();
  // One walk: every visible node is checked as it is met and, when a rule may ask, recorded.
  visit(nodes, step.id, out, rules.length ? keys : undefined, seen, accepts);
  if (!rules.length) return out;
  const hasError = out.length ? new Set(out.map((i) => i.path)) : undefined;
  for (const rule of rules) {
    const ruleIssues: Issue[] = [];
    runRule(rule, input, seen, step.id, ruleIssues);
    // A format error at the same field says more than a rule built on that value.
    for (const i of ruleIssues) if (!hasError?.has(i.path)) out.push(i);
  }
  return out;
}

/** Issues of one step (hidden steps have none). */
export function validateStep<P>(
  def: AssistantDefinition<P>,
  step: StepDef<P>,
  input: WalkInput<P>,
): Issue[] {
  return validateNodes(def, step, input, walkStep(step, input));
}

/** Issues of every visible step, in step order. */
export function validateAll<P>(def: AssistantDefinition<P>, input: WalkInput<P>): Issue[] {
  return def.steps.flatMap((s) => validateStep(def, s, input));
}

/**
 * `validateAll` and `pruneAnswers` from one walk of each step: the issues of every visible step
 * and the answers that would be sent. The data hub needs both for every application; it passes
 * `accepts` (`schemaAccepts`) to spare zod the values it certainly accepts.
 */
export function validateAndPrune<P>(
  def: AssistantDefinition<P>,
  input: WalkInput<P>,
  accepts?: SchemaAccepts,
): { issues: Issue[]; data: Answers } {
  const issues: Issue[] = [];
  const data: Answers = {};
  for (const step of def.steps) {
    const nodes = walkStep(step, input);
    for (const i of validateNodes(def, step, input, nodes, accepts)) issues.push(i);
    copyNodes(nodes, data);
  }
  return { issues, data };
}

export const errorsOnly = (issues: Issue[]): Issue[] =>
  issues.filter((i) => i.severity === 'error');
