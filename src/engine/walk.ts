/**
 * Expands a definition against the answers: which steps and fields are visible, and at which
 * concrete paths (one set per item of a repeatable group).
 */
import { getPath, joinPath, normalizePath } from './paths.js';
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

function walkFields<P>(fields: FieldDef<P>[], prefix: string, ctx: EvalContext<P>): FieldNode<P>[] {
  const out: FieldNode<P>[] = [];
  for (const field of fields) {
    if (field.visibleWhen && !field.visibleWhen(ctx)) continue;
    const path = joinPath(prefix, field.path);
    const node: FieldNode<P> = { field, path, key: normalizePath(path), ctx };
    if (field.type === 'group') {
      const group = field as GroupField<P>;
      if (group.repeat) {
        const list = getPath(ctx.answers, path);
        const items = Array.isArray(list) ? list : [];
        node.items = items.map((item, index) =>
          walkFields(group.fields, joinPath(path, index), {
            ...ctx,
            item: (item && typeof item === 'object' ? item : {}) as Record<string, unknown>,
            index,
          }),
        );
      } else {
        node.children = walkFields(group.fields, path, ctx);
      }
    }
    out.push(node);
  }
  return out;
}

/** The visible field tree of one step (empty when the step itself is hidden). */
export function walkStep<P>(step: StepDef<P>, input: WalkInput<P>): FieldNode<P>[] {
  if (!isStepVisible(step, input)) return [];
  return walkFields(step.fields, '', baseCtx(input));
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

/** Which step shows a normalised key (first match, visibility ignored). */
export function stepOfKey<P>(def: AssistantDefinition<P>, key: string): string | undefined {
  const has = (fields: FieldDef<P>[], prefix: string): boolean =>
    fields.some((f) => {
      const k =
        normalizePath(joinPath(prefix, f.path)) + (f.type === 'group' && f.repeat ? '[]' : '');
      const own = normalizePath(joinPath(prefix, f.path));
      if (own === key || (key.startsWith(own + '.') && f.type !== 'group')) return true;
      return f.type === 'group' ? has(f.fields, k) : false;
    });
  return def.steps.find((s) => has(s.fields, ''))?.id;
}

/** The field definition behind a normalised key (`hunde[].breed`), visibility ignored. */
export function fieldAt<P>(def: AssistantDefinition<P>, key: string): FieldDef<P> | undefined {
  let fields = def.steps.flatMap((s) => s.fields);
  let found: FieldDef<P> | undefined;
  for (const part of key.split('.').map((p) => p.replace(/\[\]$/, ''))) {
    const matches = fields.filter((f) => f.path === part);
    found = matches[0];
    fields = matches.flatMap((f) => (f.type === 'group' ? f.fields : []));
  }
  return found;
}
