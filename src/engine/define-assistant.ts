/**
 * `defineAssistant()` checks a definition once (catching authoring mistakes early) and freezes it.
 * The payload schema built from its fields is `payloadSchemaOf(def)` (payload-schema.ts).
 */
import type { AssistantDefinition, FieldDef } from './types.js';
import { stepOfKey } from './walk.js';

/** A checked, frozen definition. */
export type Assistant<P = unknown> = Readonly<AssistantDefinition<P>>;

/** Keys `setPath` refuses: a field named so could never hold an answer. */
const RESERVED = new Set(['constructor', 'prototype']);

/**
 * Namespaces of the texts that are not a field's: `ui.*` (the shared UI: buttons, date hint,
 * error texts), `fields.*` (the shared blocks' texts), `steps.*` (step titles and leads). A field's
 * texts are keyed by its path (`<path>.label`), so a top-level field so named could shadow them.
 */
export const TEXT_NAMESPACES: ReadonlySet<string> = new Set(['ui', 'fields', 'steps']);

const checkFields = (fields: FieldDef<never>[], where: string, top = true) => {
  for (const f of fields) {
    if (top && TEXT_NAMESPACES.has(f.path))
      throw new Error(
        `${where}: field path "${f.path}" is reserved for shared texts (${[...TEXT_NAMESPACES].join(', ')})`,
      );
    if (f.type !== 'info' && !/^[A-Za-z][A-Za-z0-9]*$/.test(f.path))
      throw new Error(`${where}: field path "${f.path}" must be one identifier (nest with groups)`);
    if (f.type !== 'info' && RESERVED.has(f.path))
      throw new Error(`${where}: field path "${f.path}" is reserved`);
    if (f.type === 'group') checkFields(f.fields, `${where}.${f.path}`, false);
  }
};

export function defineAssistant<P>(def: AssistantDefinition<P>): Assistant<P> {
  const ids = new Set<string>();
  for (const step of def.steps) {
    if (ids.has(step.id)) throw new Error(`${def.id}: duplicate step id "${step.id}"`);
    ids.add(step.id);
    checkFields(step.fields as FieldDef<never>[], `${def.id}/${step.id}`);
  }
  // A rule runs on the step that shows its field; with no such field it would silently never run.
  for (const rule of def.rules ?? [])
    if (!stepOfKey(def, rule.path))
      throw new Error(`${def.id}: rule "${rule.code}" names "${rule.path}", which no field has`);
  return Object.freeze({ ...def });
}
