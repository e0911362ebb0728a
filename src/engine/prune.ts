/**
 * The payload's `data`: only what is visible is sent; hidden answers stay in the draft
 * (so a citizen who switches back finds them) but never reach the data hub.
 */
import { cleanValue } from './schema.js';
import { getPath, isEmpty, setPath } from './paths.js';
import type { Answers, AssistantDefinition } from './types.js';
import { flatten, walkStep, type WalkInput } from './walk.js';

export function pruneAnswers<P>(def: AssistantDefinition<P>, input: WalkInput<P>): Answers {
  let data: Answers = {};
  for (const step of def.steps) {
    for (const node of flatten(walkStep(step, input))) {
      const { field, path } = node;
      if (field.type === 'info') continue;
      if (field.type === 'group') {
        if (node.items && getPath(data, path) === undefined)
          data = setPath(
            data,
            path,
            node.items.map(() => ({})),
          );
        continue;
      }
      const v = getPath(input.answers, path);
      // A visible checkbox nobody ticked is a "no", and the data hub gets it as such.
      if (field.type === 'checkbox') {
        data = setPath(data, path, v === true);
        continue;
      }
      if (isEmpty(v)) continue;
      data = setPath(data, path, cleanValue(field.type, v));
    }
  }
  return data;
}
