/**
 * The zod schema of an assistant's whole `data` payload: structure, types, formats and unknown
 * keys (conditional requiredness and cross-field rules are the engine's, validate.ts). The data
 * hub, the contract files (JSON Schema, OpenAPI) and tests use it; the browser does not (it
 * validates with the engine), so it lives apart from the definition and stays out of the
 * script-tag bundles.
 */
import { fileAnswersSchema } from './files.js';
import { fieldSchema } from './schema.js';
import type { AssistantDefinition, FieldDef, StepDef } from './types.js';
import { z, type ZodMiniType } from './zod.js';

/** Required in every case: no visibility condition on the way and `required: true`. */
const alwaysRequired = (f: FieldDef<unknown>) => f.required === true && !f.visibleWhen;

interface Slot {
  field: FieldDef<unknown>;
  required: boolean;
  children?: Map<string, Slot>;
  /** Item limits of a list (the strictest over the steps that show it). */
  min?: number;
  max?: number;
}

/**
 * Collects fields by path. The same list may appear on several steps (the dogs, then each
 * dog's danger class): their children merge into one item shape.
 */
function collect(fields: FieldDef<unknown>[], always: boolean, into: Map<string, Slot>): void {
  for (const f of fields) {
    if (f.type === 'info') continue;
    const slot: Slot = into.get(f.path) ?? { field: f, required: false };
    if (f.type === 'group') {
      const inner = always && !f.visibleWhen;
      slot.children ??= new Map();
      collect(f.fields, inner, slot.children);
      // `required` on a list without `min` asks for one item (validate.ts).
      const min = f.repeat?.min ?? (f.repeat && f.required === true ? 1 : undefined);
      if (min !== undefined) slot.min = Math.max(slot.min ?? 0, min);
      if (f.repeat?.max !== undefined) slot.max = Math.min(slot.max ?? Infinity, f.repeat.max);
      // Every valid application has it: a group holding a required answer, a list needing items.
      slot.required ||=
        inner &&
        (f.repeat ? (slot.min ?? 0) > 0 : [...slot.children.values()].some((c) => c.required));
    } else slot.required ||= always && alwaysRequired(f);
    into.set(f.path, slot);
  }
}

function toSchema(slots: Map<string, Slot>): ZodMiniType {
  const shape: Record<string, ZodMiniType> = {};
  for (const [key, slot] of slots) {
    const f = slot.field;
    let s: ZodMiniType | undefined;
    if (f.type === 'group') {
      const obj = toSchema(slot.children ?? new Map());
      const limits = [];
      if (slot.min !== undefined) limits.push(z.minLength(slot.min));
      if (slot.max !== undefined) limits.push(z.maxLength(slot.max));
      s = f.repeat ? z.array(obj).check(...limits) : obj;
    } else s = f.type === 'file' ? fileAnswersSchema() : fieldSchema(f);
    // JSON Schema annotation only (`z.toJSONSchema` copies the metadata): a FIM field id.
    if (s && f.fimId) s = s.check(z.meta({ 'x-fim-id': f.fimId }));
    if (s) shape[key] = slot.required ? s : z.optional(s);
  }
  return z.strictObject(shape);
}

/**
 * The schema of `data`: every field of every step, typed. A key is required only when every
 * valid application has it (no condition on the way); conditional fields are optional.
 */
export function buildPayloadSchema<P>(def: AssistantDefinition<P>): ZodMiniType {
  const slots = new Map<string, Slot>();
  for (const step of def.steps as StepDef<unknown>[])
    collect(step.fields, !step.visibleWhen, slots);
  return toSchema(slots);
}

/** The payload schema of a definition, built once per definition. */
const built = new WeakMap<object, ZodMiniType>();
export function payloadSchemaOf<P>(def: AssistantDefinition<P>): ZodMiniType {
  let schema = built.get(def);
  if (!schema) built.set(def, (schema = buildPayloadSchema(def)));
  return schema;
}
