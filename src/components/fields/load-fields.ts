/**
 * The templates of the lookup field (`lookup-field.ts`, with `@lit/task`) and of the file field
 * (`file-field.ts`), loaded on demand (issue 7: no assistant bundle over 50 KB gzip). An assistant
 * with such fields calls `useLookupFields()` / `useFileFields()` in its element module; a template
 * is imported when a step first renders such a field. The element renders the next step ahead
 * while the page is idle (WarmUpController), so it is usually there before it is shown; until it
 * is, a lookup field is a plain text field (what the person types is kept) and a file field waits,
 * then the element repaints. A file template that cannot be loaded (offline) says so, with a
 * button to try again; a lookup template is simply tried again on the next render.
 *
 * In the library build the two are ordinary chunks. In a script-tag bundle the build
 * (vite.config.ts, plugin `komm-field-parts`) turns the two imports into ones of `komm-lookup.js`
 * and `komm-file.js` beside the bundle. Those files carry no Lit: they use the bundle's, which this
 * module hands over as `SHARED_LIT` under a global symbol just before the first import (a second
 * Lit would cost more than the split saves). With several bundles on one page the first one's Lit
 * serves; Lit 3 templates and directives work across copies.
 */
import {
  css,
  html,
  noChange,
  nothing,
  notEqual,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { attachmentsOf } from '../../engine/files.js';
import type { FieldNode } from '../../engine/walk.js';
import { envelopeFiles } from '../../transport/envelope.js';
import { fieldId, type FieldContext } from './field-context.js';
import { inputField } from './input-field.js';
import { optionalFields } from './render-field.js';

/**
 * Everything `komm-lookup.js` and `komm-file.js` import from Lit (`lit`, `lit/directive.js`,
 * `@lit/reactive-element`). vite.config.ts reads the names from this line; a part that needs
 * another name fails its build.
 */
export const SHARED_LIT = { css, html, noChange, nothing, notEqual, Directive, directive };
/** The global the parts read `SHARED_LIT` from (vite.config.ts `LIT_GLOBAL`). */
const LIT_GLOBAL = Symbol.for('komm-assistenten.lit');

type Template = (ctx: FieldContext, node: FieldNode<unknown>) => TemplateResult;

interface Part {
  template?: Template;
  loading?: Promise<Template>;
  failed?: boolean;
}

/** Starts (or joins) loading a part; after a failure (`failed` stays set) the next call tries again. */
function load(part: Part, importer: () => Promise<Template>): Promise<Template> {
  (globalThis as Record<symbol, unknown>)[LIT_GLOBAL] ??= SHARED_LIT;
  if (!part.loading) {
    part.loading = importer().then(
      (t) => (part.template = t),
      (e: unknown) => {
        part.loading = undefined;
        part.failed = true;
        throw e;
      },
    );
    part.loading.catch(() => {}); // reported where it matters (the file field), not as unhandled
  }
  return part.loading;
}

/**
 * Renders nothing; repaints the host when the part arrives (or, with `failed`, when it cannot).
 * With `focusId`: the control of that id had the focus (a person typing into a lookup field
 * before its combobox came) keeps it, with its caret, in the new template.
 */
class Repaint extends Directive {
  render(_loading: Promise<unknown>, _failed: boolean, _focusId?: string) {
    return nothing;
  }

  override update(
    part: ChildPart,
    [loading, failed, focusId]: [Promise<unknown>, boolean, string?],
  ) {
    const host = part.options?.host as ReactiveElement | undefined;
    const repaint = () => {
      const root = host?.renderRoot as ShadowRoot | undefined;
      const had = root?.activeElement as HTMLInputElement | null | undefined;
      host?.requestUpdate();
      if (focusId && had?.id === focusId)
        void host!.updateComplete.then(() => {
          const now = root!.getElementById(focusId) as HTMLInputElement | null;
          if (!now || now === had) return;
          now.focus();
          now.setSelectionRange(had.selectionStart, had.selectionEnd);
        });
    };
    loading.then(repaint, failed ? repaint : () => {});
    return nothing;
  }
}
const repaint = directive(Repaint);

const lookupPart: Part = {};

/** Text fields with `lookup` get their combobox / register button (see lookup-field.ts). */
export function useLookupFields(): void {
  optionalFields.lookup = (ctx, node) => {
    if (lookupPart.template) return lookupPart.template(ctx, node);
    const loading = load(lookupPart, () => import('./lookup-field.js').then((m) => m.lookupField));
    return html`${repaint(loading, false, fieldId(node.path))}${inputField(ctx, node)}`;
  };
}

/** Said in place of a file field whose template cannot be loaded (offline). */
const UNAVAILABLE = {
  de: 'Das Hochladen ist gerade nicht möglich. Prüfen Sie Ihre Internetverbindung und laden Sie die Seite neu.',
  en: 'Uploading is not possible right now. Check your internet connection and reload the page.',
};

const filePart: Part = {};
const importFile = () => import('./file-field.js').then((m) => m.fileField);

/** `file` fields get their upload control (see file-field.ts) and the envelope its `attachments[]`. */
export function useFileFields(): void {
  envelopeFiles.of = attachmentsOf;
  optionalFields.file = (ctx, node) => {
    if (filePart.template) return filePart.template(ctx, node);
    // Failed: said in place of the field, and tried again (silently) on every render.
    const loading = load(filePart, importFile);
    return filePart.failed
      ? html`<p part="error" class="error">
          ${ctx.label(node, false)}: ${UNAVAILABLE[ctx.lang]}${repaint(loading, false)}
        </p>`
      : html`${repaint(loading, true)}`;
  };
}
