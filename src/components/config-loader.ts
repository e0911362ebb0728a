/**
 * Loads the municipality's configuration (from `config-src` or the `config` property) and
 * validates it. Failures are thrown as a list of problems, each naming the key or URL, so the
 * element can show the page editor exactly what to fix.
 */
import { parseConfig, type ConfigProblem, type MunicipalityConfig } from '../engine/config.js';
import type { Assistant } from '../engine/define-assistant.js';
import type { Translate } from '../engine/messages.js';
import type { Lang, Messages } from '../engine/types.js';
import { uiMessages } from './messages.js';
import { takeEarlyConfig } from './prefetch.js';

export interface LoadedConfig<P> {
  config: MunicipalityConfig;
  params: P;
}

const fail = (path: string, message: string): ConfigProblem[] => [{ path, message }];

/**
 * Overrides in `texts` that name a shared UI text without its `ui.` prefix (its key up to 0.1.0,
 * e.g. `nav.submit`) and no text of this assistant: they change nothing. As `texts.de.nav.submit`.
 */
export function outdatedTextKeys(
  texts: Partial<Record<Lang, Messages>> | undefined,
  def: Pick<Assistant<unknown>, 'messages'>,
): string[] {
  const out: string[] = [];
  for (const [lang, messages] of Object.entries(texts ?? {}))
    for (const key of Object.keys(messages ?? {}))
      if (Object.hasOwn(uiMessages.de, `ui.${key}`) && !Object.hasOwn(def.messages.de, key))
        out.push(`texts.${lang}.${key}`);
  return out;
}

export async function loadConfig<P>(
  src: string,
  given: unknown,
  def: Assistant<P>,
  t: Translate,
  endpointOverride: string,
  signal: AbortSignal,
): Promise<LoadedConfig<P>> {
  let raw = given;
  if (raw === undefined) {
    if (!src) throw fail('config-src', t('ui.config.missing'));
    const unreachable = (reason: string) =>
      fail('config-src', t('ui.config.unreachable', { url: src, reason }));
    let res: Response;
    try {
      const url = new URL(src, document.baseURI).href;
      res = await (takeEarlyConfig(url) ?? fetch(url, { signal, credentials: 'omit' }));
    } catch (e) {
      throw unreachable(e instanceof Error ? e.message : String(e));
    }
    if (!res.ok) throw unreachable(`HTTP ${res.status}`);
    try {
      raw = await res.json();
    } catch {
      throw unreachable('kein gültiges JSON');
    }
  }
  const result = parseConfig(raw, def);
  if (!result.ok) throw result.problems;
  const outdated = outdatedTextKeys(result.config.texts, def);
  if (outdated.length)
    console.warn(
      `komm-assistenten: shared UI texts are keyed "ui.…"; these overrides change nothing: ${outdated
        .map((k) => `${k} (now ${k.replace(/^(texts\.\w+\.)/, '$1ui.')})`)
        .join(', ')}`,
    );
  if (!endpointOverride && !result.config.endpoint)
    throw fail(
      'endpoint',
      'fehlt: weder das Attribut „endpoint“ noch die Konfiguration nennt die Adresse der Datendrehscheibe',
    );
  return { config: result.config, params: result.params };
}
