/**
 * Message flows (issue 6): which sinks an accepted application goes to, per municipality (AGS)
 * and assistant. `HUB_FLOWS` names a JSON file (default `examples/hub/flows.json`), validated
 * with zod; strings `"${NAME}"` are replaced from the environment first (`"${NAME:-default}"`
 * with a default), so secrets stay out of the file. Lookup: `flows[ags][assistant]`, `flows[ags]["*"]`, `flows["*"][assistant]`,
 * `flows["*"]["*"]`. `outbox` is the built-in folder sink (`DATA_DIR/outbox/AGS/ID/REF.json`).
 *
 * Category defaults (optional key `categories`): where neither the municipality's entry nor
 * `flows["*"][assistant]` names the application's sinks, the sinks of the assistant's category
 * (`simple`, `medium`, `complex`) apply, before `flows["*"]["*"]`. So the full lookup order is
 * `flows[ags][assistant]`, `flows[ags]["*"]`, `flows["*"][assistant]`,
 * `categories[category]`, `flows["*"]["*"]`. A mail sink's `to` may name `"office"`: the e-mail
 * address of the office in the municipality's public config (`offices[assistant]`, else
 * `office`), so one sink serves every municipality.
 *
 * Sinks: `folder` (sinks/folder.ts), `mail` (sinks/mail.ts, SMTP URL checked here) and
 * `webhook` (sinks/webhook.ts, secret `whsec_<base64>` checked here).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { smtpOptions } from './sinks/smtp-url.js';
import { webhookKey } from './sinks/webhook.js';

export const BUILTIN_OUTBOX = 'outbox';

const folderSink = z.strictObject({
  type: z.literal('folder'),
  /** Relative to DATA_DIR; no `..`, not absolute. */
  path: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
      message: 'must be a relative path inside DATA_DIR (no leading / and no ..)',
    }),
});
/** The office's address from the municipality's config, in a mail sink's `to`. */
export const OFFICE = 'office';
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$|^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/;
const checked = (check: (value: string) => unknown) => (value: string, ctx: z.RefinementCtx) => {
  try {
    check(value);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
};
const mailSink = z.strictObject({
  type: z.literal('mail'),
  /** Addresses (`a@b.de` or `Name <a@b.de>`), or `"office"`. */
  to: z
    .array(
      z.string().refine((v) => v === OFFICE || ADDRESS.test(v), {
        message: `must be an e-mail address or "${OFFICE}" (the office's address from the municipality's config)`,
      }),
    )
    .min(1),
  from: z
    .string()
    .regex(ADDRESS, { message: 'must be an e-mail address (a@b.de or Name <a@b.de>)' }),
  smtp: z.string().superRefine(checked(smtpOptions)),
});
const webhookSink = z.strictObject({
  type: z.literal('webhook'),
  url: z.url({ protocol: /^https?$/ }),
  secret: z.string().superRefine(checked(webhookKey)),
});
const sinkSchema = z.discriminatedUnion('type', [folderSink, mailSink, webhookSink]);

export type SinkConfig = z.infer<typeof sinkSchema>;
export type FolderSinkConfig = z.infer<typeof folderSink>;
export type MailSinkConfig = z.infer<typeof mailSink>;
export type WebhookSinkConfig = z.infer<typeof webhookSink>;
export type Category = 'simple' | 'medium' | 'complex';

const flowsSchema = z
  .strictObject({
    sinks: z.record(z.string().min(1), sinkSchema).default({}),
    flows: z.record(z.string().min(1), z.record(z.string().min(1), z.array(z.string().min(1)))),
    categories: z
      .partialRecord(z.enum(['simple', 'medium', 'complex']), z.array(z.string().min(1)))
      .optional(),
    /** Days to keep an application after delivery, `[ags][assistant]` (hub/purge.ts reads it). */
    retention: z
      .record(z.string().min(1), z.record(z.string().min(1), z.number().int().nonnegative()))
      .optional(),
  })
  .superRefine((file, ctx) => {
    if (Object.hasOwn(file.sinks, BUILTIN_OUTBOX))
      ctx.addIssue({
        code: 'custom',
        path: ['sinks', BUILTIN_OUTBOX],
        message: '"outbox" is the built-in sink and cannot be redefined',
      });
    const known = (name: string, path: (string | number)[]) => {
      if (name !== BUILTIN_OUTBOX && !Object.hasOwn(file.sinks, name))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `unknown sink "${name}" (not in "sinks" and not "outbox")`,
        });
    };
    for (const [ags, byAssistant] of Object.entries(file.flows))
      for (const [assistant, sinks] of Object.entries(byAssistant))
        sinks.forEach((name, i) => known(name, ['flows', ags, assistant, i]));
    for (const [category, sinks] of Object.entries(file.categories ?? {}))
      sinks?.forEach((name, i) => known(name, ['categories', category, i]));
  });

export type FlowsFile = z.infer<typeof flowsSchema>;

/** Today's behaviour: every application to the outbox folder. */
export const DEFAULT_FLOWS: FlowsFile = { sinks: {}, flows: { '*': { '*': [BUILTIN_OUTBOX] } } };

export class FlowsError extends Error {
  override name = 'FlowsError';
}

/**
 * Replaces every `${NAME}` in every string; a missing variable is an error naming it and where.
 * `${NAME:-default}` uses `default` when NAME is unset or empty.
 */
function substitute(value: unknown, env: NodeJS.ProcessEnv, path: string): unknown {
  if (typeof value === 'string')
    return value.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
      (_m, name: string, fallback: string | undefined) => {
        const v = env[name];
        if (v !== undefined && (v !== '' || fallback === undefined)) return v;
        if (fallback !== undefined) return fallback;
        throw new FlowsError(`environment variable ${name} is not set (used at ${path || '/'})`);
      },
    );
  if (Array.isArray(value)) return value.map((v, i) => substitute(v, env, `${path}/${i}`));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, substitute(v, env, `${path}/${k}`)]),
    );
  return value;
}

/** Parses and validates a flows document (text); throws `FlowsError` naming the key. */
export function parseFlows(
  text: string,
  env: NodeJS.ProcessEnv = process.env,
  source = 'flows',
): FlowsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new FlowsError(`${source}: not valid JSON: ${(e as Error).message}`);
  }
  try {
    raw = substitute(raw, env, '');
  } catch (e) {
    throw new FlowsError(`${source}: ${(e as Error).message}`);
  }
  const parsed = flowsSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  /${i.path.map(String).join('/')}: ${i.message}`,
    );
    throw new FlowsError(`${source} is invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function loadFlowsFile(file: string, env: NodeJS.ProcessEnv = process.env): FlowsFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new FlowsError(`${file}: cannot be read: ${(e as Error).message}`);
  }
  return parseFlows(text, env, file);
}

/** The sinks of one application, in the lookup order of the module comment. */
export function sinksFor(
  file: FlowsFile,
  ags: string,
  assistant: string,
  category?: Category,
): readonly string[] {
  const own = Object.hasOwn(file.flows, ags) ? file.flows[ags] : undefined;
  const any = Object.hasOwn(file.flows, '*') ? file.flows['*'] : undefined;
  const pick = (byAssistant: Record<string, string[]> | undefined, id: string) =>
    byAssistant && Object.hasOwn(byAssistant, id) ? byAssistant[id] : undefined;
  const byCategory =
    category && file.categories && Object.hasOwn(file.categories, category)
      ? file.categories[category]
      : undefined;
  return (
    pick(own, assistant) ??
    pick(own, '*') ??
    pick(any, assistant) ??
    byCategory ??
    pick(any, '*') ??
    []
  );
}

/** The flows in force; `reload()` swaps them atomically (the old ones stay when it throws). */
export class Flows {
  #file: FlowsFile;
  readonly #listeners: ((file: FlowsFile) => void)[] = [];
  #categories: Readonly<Record<string, Category>> = {};

  constructor(
    file: FlowsFile = DEFAULT_FLOWS,
    readonly path?: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.#file = file;
  }

  static fromFile(path: string, env: NodeJS.ProcessEnv = process.env): Flows {
    return new Flows(loadFlowsFile(path, env), path, env);
  }

  get current(): FlowsFile {
    return this.#file;
  }

  /** The category of each assistant (its definition's `category`), for `categories`. */
  useCategories(categories: Readonly<Record<string, Category>>): void {
    this.#categories = categories;
  }

  sinksFor(ags: string, assistant: string): readonly string[] {
    const category = Object.hasOwn(this.#categories, assistant)
      ? this.#categories[assistant]
      : undefined;
    return sinksFor(this.#file, ags, assistant, category);
  }

  /** Reads the file again; throws `FlowsError` (and keeps the old flows) when it is invalid. */
  reload(): FlowsFile {
    if (!this.path) throw new FlowsError('these flows were not loaded from a file');
    this.replace(loadFlowsFile(this.path, this.env));
    return this.#file;
  }

  replace(file: FlowsFile): void {
    this.#file = file;
    for (const listener of this.#listeners) listener(file);
  }

  onChange(listener: (file: FlowsFile) => void): void {
    this.#listeners.push(listener);
  }
}
