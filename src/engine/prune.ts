/**
 * The payload's `data`: only what is visible is sent; hidden answers stay in the draft
 * (so a citizen who switches back finds them) but never reach the data hub.
 */
import { cleanValue } from './schema.js';
import { isEmpty } from './paths.js';
import type { Answers, AssistantDefinition } from './types.js';
import { walkStep, type FieldNode, type WalkInput } from './walk.js';

type Container = Record<string, unknown>;

/**
 * Copies the visible answers of `nodes` into `into`, which mirrors the nesting of the walk: a
 * plain group becomes an object, a list an array of item objects (one per item, even when an
 * item has nothing visible). Several steps may show the same group or list: their answers merge.
 */
export function copyNodes<P>(nodes: FieldNode<P>[], into: Container): void {
  for (const node of nodes) {
    const { field } = node;
    const key = field.path;
    if (field.type === 'info') continue;
    if (field.type === 'group') {
      if (node.items) {
        const list = (Array.isArray(into[key]) ? into[key] : (into[key] = [])) as Container[];
        node.items.forEach((item, i) => copyNodes(item, (list[i] ??= {})));
      } else if (node.children) {
        // Created only when a child is sent: an empty group stays out, as before.
        const target = (into[key] as Container | undefined) ?? {};
        copyNodes(node.children, target);
        if (Object.keys(target).length) into[key] = target;
      }
      continue;
    }
    // A visible checkbox nobody ticked is a "no", and the data hub gets it as such.
    if (field.type === 'checkbox') {
      into[key] = node.value === true;
      continue;
    }
    if (isEmpty(node.value)) continue;
    into[key] = cleanValue(field.type, node.value);
  }
}

export function pruneAnswers<P>(def: AssistantDefinition<P>, input: WalkInput<P>): Answers {
  const data: Container = {};
  for (const step of def.steps) copyNodes(walkStep(step, input), data);
  return data;
}
