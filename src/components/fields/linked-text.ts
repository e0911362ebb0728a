/**
 * A message with its `{placeholders}` filled, where a web address becomes a link: a value under a
 * name ending in `Url` (`ordinanceUrl`, `statuteUrl`) that is an http(s) URL. The link opens in a
 * new window and says so (`ui.link.newWindow`, visually hidden), like the privacy notice link.
 * Everything else is text (Lit escapes it); other schemes (`javascript:`) stay text.
 */
import { html, type TemplateResult } from 'lit';
import type { Translate } from '../../engine/messages.js';

const PLACEHOLDER = /\{(\w+)\}/g;

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

/** `t(key, vars)` with links for URL values; a plain string when there is nothing to link. */
export function linkedText(
  t: Translate,
  key: string,
  vars?: Record<string, unknown>,
): string | TemplateResult {
  const links = Object.entries(vars ?? {}).filter(([k, v]) => linkUrl(k, v));
  if (!links.length) return t(key, vars);
  const raw = t(key); // the text with its placeholders, split around the links below
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of raw.matchAll(PLACEHOLDER)) {
    const href = linkUrl(m[1]!, vars![m[1]!]);
    if (!href) continue;
    parts.push(fillText(raw.slice(last, m.index), vars!));
    parts.push(
      html`<a href=${href} target="_blank" rel="noopener"
        >${href}<span class="visually-hidden"> ${t('ui.link.newWindow')}</span></a
      >`,
    );
    last = m.index! + m[0].length;
  }
  parts.push(fillText(raw.slice(last), vars!));
  return html`${parts}`;
}

/** Fills the placeholders of a piece of text as `t` does (unknown ones stay as they are). */
const fillText = (text: string, vars: Record<string, unknown>) =>
  text.replace(PLACEHOLDER, (m, k: string) =>
    Object.hasOwn(vars, k) && vars[k] !== undefined ? String(vars[k]) : m,
  );
