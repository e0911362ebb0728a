/**
 * Municipality configurations (DESIGN.md "Configuration"): one JSON document per municipality,
 * validated with the same `configSchema` and `parseConfig` the element uses. The hub keys them by
 * AGS and keeps, per assistant, the parsed parameters its rules and options need.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, parseConfig, type MunicipalityConfig } from '../src/engine/config.js';
import type { Assistant } from '../src/engine/define-assistant.js';

export type Warn = (message: string) => void;

/** One municipality as the hub uses it. */
export interface Municipality {
  config: MunicipalityConfig;
  /** Parsed parameters per configured (and known) assistant id. */
  params: Map<string, unknown>;
}

const describeProblems = (problems: { path: string; message: string }[]) =>
  problems.map((p) => `${p.path} ${p.message}`).join('; ');

/**
 * Reads every `*.json` in `dir`. Files that are not valid JSON or fail `configSchema` are skipped
 * with a warning, so one broken file does not take the hub down.
 */
export function loadConfigs(dir: string, warn: Warn = console.warn): MunicipalityConfig[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    warn(`hub: config folder ${dir} not readable; no municipality configured`);
    return [];
  }
  const out: MunicipalityConfig[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      warn(`hub: skipping ${file}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = configSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.') || '(root)',
        message: i.code,
      }));
      warn(`hub: skipping ${file}: ${describeProblems(problems)}`);
      continue;
    }
    out.push(parsed.data as MunicipalityConfig);
  }
  return out;
}

/**
 * Keys the configs by AGS and parses each assistant section with that assistant's `params`
 * schema. A section that fails its schema is left out (the assistant counts as not configured
 * there) with a warning; a second config for the same AGS is an error.
 */
export function indexConfigs(
  configs: readonly MunicipalityConfig[],
  assistants: Readonly<Record<string, Assistant<unknown>>>,
  warn: Warn = console.warn,
): Map<string, Municipality> {
  const byAgs = new Map<string, Municipality>();
  for (const raw of configs) {
    const base = configSchema.safeParse(raw);
    if (!base.success)
      throw new Error(
        `hub: invalid municipality config ${JSON.stringify(
          (raw as MunicipalityConfig)?.municipality,
        )}`,
      );
    const config = base.data as MunicipalityConfig;
    const { ags } = config.municipality;
    if (byAgs.has(ags)) throw new Error(`hub: two municipality configs for AGS ${ags}`);
    const params = new Map<string, unknown>();
    for (const id of Object.keys(config.assistants)) {
      const def = Object.hasOwn(assistants, id) ? assistants[id] : undefined;
      if (!def) continue;
      const parsed = parseConfig(config, def);
      if (parsed.ok) params.set(id, parsed.params);
      else
        warn(
          `hub: ${config.municipality.name} (${ags}): ${id} not offered: ${describeProblems(
            parsed.problems,
          )}`,
        );
    }
    byAgs.set(ags, { config, params });
  }
  return byAgs;
}
