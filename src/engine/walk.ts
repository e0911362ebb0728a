/**
 * Expands a definition against the answers: which steps and fields are visible, and at which
 * concrete paths (one set per item of a repeatable group).
 */
import type {
  AssistantDefinition,
  Answers,
  EvalContext,
  FieldDef,
  GroupField,
  StepDef,
} from './types.js';

/** A field placed at a concrete path. */
export interface FieldNode<P = unknown> {
  field: FieldDef<P>;
  /** Concrete path, e.g. `hunde.0.breed`. */
  path: string;
  /** Normalised key, e.g. `hunde[].breed`. */
  key: string;
  ctx: EvalContext<P>;
  /** Children of a plain group. */
  children?: FieldNode<P>[];
  /** Items of a repeatable group, each a list of child nodes. */
  items?: FieldNode<P>[][];
  /** The answer at `path` as typed (not cleaned); undefined for info fields. */
  value: unknown;
}

export interface WalkInput<P = unknown> {
  answers: Answers;
  params: P;
  today: string;
}

export const todayIso = (d = new Date()): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const baseCtx = <P>(input: WalkInput<P>): EvalContext<P> => ({
  answers: input.answers,
  params: input.params,
  today: input.today,
});

export function isStepVisible<P>(step: StepDef<P>, input: WalkInput<P>): boolean {
  return step.visibleWhen ? step.visibleWhen(baseCtx(input)) : true;
}

export function visibleSteps<P>(def: AssistantDefinition<P>, input: WalkInput<P>): StepDef<P>[] {
  return def.steps.filter((s) => isStepVisible(s, input));
}

/** A key of `container` holding an answer (own properties only: never the prototype's). */
const own = (container: unknown, key: string | number): unknown =>
  container !== null &&
  typeof container === 'object' &&
  Object.prototype.hasOwnProperty.call(container, key)
    ? (container as Record<string | number, unknown>)[key]
    : undefined;

/** A fields list's normalised keys under one key prefix, and `<key>[]` for each list. */
interface Keys {
  keys: string[];
  items: (string | undefined)[];
}

/**
 * Keys depend on the definition only, so they are built once per fields list and key prefix
 * (a list shown on several steps has one fields list per step): the walk then hands out the
 * same strings every time, whose hashes the rules' lookups find already computed.
 */
const keysCache = new WeakMap<readonly FieldDef<never>[], Map<string, Keys>>();

function keysOf<P>(fields: FieldDef<P>[], keyPrefix: string): Keys {
  let byPrefix = keysCache.get(fields as FieldDef<never>[]);
  if (!byPrefix) keysCache.set(fields as FieldDef<never>[], (byPrefix = new Map()));
  let k = byPrefix.get(keyPrefix);
  // Definitions are immutable once defined; a list grown after its first walk is read anew.
  if (!k || k.keys.length !== fields.length) {
    const keys = fields.map((f) => (keyPrefix ? `${keyPrefix}.${f.path}` : f.path));
    k = {
      keys,
      items: fields.map((f, i) => (f.type === 'group' && f.repeat ? `${keys[i]!}[]` : undefined)),
    };
    byPrefix.set(keyPrefix, k);
  }
  return k;
}

/**
 * One pass over the fields: visibility, the concrete path, the normalised key and the value are
 * found together. Paths grow by concatenation (no path is re-parsed), keys come from `keysOf`,
 * and the value is read from the parent container the walk already holds.
 */
function walkFields<P>(
  fields: FieldDef<P>[],
  prefix: string,
  keyPrefix: string,
  container: unknown,
  ctx: EvalContext<P>,
): FieldNode<P>[] {
  const out: FieldNode<P>[] = [];
  const { keys, items: itemKeys } = keysOf(fields, keyPrefix);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.visibleWhen && !field.visibleWhen(ctx)) continue;
    const path = prefix ? `${prefix}.${field.path}` : field.path;
    const key = keys[i]!;
    const value = field.type === 'info' ? undefined : own(container, field.path);
    const node: FieldNode<P> = { field, path, key, ctx, value };
    if (field.type === 'group') {
      const group = field as GroupField<P>;
      if (group.repeat) {
        const items = Array.isArray(value) ? value : [];
        const itemKey = itemKeys[i]!;
        node.items = items.map((item, index) =>
          walkFields(group.fields, `${path}.${index}`, itemKey, item, {
            answers: ctx.answers,
            params: ctx.params,
            today: ctx.today,
            item: (item && typeof item === 'object' ? item : {}) as Record<string, unknown>,
            index,
          }),
        );
      } else {
        node.children = walkFields(group.fields, path, key, value, ctx);
      }
    }
    out.push(node);
  }
  return out;
}

/** The visible field tree of one step (empty when the step itself is hidden). */
export function walkStep<P>(step: StepDef<P>, input: WalkInput<P>): FieldNode<P>[] {
  if (!isStepVisible(step, input)) return [];
  return walkFields(step.fields, '', '', input.answers, baseCtx(input));
}

/** Depth-first list of every node (groups, their items' children, leaves). */
export function flatten<P>(nodes: FieldNode<P>[]): FieldNode<P>[] {
  const out: FieldNode<P>[] = [];
  const rec = (list: FieldNode<P>[]) => {
    for (const n of list) {
      out.push(n);
      if (n.children) rec(n.children);
      if (n.items) n.items.forEach(rec);
    }
  };
  rec(nodes);
  return out;
}

interface DefIndex {
  /** Normalised key (`hunde[].breed`, also `hunde[]` for a list item) -> step id, first match. */
  steps: Map<string, string>;
  /** Normalised key -> field definition, first match. */
  fields: Map<string, FieldDef<unknown>>;
}

/** Per definition, built once on first use: definitions are immutable once defined. */
const indexes = new WeakMap<object, DefIndex>();

function indexOf<P>(def: AssistantDefinition<P>): DefIndex {
  let index = indexes.get(def);
  if (index) return index;
  index = { steps: new Map(), fields: new Map() };
  const add = (fields: FieldDef<unknown>[], prefix: string, stepId: string) => {
    for (const f of fields) {
      const key = prefix ? `${prefix}.${f.path}` : f.path;
      if (!index!.steps.has(key)) index!.steps.set(key, stepId);
      if (!index!.fields.has(key)) index!.fields.set(key, f);
      if (f.type === 'group') {
        const inner = f.repeat ? `${key}[]` : key;
        if (f.repeat && !index!.steps.has(inner)) index!.steps.set(inner, stepId);
        add(f.fields as FieldDef<unknown>[], inner, stepId);
      }
    }
  };
  for (const step of def.steps) add(step.fields as FieldDef<unknown>[], '', step.id);
  indexes.set(def, index);
  return index;
}

/**
 * Which step shows a normalised key (first match, visibility ignored). A key below a scalar
 * field (`extras.1` of a checkbox list, normalised `extras[]`) belongs to that field's step.
 */
export function stepOfKey<P>(def: AssistantDefinition<P>, key: string): string | undefined {
  const { steps } = indexOf(def);
  const hit = steps.get(key);
  if (hit !== undefined) return hit;
  // Walk up: `a.b.c` -> `a.b` -> `a`, stripping a trailing `[]` as a level of its own.
  let k = key;
  for (;;) {
    const cut = Math.max(k.lastIndexOf('.'), k.endsWith('[]') ? k.length - 2 : -1);
    if (cut <= 0) return undefined;
    k = k.slice(0, cut);
    const up = steps.get(k);
    if (up !== undefined) {
      const f = indexOf(def).fields.get(k);
      return f && f.type !== 'group' ? up : undefined;
    }
  }
}

/** The field definition behind a normalised key (`hunde[].breed`), visibility ignored. */
export function fieldAt<P>(def: AssistantDefinition<P>, key: string): FieldDef<P> | undefined {
  return indexOf(def).fields.get(key.replace(/\[\]$/, '')) as FieldDef<P> | undefined;
}
