/**
 * The short Art. 13 information (issue 9) where the municipality's config links no privacy
 * notice (`privacyNoticeUrl` left out): the declarations step shows a disclosure "Hinweise zum
 * Datenschutz" in place of the link. Its texts and the privacy facts of the assistants are the
 * part `privacy-summary.ts`, loaded only then: in a script-tag bundle the build (vite.config.ts,
 * `SPLITS`) turns the import below into one of `komm-privacy.js` beside the bundle, so a page
 * whose config has the link never loads it. The element `<komm-privacy-summary>` stays empty until
 * the part defines it (then it fills itself); a failed load is tried again on the next render.
 */
import { html, nothing } from 'lit';
import type { Assistant } from '../engine/define-assistant.js';
import type { MunicipalityConfig } from '../engine/config.js';
import type { FieldContext } from './fields/field-context.js';

/** What the summary reads from the element (`FieldContext.privacy`), once the config is loaded. */
export interface PrivacyHost {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any assistant's parameters
  def: Assistant<any>;
  config: MunicipalityConfig;
  /** Level of the step headings: the summary's headings are one below. */
  level: number;
}

let loading: Promise<unknown> | undefined;

export const privacySummary = (ctx: FieldContext) =>
  ctx.privacy
    ? ((loading ??= import('./privacy-summary.js').catch(() => (loading = undefined))),
      html`<komm-privacy-summary .ctx=${ctx}></komm-privacy-summary>`)
    : nothing;
