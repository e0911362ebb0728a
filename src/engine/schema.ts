/**
 * Zod schemas of field values and of the whole `data` payload (the data hub contract).
 * Field formats come from the definition; conditional requiredness and cross-field rules
 * are the engine's (validate.ts), so browser and hub run the very same checks.
 */
import { daysInMonth } from './date-problem.js';
import { electronicFormatIban, isValidIban } from './iban.js';
import { z, type ZodMiniType } from './zod.js';
import type { ChoiceField, FieldDef, ScalarField } from './types.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether an ISO-shaped date names a real day (2026-02-30 does not). No Date objects: hot path. */
export const isRealIsoDate = (v: string): boolean =>
  Number(v.slice(8, 10)) <= daysInMonth(Number(v.slice(0, 4)), Number(v.slice(5, 7)));

/** A real calendar date in ISO form (rejects 2026-02-30). */
export const isoDate = () =>
  z
    .string()
    .check(z.regex(ISO_DATE), z.refine(isRealIsoDate, { params: { code: 'invalid_date' } }));

/** Normalises what a person types as an IBAN: blanks removed, upper case. */
export const normalizeIban = electronicFormatIban;

/**
 * A value as it is sent: strings trimmed, an IBAN normalised. Validation judges this form, so
 * blanks a person typed around a postal code never fail a check the payload would pass.
 */
export const cleanValue = (type: string, v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  return type === 'iban' ? normalizeIban(t) : t;
};

export const ibanSchema = () =>
  z
    .string()
    .check(z.refine((v) => isValidIban(normalizeIban(v)), { params: { code: 'invalid_iban' } }));

const staticValues = (f: ChoiceField<unknown>): string[] | undefined =>
  Array.isArray(f.options) ? (f.options as { value: string }[]).map((o) => o.value) : undefined;

/** The schema of one field's value (without requiredness). */
export function fieldSchema(field: FieldDef<unknown>): ZodMiniType | undefined {
  if (field.schema) return field.schema;
  const f = field as ScalarField<unknown>;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return z
        .string()
        .check(z.trim(), z.maxLength(f.maxLength ?? (field.type === 'text' ? 200 : 4000)));
    case 'integer': {
      const checks = [];
      if (f.min !== undefined) checks.push(z.gte(f.min));
      if (f.max !== undefined) checks.push(z.lte(f.max));
      return z.int().check(...checks);
    }
    case 'number':
    case 'money': {
      const checks = [];
      if (f.min !== undefined) checks.push(z.gte(f.min));
      if (f.max !== undefined) checks.push(z.lte(f.max));
      if (field.type === 'money')
        checks.push(
          z.refine((v) => typeof v === 'number' && Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
            params: { code: 'invalid_money' },
          }),
        );
      return z.number().check(...checks);
    }
    case 'date':
      return isoDate();
    case 'time':
      return z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
    case 'email':
      return emailSchema();
    case 'phone':
      // E.123 national notation starts with the area code in brackets: (0351) 488 0.
      return z.string().check(z.regex(/^(\+|\()?[0-9][0-9 ()/-]{4,24}$/));
    case 'postalCode':
      return z.string().check(z.regex(/^\d{5}$/));
    case 'iban':
      return ibanSchema();
    case 'checkbox':
      return z.boolean();
    case 'select':
    case 'radio': {
      const values = staticValues(field as ChoiceField<unknown>);
      return values ? z.enum(values as [string, ...string[]]) : z.string();
    }
    case 'checkboxes': {
      const values = staticValues(field as ChoiceField<unknown>);
      return z.array(values ? z.enum(values as [string, ...string[]]) : z.string());
    }
    default:
      return undefined;
  }
}

/**
 * An e-mail address as people type it (one @, a dot in the domain, no blanks). Deliberately
 * simpler than zod's `z.email()`, whose regex costs bundle size and rejects nothing a mail
 * server would not reject anyway; the reported code stays `invalid_email`.
 */
export const emailSchema = () =>
  z.string().check(
    z.refine((v) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v), {
      params: { code: 'invalid_email' },
    }),
  );

/** An absolute http(s) URL (municipality configs), checked with the platform's URL parser. */
export const httpUrlSchema = () =>
  z.string().check(
    z.refine(
      (v) => {
        try {
          return /^https?:$/.test(new URL(v).protocol) && /^https?:\/\//i.test(v);
        } catch {
          return false;
        }
      },
      { params: { code: 'invalid_url' } },
    ),
  );
