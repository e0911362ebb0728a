import { html, nothing } from 'lit';
import { formatVars } from '../../engine/format.js';
import type { InfoField } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import type { FieldContext } from './field-context.js';
import { linkedText } from './linked-text.js';
import { privacySummary } from '../load-privacy.js';

/**
 * A paragraph of guidance (web addresses in it as links, see `linkedText`); `link: 'privacyNotice'`
 * adds the municipality's privacy notice link, or where the config has none the short Art. 13
 * summary (load-privacy.ts).
 */
export function infoField(ctx: FieldContext, node: FieldNode<unknown>) {
  const f = node.field as InfoField<unknown>;
  const vars = formatVars(f.vars?.(node.ctx), ctx.lang);
  return html`<div part="hint" class="info ${f.tone === 'warning' ? 'info-warning' : ''}">
    <p>${linkedText(ctx.t, f.text ?? `${node.key}.text`, vars)}</p>
    ${
      f.link !== 'privacyNotice'
        ? nothing
        : ctx.privacyNoticeUrl
          ? html`<p>
              <a href=${ctx.privacyNoticeUrl} target="_blank" rel="noopener"
                >${ctx.t('fields.privacyNotice.link', {
                  office: ctx.officeName,
                })}</a
              >
            </p>`
          : privacySummary(ctx)
    }
  </div>`;
}
