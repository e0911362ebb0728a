/**
 * The message flows as an operator may see them (issue 13, `GET /api/v1/admin/flows`): each
 * municipality's assistants with their sinks and retention, and each sink's kind and target,
 * without a secret. Passwords, user names and tokens of SMTP URLs, a webhook's signing secret and
 * its query string, and every value the flows file takes from the environment (`"${NAME}"`) are
 * never in the answer: such a setting says only `{ set: true }` ("gesetzt").
 *
 * Which values came from the environment is read from the flows file itself (the raw JSON, before
 * substitution). Flows not loaded from a file (tests, the built-in default) have no raw text: their
 * values count as written in the file, and their secrets are still never shown.
 */
import { readFileSync } from 'node:fs';
import type { Assistant } from '../src/engine/define-assistant.js';
import type { Municipality } from './configs.js';
import { BUILTIN_OUTBOX, type Flows, type SinkConfig } from './flows.js';
import { DEFAULT_RETENTION_DAYS, retentionDays } from './purge.js';

/** One setting of a sink: its value, or only that it is set (a secret or from the environment). */
export type SinkSetting =
  { name: string; value: string } | { name: string; set: true; fromEnv?: boolean };

export interface SinkView {
  name: string;
  type: 'folder' | 'mail' | 'webhook';
  builtin: boolean;
  settings: SinkSetting[];
}

export interface FlowView {
  assistant: string;
  category: string | null;
  sinks: string[];
  retentionDays: number;
}

export interface FlowsView {
  /** The flows file in force (`HUB_FLOWS`), or null for the built-in default. */
  source: string | null;
  defaultRetentionDays: number;
  sinks: SinkView[];
  municipalities: { ags: string; name: string; flows: FlowView[] }[];
}

type Raw = unknown;

/** The raw JSON of the flows file, or `null` (every value then counts as from the environment). */
function rawFile(path: string | undefined): Raw | undefined | null {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Raw;
  } catch {
    return null;
  }
}

function at(raw: Raw, keys: (string | number)[]): unknown {
  let v: unknown = raw;
  for (const k of keys) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** Origin and path of a URL, without user, password, query or fragment. */
function bare(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

function smtpServer(value: string): string {
  const u = new URL(value);
  const port = u.port || (u.protocol === 'smtps:' ? '465' : '587');
  return `${u.protocol}//${u.hostname}:${port}`;
}

export function sinkView(
  name: string,
  sink: SinkConfig,
  /** The raw flows file: undefined none (values are literal), null unreadable (all from env). */
  raw: Raw | undefined | null,
): SinkView {
  const fromEnv = (key: string, index?: number) => {
    if (raw === undefined) return false;
    const v = at(raw, ['sinks', name, key, ...(index === undefined ? [] : [index])]);
    return typeof v !== 'string' || v.includes('${');
  };
  const shown = (setting: string, value: string, env: boolean): SinkSetting =>
    env ? { name: setting, set: true, fromEnv: true } : { name: setting, value };
  const secret = (setting: string): SinkSetting => ({ name: setting, set: true });
  const settings: SinkSetting[] = [];
  if (sink.type === 'folder') settings.push(shown('path', sink.path, fromEnv('path')));
  else if (sink.type === 'mail') {
    sink.to.forEach((to, i) => settings.push(shown('to', to, fromEnv('to', i))));
    settings.push(shown('from', sink.from, fromEnv('from')));
    settings.push(shown('server', smtpServer(sink.smtp), fromEnv('smtp')));
    const u = new URL(sink.smtp);
    if (u.username) settings.push(secret('user'));
    if (u.password) settings.push(secret('password'));
  } else {
    const u = new URL(sink.url);
    settings.push(shown('url', bare(u), fromEnv('url')));
    if (u.username || u.password) settings.push(secret('credentials'));
    if (u.search) settings.push(secret('query'));
    settings.push(secret('secret'));
  }
  return { name, type: sink.type, builtin: false, settings };
}

const OUTBOX_VIEW: SinkView = {
  name: BUILTIN_OUTBOX,
  type: 'folder',
  builtin: true,
  settings: [{ name: 'path', value: `${BUILTIN_OUTBOX}/<AGS>/<assistant>/` }],
};

export function flowsView(
  flows: Flows,
  municipalities: ReadonlyMap<string, Municipality>,
  assistants: Readonly<Record<string, Assistant<unknown>>>,
): FlowsView {
  const file = flows.current;
  const raw = rawFile(flows.path);
  return {
    source: flows.path ?? null,
    defaultRetentionDays: DEFAULT_RETENTION_DAYS,
    sinks: [
      OUTBOX_VIEW,
      ...Object.entries(file.sinks).map(([name, sink]) => sinkView(name, sink, raw)),
    ],
    municipalities: [...municipalities.values()]
      .map(({ config, params }) => ({
        ags: config.municipality.ags,
        name: config.municipality.name,
        flows: [...params.keys()].sort().map((assistant) => ({
          assistant,
          category: Object.hasOwn(assistants, assistant)
            ? (assistants[assistant]!.category ?? null)
            : null,
          sinks: [...flows.sinksFor(config.municipality.ags, assistant)],
          retentionDays: retentionDays(file.retention, config.municipality.ags, assistant),
        })),
      }))
      .sort((a, b) => a.ags.localeCompare(b.ags)),
  };
}
