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

/** Whether a value certainly passes a schema (false: not known, ask zod). */
type Accepts = (v: unknown) => boolean;

/** The parts of zod's internals the fast check reads (zod 4's `_zod.def`). */
interface ZodInternals {
  _zod: {
    def: {
      type: string;
      check?: string;
      checks?: ZodInternals[];
      coerce?: boolean;
      shape?: Record<string, ZodInternals>;
      catchall?: ZodInternals;
      element?: ZodInternals;
      innerType?: ZodInternals;
      keyType?: ZodInternals;
      valueType?: ZodInternals;
      maximum?: number;
      minimum?: number;
      value?: unknown;
      inclusive?: boolean;
      format?: string;
      pattern?: RegExp;
      tx?: (v: unknown) => unknown;
      fn?: (v: unknown) => unknown;
    };
    traits: Set<string>;
    values?: Set<unknown>;
    optin?: string;
  };
}

/**
 * The value after one check of a schema, or `FAIL` when the check is not certainly passed. Only
 * checks whose pass is plain to see are read; any other check is left to zod. A length in UTF-16
 * units within the limit is within it in code points too (zod counts code points).
 */
const FAIL = Symbol('fail');
function afterCheck(ch: ZodInternals, v: unknown): unknown {
  const d = ch._zod.def;
  switch (d.check) {
    case 'overwrite':
      return d.tx!(v);
    case 'meta':
      return v;
    case 'max_length':
      return (typeof v === 'string' || Array.isArray(v)) && v.length <= d.maximum! ? v : FAIL;
    case 'min_length':
      return (
        typeof v === 'string'
          ? // zod counts code points: a code point is one or two UTF-16 units, so twice the
            // floor always clears it, and below that the count decides (`for…of` counts as zod)
            v.length >= 2 * d.minimum! || (v.length >= d.minimum! && [...v].length >= d.minimum!)
          : Array.isArray(v) && v.length >= d.minimum!
      )
        ? v
        : FAIL;
    case 'greater_than':
      return typeof v === 'number' &&
        typeof d.value === 'number' &&
        (d.inclusive ? v >= d.value : v > d.value)
        ? v
        : FAIL;
    case 'less_than':
      return typeof v === 'number' &&
        typeof d.value === 'number' &&
        (d.inclusive ? v <= d.value : v < d.value)
        ? v
        : FAIL;
    case 'number_format':
      return d.format === 'safeint' && Number.isSafeInteger(v) ? v : FAIL;
    case 'string_format':
      if (d.format !== 'regex' || !(d.pattern instanceof RegExp) || typeof v !== 'string')
        return FAIL;
      d.pattern.lastIndex = 0;
      return d.pattern.test(v) ? v : FAIL;
    case 'custom': {
      const r = d.fn!(v);
      return r && !(r instanceof Promise) ? v : FAIL;
    }
    default:
      return FAIL;
  }
}

/**
 * A predicate that accepts only what the schema accepts, built from the schema's definition:
 * strict objects, string-keyed records, arrays, optionals, strings, numbers, booleans, enums
 * and `unknown`, with the checks of
 * `afterCheck`. Anything else (and a value the predicate cannot vouch for) is zod's to judge.
 */
function acceptsOf(schema: ZodInternals): Accepts {
  const { def, traits } = schema._zod;
  // A schema that is also a check (`z.int()`, `z.refine()`) runs itself as its first check.
  const checks = traits.has('$ZodCheck') ? [schema, ...(def.checks ?? [])] : (def.checks ?? []);
  const withChecks =
    (parse: (v: unknown) => boolean): Accepts =>
    (v) => {
      if (!parse(v)) return false;
      let value = v;
      for (const ch of checks) if ((value = afterCheck(ch, value)) === FAIL) return false;
      return true;
    };
  if (def.coerce) return () => false;
  switch (def.type) {
    case 'string':
      return withChecks((v) => typeof v === 'string');
    case 'number':
      return withChecks((v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return withChecks((v) => typeof v === 'boolean');
    case 'custom':
      return withChecks(() => true);
    case 'enum': {
      const values = schema._zod.values!;
      return withChecks((v) => values.has(v));
    }
    case 'optional': {
      const inner = def.innerType!;
      if (inner._zod.optin === 'defaulted') return () => false;
      const accepts = acceptsOf(inner);
      return withChecks((v) => v === undefined || accepts(v));
    }
    case 'array': {
      const element = acceptsOf(def.element!);
      return withChecks((v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      });
    }
    case 'object': {
      // Strict objects only: an unknown key fails (`catchall` never); the shape is fixed.
      if (def.catchall?._zod.def.type !== 'never') return () => false;
      const keys = Object.keys(def.shape!).filter((k) => k !== '__proto__');
      const known = new Set(Object.keys(def.shape!));
      const fields = keys.map((k) => acceptsOf(def.shape![k]!));
      return withChecks((v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (const k in o) if (!known.has(k)) return false;
        for (let i = 0; i < keys.length; i++) if (!fields[i]!(o[keys[i]!])) return false;
        return true;
      });
    }
    case 'unknown':
      return withChecks(() => true);
    case 'record': {
      // Records with plain string keys only (`z.record(z.string(), …)`, e.g. the envelope's
      // `data`): zod checks every own enumerable key, drops `__proto__` from its output and fails
      // a symbol key, so an object with either is left to zod, as is one not made by `{}` or JSON.
      const key = def.keyType!._zod;
      if (key.def.type !== 'string' || key.def.checks?.length || key.def.coerce) return () => false;
      const value = acceptsOf(def.valueType!);
      return withChecks((v) => {
        if (typeof v !== 'object' || v === null) return false;
        const proto = Object.getPrototypeOf(v) as unknown;
        if (proto !== Object.prototype && proto !== null) return false;
        if (Object.hasOwn(v, '__proto__') || Object.getOwnPropertySymbols(v).length) return false;
        const o = v as Record<string, unknown>;
        for (const k in o) if (!value(o[k])) return false;
        return true;
      });
    }
    default:
      return () => false;
  }
}

const accepting = new WeakMap<object, Accepts>();

/**
 * Whether `value` certainly passes `schema` (any zod schema), by the predicate `acceptsOf`
 * derives from it once; false means "not known". Never true where zod would refuse.
 */
export function schemaAccepts(schema: ZodMiniType, value: unknown): boolean {
  let accepts = accepting.get(schema);
  if (!accepts) accepting.set(schema, (accepts = acceptsOf(schema as unknown as ZodInternals)));
  try {
    return accepts(value);
  } catch {
    // A check that throws is zod's to throw (or not).
    return false;
  }
}

/**
 * Whether `data` certainly passes `payloadSchemaOf(def)`, judged by a predicate derived from the
 * schema; false means "not known" (zod must judge). Never true where zod would refuse.
 */
export const payloadAccepts = <P>(def: AssistantDefinition<P>, data: unknown): boolean =>
  schemaAccepts(payloadSchemaOf(def), data);

/**
 * `payloadSchemaOf(def).safeParse(data)` without zod's work for a payload `payloadAccepts`
 * vouches for (the common case: a valid application); any other payload is parsed by zod, so
 * the outcome and every issue are zod's.
 */
export function parsePayload<P>(
  def: AssistantDefinition<P>,
  data: unknown,
): { success: true } | { success: false; error: { issues: readonly unknown[] } } {
  if (payloadAccepts(def, data)) return { success: true };
  const r = payloadSchemaOf(def).safeParse(data);
  return r.success ? { success: true } : { success: false, error: r.error };
}
