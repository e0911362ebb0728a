/**
 * A message with its `{placeholders}` filled, where a web address becomes a link: a value under a
 * name ending in `Url` (`ordinanceUrl`, `statuteUrl`) that is an http(s) URL. The link reads as
 * its name (link-name.ts: the text `<key>.<var>`, else the address) and says, visibly, that it
 * opens a new window (`ui.link.newWindow`), as the privacy notice link does: info boxes and the
 * review's summary lines alike. A bare address said nothing about where it leads and broke
 * mid-word at 320 px. Everything else is text (Lit escapes it); other schemes stay text.
 */
import { html, type TemplateResult } from 'lit';
import type { Translate } from '../../engine/messages.js';
import { linkName, linkUrl } from './link-name.js';

const PLACEHOLDER = /\{(\w+)\}/g;

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
        >${linkName(t, key, m[1]!, href)} ${t('ui.link.newWindow')}</a
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
