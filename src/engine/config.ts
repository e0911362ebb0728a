/**
 * The municipality's configuration document (DESIGN.md "Configuration"), validated with zod.
 * Errors are reported in German with the JSON path of the bad key, for the page editor.
 */
import { z } from './zod.js';
import { emailSchema, httpUrlSchema } from './schema.js';
import type { Assistant } from './define-assistant.js';
import type { Lang, Messages } from './types.js';

function buildConfigSchema() {
  const messagesSchema = z.record(z.string(), z.string());
  const officeSchema = z.object({
    name: z.string().check(z.minLength(1)),
    email: z.optional(emailSchema()),
    phone: z.optional(z.string()),
    address: z.optional(z.string()),
  });
  return z.object({
    municipality: z.object({
      name: z.string().check(z.minLength(1)),
      ags: z
        .string()
        .check(z.refine((v) => /^\d{8}$/.test(v), { params: { code: 'invalid_ags' } })),
    }),
    endpoint: z.optional(httpUrlSchema()),
    /** Left out: the element shows a short Art. 13 summary instead (load-privacy.ts). */
    privacyNoticeUrl: z.optional(httpUrlSchema()),
    office: officeSchema,
    /** The office that handles one assistant, where it is not `office` (e.g. the Ordnungsamt). */
    offices: z.optional(z.record(z.string(), officeSchema)),
    /** Text overrides per language, keyed like the assistant's messages. */
    texts: z.optional(z.partialRecord(z.enum(['de', 'en']), messagesSchema)),
    /**
     * The hub's upload limits for this municipality (hub/uploads.ts), each optional: accepted media
     * types (default PDF, JPEG, PNG), bytes per file (10 MB) and per application (25 MB).
     */
    uploads: z.optional(
      z.object({
        types: z.optional(z.array(z.string())),
        maxFileSize: z.optional(z.number()),
        maxApplicationSize: z.optional(z.number()),
      }),
    ),
    /**
     * The municipality's public key for end-to-end encryption: a JWK or the URL of a JWKS. Checked
     * (and only then loaded) by the element's encryption part (transport/encrypt.ts `sealer`).
     */
    encryptionKey: z.optional(z.unknown()),
    assistants: z.record(z.string(), z.unknown()),
  });
}

let built: ReturnType<typeof buildConfigSchema> | undefined;

/**
 * The config's zod schema, built on its first use, not when the module evaluates: a script-tag
 * bundle shows step 1 before its config has arrived (issue 5, first render), and building zod
 * schemas is a good part of evaluating a bundle. (A plain memo: `z.lazy` would add its own code
 * to every bundle.)
 */
export const configSchema = {
  safeParse: (raw: unknown) => (built ??= buildConfigSchema()).safeParse(raw),
};

export interface MunicipalityConfig {
  municipality: { name: string; ags: string };
  endpoint?: string;
  privacyNoticeUrl?: string;
  office: { name: string; email?: string; phone?: string; address?: string };
  offices?: Record<string, { name: string; email?: string; phone?: string; address?: string }>;
  texts?: Partial<Record<Lang, Messages>>;
  uploads?: { types?: string[]; maxFileSize?: number; maxApplicationSize?: number };
  /** Public key (JWK, or the URL of a JWKS): the answers leave the browser encrypted for it. */
  encryptionKey?: unknown;
  assistants: Record<string, unknown>;
}

export interface ConfigProblem {
  /** JSON path of the bad key, e.g. `assistants.hundesteuer.rates.first`. */
  path: string;
  message: string;
}

export type ConfigResult<P> =
  { ok: true; config: MunicipalityConfig; params: P } | { ok: false; problems: ConfigProblem[] };

/** Zod's type names as a page editor reads them. */
const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  int: 'ganze Zahl',
  boolean: 'true oder false',
  object: 'Objekt',
  record: 'Objekt',
  array: 'Liste',
};

/** The raw value at an issue's path (own keys only), to tell "missing" from "wrong type". */
const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (cur, k) =>
      cur !== null && typeof cur === 'object' && Object.hasOwn(cur, k)
        ? (cur as Record<PropertyKey, unknown>)[k]
        : undefined,
    root,
  );

const describe = (
  code: string,
  issue: { expected?: unknown; keys?: string[]; params?: { code?: string } },
  present: boolean,
): string => {
  switch (code === 'custom' && issue.params?.code ? issue.params.code : code) {
    case 'invalid_url':
      return 'ist ungültig: erwartet wird eine vollständige http(s)-Adresse, zum Beispiel https://www.stadt.de/datenschutz';
    case 'invalid_ags':
      return 'ist ungültig: erwartet wird der Amtliche Gemeindeschlüssel mit 8 Ziffern, zum Beispiel 14612000';
    case 'invalid_email':
      return 'ist ungültig: erwartet wird eine E-Mail-Adresse';
    case 'invalid_type':
      if (!present) return 'fehlt';
      return typeof issue.expected === 'string' && issue.expected !== 'nonoptional'
        ? `hat den falschen Typ (erwartet: ${TYPE_NAMES[issue.expected] ?? issue.expected})`
        : 'hat den falschen Typ';
    case 'unrecognized_keys':
      return `unbekannte Schlüssel: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_format':
      return 'hat ein ungültiges Format';
    case 'too_small':
      return 'ist zu klein oder leer';
    case 'too_big':
      return 'ist zu groß';
    case 'invalid_value':
      return 'hat einen nicht erlaubten Wert';
    default:
      return 'ist ungültig';
  }
};

const problemsOf = (
  prefix: string[],
  raw: unknown,
  issues: readonly { code: string; path: PropertyKey[] }[],
): ConfigProblem[] =>
  issues.map((i) => {
    const value = valueAt(raw, i.path);
    return {
      path: [...prefix, ...i.path.map(String)].join('.') || '(Wurzel)',
      message: describe(
        i.code,
        i as { expected?: unknown; keys?: string[]; params?: { code?: string } },
        value !== undefined && value !== null,
      ),
    };
  });

/** Validates the document and this assistant's section of it. */
export function parseConfig<P>(raw: unknown, def: Assistant<P>): ConfigResult<P> {
  const base = configSchema.safeParse(raw);
  if (!base.success) return { ok: false, problems: problemsOf([], raw, base.error.issues) };
  const config = base.data as MunicipalityConfig;
  const section = config.assistants[def.id];
  if (section === undefined)
    return {
      ok: false,
      problems: [
        {
          path: `assistants.${def.id}`,
          message: 'fehlt: diese Gemeinde hat den Assistenten nicht konfiguriert',
        },
      ],
    };
  const params = def.params.safeParse(section);
  if (!params.success)
    return {
      ok: false,
      problems: problemsOf(['assistants', def.id], section, params.error.issues),
    };
  // The element names one office: this assistant's own, else the municipality's.
  const office = config.offices?.[def.id] ?? config.office;
  return { ok: true, config: { ...config, office }, params: params.data as P };
}
