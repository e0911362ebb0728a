/**
 * Message flows (issue 6): which sinks an accepted application goes to, per municipality (AGS)
 * and assistant. `HUB_FLOWS` names a JSON file (default `examples/hub/flows.json`), validated
 * with zod; strings `"${NAME}"` are replaced from the environment first, so secrets stay out of
 * the file. Lookup: `flows[ags][assistant]`, `flows[ags]["*"]`, `flows["*"][assistant]`,
 * `flows["*"]["*"]`. `outbox` is the built-in folder sink (`DATA_DIR/outbox/AGS/ID/REF.json`).
 *
 * Sink types `mail` and `webhook` are part of the file's contract, but their delivery is not
 * built yet: a file that uses one is refused (at start and at reload) with a message saying so,
 * instead of accepting applications that would then never arrive.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

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
const mailSink = z.strictObject({
  type: z.literal('mail'),
  to: z.array(z.string().min(1)).min(1),
  from: z.string().min(1),
  smtp: z.string().min(1),
});
const webhookSink = z.strictObject({
  type: z.literal('webhook'),
  url: z.url(),
  secret: z.string().min(1),
});
const sinkSchema = z.discriminatedUnion('type', [folderSink, mailSink, webhookSink]);

export type SinkConfig = z.infer<typeof sinkSchema>;
export type FolderSinkConfig = z.infer<typeof folderSink>;

const flowsSchema = z
  .strictObject({
    sinks: z.record(z.string().min(1), sinkSchema).default({}),
    flows: z.record(z.string().min(1), z.record(z.string().min(1), z.array(z.string().min(1)))),
  })
  .superRefine((file, ctx) => {
    if (Object.hasOwn(file.sinks, BUILTIN_OUTBOX))
      ctx.addIssue({
        code: 'custom',
        path: ['sinks', BUILTIN_OUTBOX],
        message: '"outbox" is the built-in sink and cannot be redefined',
      });
    for (const [ags, byAssistant] of Object.entries(file.flows))
      for (const [assistant, sinks] of Object.entries(byAssistant))
        sinks.forEach((name, i) => {
          if (name !== BUILTIN_OUTBOX && !Object.hasOwn(file.sinks, name))
            ctx.addIssue({
              code: 'custom',
              path: ['flows', ags, assistant, i],
              message: `unknown sink "${name}" (not in "sinks" and not "outbox")`,
            });
        });
    for (const [name, sink] of Object.entries(file.sinks))
      if (sink.type !== 'folder')
        ctx.addIssue({
          code: 'custom',
          path: ['sinks', name, 'type'],
          message: `sinks of type ${sink.type} are not available yet in this hub version (only folder and the built-in outbox)`,
        });
  });

export type FlowsFile = z.infer<typeof flowsSchema>;

/** Today's behaviour: every application to the outbox folder. */
export const DEFAULT_FLOWS: FlowsFile = { sinks: {}, flows: { '*': { '*': [BUILTIN_OUTBOX] } } };

export class FlowsError extends Error {
  override name = 'FlowsError';
}

/** Replaces every `${NAME}` in every string; a missing variable is an error naming it and where. */
function substitute(value: unknown, env: NodeJS.ProcessEnv, path: string): unknown {
  if (typeof value === 'string')
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
      const v = env[name];
      if (v === undefined)
        throw new FlowsError(`environment variable ${name} is not set (used at ${path || '/'})`);
      return v;
    });
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
export function sinksFor(file: FlowsFile, ags: string, assistant: string): readonly string[] {
  const own = Object.hasOwn(file.flows, ags) ? file.flows[ags] : undefined;
  const any = Object.hasOwn(file.flows, '*') ? file.flows['*'] : undefined;
  const pick = (byAssistant: Record<string, string[]> | undefined, id: string) =>
    byAssistant && Object.hasOwn(byAssistant, id) ? byAssistant[id] : undefined;
  return pick(own, assistant) ?? pick(own, '*') ?? pick(any, assistant) ?? pick(any, '*') ?? [];
}

/** The flows in force; `reload()` swaps them atomically (the old ones stay when it throws). */
export class Flows {
  #file: FlowsFile;
  readonly #listeners: ((file: FlowsFile) => void)[] = [];

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

  sinksFor(ags: string, assistant: string): readonly string[] {
    return sinksFor(this.#file, ags, assistant);
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
