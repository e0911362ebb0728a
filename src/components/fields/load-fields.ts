/**
 * The templates of the lookup field (`lookup-field.ts`, with `@lit/task`) and of the file field
 * (`file-field.ts`), loaded on demand (issue 7: no assistant bundle over 50 KB gzip). An assistant
 * with such fields calls `useLookupFields()` / `useFileFields()` in its element module; a template
 * is imported when a step first renders such a field. The element renders the next step ahead
 * while the page is idle (WarmUpController), so it is usually there before it is shown; until it
 * is, a lookup field is a plain text field (what the person types is kept, and searched when the
 * combobox comes) and a file field waits, then the element repaints. A template that cannot be
 * loaded (offline, a 404) is not tried again on its own: in place of a file field the person
 * reads that uploading cannot be loaded, under a lookup field (still a plain text field: the form
 * stays completable) that suggestions cannot, each with a button "Erneut versuchen" that loads it
 * again and, once it is there, focuses the field.
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
import type { Lang, ScalarField } from '../../engine/types.js';
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
 * before its combobox came) keeps it, with its caret, in the new template; the focus on the
 * field's "try again" button (`<focusId>-part-retry`) moves to the field. When the part came, the
 * new control also gets an `input` event: the combobox searches what was typed into the plain
 * field meanwhile, as if typed now (else no suggestion and no note until the next key).
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
    const repaint = (came: boolean) => {
      const root = host?.renderRoot as ShadowRoot | undefined;
      const had = root?.activeElement as HTMLInputElement | null | undefined;
      host?.requestUpdate();
      if (focusId && (had?.id === focusId || had?.id === `${focusId}-part-retry`))
        void host!.updateComplete.then(() => {
          const now = root!.getElementById(focusId) as HTMLInputElement | null;
          if (!now || now === had || !now.isConnected) return;
          now.focus();
          if (had.id === focusId) now.setSelectionRange(had.selectionStart, had.selectionEnd);
          if (came) now.dispatchEvent(new Event('input'));
        });
    };
    loading.then(
      () => repaint(true),
      () => failed && repaint(false),
    );
    return nothing;
  }
}
const repaint = directive(Repaint);

type Kind = 'lookup' | 'register' | 'file';

/** Said where a part cannot be loaded (shared UI texts would cost every bundle more). */
const TEXTS: Record<Lang, Record<Kind | 'retry' | 'loading', string>> = {
  de: {
    lookup:
      'Die Vorschläge können gerade nicht geladen werden. Sie können Ihre Angabe trotzdem eintragen.',
    register:
      'Die Registerabfrage kann gerade nicht geladen werden. Bitte tragen Sie die Daten selbst ein.',
    file: 'Das Hochladen kann gerade nicht geladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
    loading: 'Wird geladen …',
  },
  en: {
    lookup: 'The suggestions cannot be loaded right now. You can still enter your answer.',
    register: 'The register query cannot be loaded right now. Please enter the details yourself.',
    file: 'Uploading cannot be loaded right now. Check your internet connection and try again.',
    retry: 'Try again',
    loading: 'Loading …',
  },
};

/**
 * A part that failed: what it means for this field and a button that loads it again (the button
 * stays, saying "Wird geladen …", while it loads; the field repaints when it has settled).
 */
function failedNote(
  ctx: FieldContext,
  node: FieldNode<unknown>,
  part: Part,
  importer: () => Promise<Template>,
  kind: Kind,
) {
  const t = TEXTS[ctx.lang];
  const id = fieldId(node.path, 'part');
  const retry = (e: Event) => {
    if (part.loading) return;
    const root = (e.currentTarget as Element).getRootNode() as ShadowRoot;
    void load(part, importer).catch(() => {});
    (root.host as ReactiveElement | undefined)?.requestUpdate?.();
  };
  return html`<p part="error" class=${kind === 'file' ? 'error' : 'hint'} id=${id} role="status">
    ${ctx.label(node, false)}: ${t[kind]}
    <button
      type="button"
      class="secondary"
      id=${`${id}-retry`}
      aria-disabled=${part.loading ? 'true' : 'false'}
      @click=${retry}
    >
      ${part.loading ? t.loading : t.retry}
    </button>
    ${part.loading ? repaint(part.loading, true, fieldId(node.path)) : nothing}
  </p>`;
}

const lookupPart: Part = {};
const importLookup = () => import('./lookup-field.js').then((m) => m.lookupField);

/** Text fields with `lookup` get their combobox / register button (see lookup-field.ts). */
export function useLookupFields(): void {
  optionalFields.lookup = (ctx, node) => {
    if (lookupPart.template) return lookupPart.template(ctx, node);
    // Failed: a plain text field (the answer can still be given) and what is missing, with a
    // button to try again; not tried again on its own.
    if (lookupPart.failed)
      return html`${inputField(ctx, node)}${failedNote(
        ctx,
        node,
        lookupPart,
        importLookup,
        (node.field as ScalarField<unknown>).lookup?.mode === 'button' ? 'register' : 'lookup',
      )}`;
    const loading = load(lookupPart, importLookup);
    return html`${repaint(loading, true, fieldId(node.path))}${inputField(ctx, node)}`;
  };
}

const filePart: Part = {};
const importFile = () => import('./file-field.js').then((m) => m.fileField);

/** `file` fields get their upload control (see file-field.ts) and the envelope its `attachments[]`. */
export function useFileFields(): void {
  envelopeFiles.of = attachmentsOf;
  optionalFields.file = (ctx, node) => {
    if (filePart.template) return filePart.template(ctx, node);
    // Failed: said in place of the field, with a button to try again.
    if (filePart.failed) return failedNote(ctx, node, filePart, importFile, 'file');
    const loading = load(filePart, importFile);
    // Never a blank while it loads (usually it is there before the step is shown).
    return html`<p class="hint">
      ${ctx.label(node, false)}: ${TEXTS[ctx.lang].loading}
      ${repaint(loading, true, fieldId(node.path))}
    </p>`;
  };
}
