/**
 * How a web address in a text is named: the one rule for the wizard's links (linked-text.ts: info
 * boxes and the review's summary lines) and for the office's mail and PDF (hub/render). No lit
 * here, so the hub can import it.
 */
import type { Translate } from '../../engine/messages.js';

/** The URL to link to, or undefined when `name`/`value` is no web address to link. */
export function linkUrl(name: string, value: unknown): string | undefined {
  if (!/Url$/.test(name) || typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the link for `{name}` in the text `key` reads: the text `<key>.<name>`
 * (`summary.notBinding.statuteUrl` is "Hundesteuersatzung"), else, and where a municipality set
 * it to "", the address itself.
 */
export function linkName(t: Translate, key: string, name: string, url: string): string {
  const nameKey = `${key}.${name}`;
  const text = t(nameKey).trim();
  return text && text !== nameKey ? text : url;
}
