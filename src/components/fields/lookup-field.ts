/**
 * A text field with a data hub lookup (`lookup` in the field definition; see `LookupOptions` in
 * src/engine/types.ts): `POST {endpoint}/lookups/{name}` with `{ q, ags, …params }` answers
 * `{ items: [{ value, label, … }] }`.
 *
 * - `mode: 'suggest'` (default) is the ARIA APG "editable combobox with list autocomplete": an
 *   `<input role="combobox">` with `aria-expanded`, `aria-controls` (the listbox) and
 *   `aria-activedescendant` (the highlighted option). Suggestions are asked for 250 ms after the
 *   last keystroke through `@lit/task` (a newer request aborts the older one); Arrow Down/Up move
 *   through them, Enter takes one, Escape closes the list (and, with the list closed, clears the
 *   field), Tab leaves. How many suggestions there are is announced politely; "no suggestions"
 *   is also seen under the field, and stays when the field is left (nothing below moves). It is
 *   the field's own text (`<key>.lookup.none`, `<key>.lookup.unavailable`) where it has one;
 *   the shared one says the typed text may stay only if the field's format takes it. A
 *   chosen item's label (what a code means) shows under the field, in its description, and in
 *   the review, also after a reload (asked from the hub by the stored value, `lookup-source.ts`).
 * - `mode: 'button'`: a text input and a "look up" button for queries over several fields (the
 *   register: type + court + number). Found: the item's properties fill `fills`; not found and
 *   unreachable are said plainly in a status line.
 *
 * Whatever happens at the hub, the field keeps what the person typed and the form can be
 * completed: a failed request shows "suggestions are unavailable", nothing else.
 *
 * Loaded on demand (`useLookupFields()` in `load-fields.ts`): in a script-tag bundle this module
 * and `@lit/task` are the file `komm-lookup.js` beside it, built on the bundle's own Lit (about
 * 4.5 KB gzip no assistant bundle carries). So it imports nothing with state of the bundle (no
 * `render-field.ts`): only Lit, types and pure helpers. Its texts (`ui.lookup.*`) and styles live
 * here for the same reason; a municipality or an assistant overrides a text by its key like any
 * shared text.
 */
import { Task, TaskStatus } from '@lit/task';
import {
  css,
  html,
  nothing,
  type CSSResult,
  type ReactiveControllerHost,
  type ReactiveElement,
} from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import type { Lang, LookupOptions, Messages, ScalarField } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import { describedBy, fieldId, type FieldContext } from './field-context.js';
import { live } from './live.js';
import {
  labelOf,
  rememberLabel,
  requestLookup,
  shownLabel,
  showsLabel,
  withLabel,
  type LookupHost,
  type LookupItem,
} from './lookup-source.js';
import { hintTemplate, issueTemplate } from './messages.js';

export type { LookupItem } from './lookup-source.js';

const TEXTS: Record<Lang, Messages> = {
  de: {
    'ui.lookup.list': 'Vorschläge',
    'ui.lookup.count':
      '{n} Vorschläge. Wählen Sie mit den Pfeiltasten einen aus oder schreiben Sie weiter.',
    'ui.lookup.one':
      '1 Vorschlag. Wählen Sie ihn mit der Pfeiltaste aus oder schreiben Sie weiter.',
    'ui.lookup.none': 'Keine Vorschläge. Sie können Ihre Angabe trotzdem so eintragen.',
    'ui.lookup.noneTryOther': 'Keine Vorschläge. Versuchen Sie ein anderes Wort.',
    'ui.lookup.chosen': 'Ihre Auswahl: {label}',
    'ui.lookup.unavailable':
      'Vorschläge sind gerade nicht verfügbar. Sie können Ihre Angabe trotzdem eintragen.',
    'ui.lookup.unavailableOnly': 'Vorschläge sind gerade nicht verfügbar.',
    'ui.lookup.button': 'Im Register nachsehen',
    'ui.lookup.searching': 'Es wird nachgesehen …',
    'ui.lookup.found': 'Gefunden: {label}. Die Angaben wurden übernommen. Bitte prüfen Sie sie.',
    'ui.lookup.notFound':
      'Dazu wurde im Register nichts gefunden. Prüfen Sie Ihre Angaben oder tragen Sie die Daten selbst ein.',
    'ui.lookup.needs': 'Füllen Sie zuerst diese Felder aus: {fields}.',
    'ui.lookup.failed':
      'Das Register ist gerade nicht erreichbar. Bitte tragen Sie die Daten selbst ein.',
  },
  en: {
    'ui.lookup.list': 'Suggestions',
    'ui.lookup.count': '{n} suggestions. Use the arrow keys to choose one, or keep typing.',
    'ui.lookup.one': '1 suggestion. Use the arrow key to choose it, or keep typing.',
    'ui.lookup.none': 'No suggestions. You can still enter your answer as it is.',
    'ui.lookup.noneTryOther': 'No suggestions. Try another word.',
    'ui.lookup.chosen': 'Your choice: {label}',
    'ui.lookup.unavailable':
      'Suggestions are not available right now. You can still enter your answer.',
    'ui.lookup.unavailableOnly': 'Suggestions are not available right now.',
    'ui.lookup.button': 'Look up in the register',
    'ui.lookup.searching': 'Looking it up …',
    'ui.lookup.found': 'Found: {label}. The details have been filled in. Please check them.',
    'ui.lookup.notFound':
      'Nothing was found in the register. Check your answers or enter the details yourself.',
    'ui.lookup.needs': 'First fill in these fields: {fields}.',
    'ui.lookup.failed':
      'The register cannot be reached right now. Please enter the details yourself.',
  },
};

/** A shared text by key: the municipality's or assistant's override, else this module's own. */
function text(ctx: FieldContext, key: string, vars: Record<string, unknown> = {}): string {
  const own = ctx.t(key, vars);
  if (own !== key) return own;
  return (TEXTS[ctx.lang][key] ?? key).replace(/\{(\w+)\}/g, (m, k: string) =>
    k in vars ? String(vars[k]) : m,
  );
}

/**
 * Whether the field's format takes `q` as it is. Through the schema's Standard Schema interface,
 * so this on-demand module carries no zod of its own; an async check counts as taken.
 */
function accepts(schema: ScalarField<unknown>['schema'], q: string): boolean {
  const std = (schema as { '~standard'?: { validate(v: unknown): unknown } } | undefined)?.[
    '~standard'
  ];
  if (!std) return true;
  const r = std.validate(q) as { issues?: unknown[] } | Promise<unknown>;
  return r instanceof Promise || !r.issues?.length;
}

/** Styles of the list, adopted into the assistant's shadow root when the first lookup renders. */
const styles: CSSResult = css`
  .lookup {
    position: relative;
  }
  .lookup [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    max-height: 16rem;
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 2px solid var(--_color-border);
    border-top: 0;
  }
  .lookup [role='option'] {
    padding: var(--_space-xs) var(--_space-s);
    cursor: pointer;
  }
  .lookup [role='option']:hover,
  .lookup [role='option'][aria-selected='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .lookup [role='option'][aria-selected='true'] {
    outline: 3px solid var(--_color-focus);
    outline-offset: -3px;
  }
  .lookup-note,
  .lookup-chosen {
    margin: var(--_space-xs) 0 0;
  }
  .lookup-note {
    color: var(--_color-muted);
  }
`;

/** The element's view this field needs: its hub (attribute or config), its municipality. */
type Host = ReactiveElement &
  LookupHost & {
    renderRoot: HTMLElement | DocumentFragment;
  };

const DEBOUNCE_MS = 250;

/** Sibling `key` of a concrete path: `company.registerNumber` + `legalForm` -> `company.legalForm`. */
const sibling = (path: string, key: string) => `${path.slice(0, path.lastIndexOf('.') + 1)}${key}`;

/**
 * Per field on the page: the request task, the items, the open list and its highlighted option,
 * and the status line. A directive, so this state lives as long as the field's place in the step.
 */
class Lookup extends Directive {
  private host?: Host;
  private task?: Task<[string, Record<string, string>], LookupItem[]>;
  private ctx!: FieldContext;
  private node!: FieldNode<unknown>;
  private path = '';
  private items: LookupItem[] = [];
  private open = false;
  private active = -1;
  /** Polite status: counts (hidden) or a note everyone sees (`noteVisible`, e.g. no suggestions). */
  private status = '';
  private noteVisible = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** Counts requests, so an answer to an older one is ignored. */
  private runs = 0;

  private get options(): LookupOptions {
    return (this.node.field as ScalarField<unknown>).lookup!;
  }

  override update(part: ChildPart, [ctx, node]: [FieldContext, FieldNode<unknown>]) {
    const host = part.options?.host as Host | undefined;
    if (host && host !== this.host) {
      this.host = host;
      adoptStyles(host);
      // The task reports to this field, not to the element: a field that leaves the page leaves
      // no controller behind (an answer still on its way only repaints).
      const owner: ReactiveControllerHost = {
        addController() {},
        removeController() {},
        requestUpdate: () => host.requestUpdate(),
        get updateComplete() {
          return host.updateComplete;
        },
      };
      this.task = new Task(owner, {
        autoRun: false,
        task: ([q, params], { signal }) => requestLookup(host, this.options, q, params, signal),
      });
    }
    if (node.path !== this.path) this.reset(node.path);
    return this.render(ctx, node);
  }

  private reset(path: string) {
    this.cancel();
    this.path = path;
    this.items = [];
    this.open = false;
    this.active = -1;
    this.status = '';
    this.noteVisible = false;
  }

  private repaint() {
    this.host?.requestUpdate();
  }

  /** Runs the task: its items, `null` when it failed, `undefined` when it was replaced or cancelled. */
  private async ask(q: string, params: Record<string, string> = {}) {
    const task = this.task;
    if (!task) return undefined;
    const run = ++this.runs;
    await task.run([q, params]);
    if (run !== this.runs) return undefined;
    if (task.status === TaskStatus.COMPLETE) return task.value ?? [];
    return task.status === TaskStatus.ERROR ? null : undefined;
  }

  /** Cancels the pending request and any answer still on its way. */
  private cancel() {
    clearTimeout(this.timer);
    this.runs++;
    this.task?.abort();
  }

  // ---- suggest mode ---------------------------------------------------------------------------

  private onInput(input: HTMLInputElement) {
    const raw = input.value;
    this.ctx.set(this.node, raw === '' ? undefined : raw, raw);
    this.schedule(raw);
  }

  private schedule(raw: string, delay = DEBOUNCE_MS) {
    clearTimeout(this.timer);
    const q = raw.trim();
    if (q.length < (this.options.minChars ?? 2)) {
      this.cancel();
      this.items = [];
      this.close();
      this.status = '';
      this.noteVisible = false;
      this.repaint();
      return;
    }
    this.timer = setTimeout(() => void this.suggest(q), delay);
  }

  private async suggest(q: string) {
    // Not for a field no longer on the page (the person went on to another step meanwhile).
    const root = this.host?.renderRoot as ShadowRoot | undefined;
    if (!root?.getElementById(fieldId(this.node.path))) return;
    const items = await this.ask(q);
    if (items === undefined) return; // replaced by a newer request
    if (items === null) {
      this.items = [];
      this.open = false;
      this.status = this.note('unavailable', q);
      this.noteVisible = true;
    } else {
      this.items = items;
      // Answers that arrive after the person left the field neither open a list nor speak.
      const here = this.focused();
      this.open = items.length > 0 && here;
      this.active = -1;
      // "No suggestions" is seen too, in the same live region (said once, not twice).
      this.noteVisible = here && items.length === 0;
      this.status = !here
        ? ''
        : items.length === 0
          ? this.note('none', q)
          : items.length === 1
            ? text(this.ctx, 'ui.lookup.one')
            : text(this.ctx, 'ui.lookup.count', { n: items.length });
    }
    this.repaint();
  }

  /**
   * "No suggestions" or "unavailable": the field's own text (`<key>.lookup.none`, e.g. how to
   * enter a WZ code), else the shared one. The shared one says the typed text can stay only when
   * the field's format takes it: a note must not promise what "Weiter" then refuses.
   */
  private note(kind: 'none' | 'unavailable', q: string): string {
    const own = `${this.node.key}.lookup.${kind}`;
    const t = this.ctx.t(own);
    if (t !== own) return t;
    const taken = accepts((this.node.field as ScalarField<unknown>).schema, q);
    return text(
      this.ctx,
      taken
        ? `ui.lookup.${kind}`
        : kind === 'none'
          ? 'ui.lookup.noneTryOther'
          : 'ui.lookup.unavailableOnly',
    );
  }

  private focused() {
    const root = this.host?.renderRoot as ShadowRoot | undefined;
    return root?.activeElement?.id === fieldId(this.node.path);
  }

  private close() {
    this.open = false;
    this.active = -1;
  }

  private choose(item: LookupItem) {
    const value = this.options.store === 'label' ? item.label : item.value;
    if (showsLabel(this.options)) rememberLabel(this.options, item);
    this.ctx.set(this.node, value, value);
    this.fill(item);
    this.close();
    this.status = '';
    this.noteVisible = false;
    this.repaint();
  }

  private fill(item: LookupItem) {
    for (const [key, property] of Object.entries(this.options.fills ?? {})) {
      const v = item[property];
      if (v === undefined || v === null) continue;
      const path = sibling(this.node.path, key);
      this.ctx.set({ ...this.node, path } as FieldNode<unknown>, String(v), String(v));
    }
  }

  private move(to: number) {
    if (!this.items.length) return;
    this.open = true;
    this.active = (to + this.items.length) % this.items.length;
    this.repaint();
    void this.host?.updateComplete.then(() =>
      this.host?.renderRoot
        .querySelector?.(`#${fieldId(this.node.path, `option-${this.active}`)}`)
        ?.scrollIntoView({ block: 'nearest' }),
    );
  }

  private onKeydown(e: KeyboardEvent) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open && e.altKey) {
          this.open = this.items.length > 0;
          this.repaint();
        } else this.move(this.open ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.move(this.open ? this.active - 1 : this.items.length - 1);
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          e.preventDefault(); // takes the option; does not send the step
          this.choose(this.items[this.active]!);
        }
        break;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          this.close();
          this.repaint();
        } else if ((e.target as HTMLInputElement).value) {
          e.preventDefault();
          this.cancel();
          this.ctx.set(this.node, undefined, '');
          this.items = [];
          this.status = '';
          this.repaint();
        }
        break;
      case 'Tab':
        if (this.open) {
          this.close();
          this.repaint();
        }
        break;
    }
  }

  private onFocus(input: HTMLInputElement) {
    if (this.options.minChars === 0 && !this.items.length) this.schedule(input.value, 0);
  }

  private onBlur() {
    // "No suggestions" stays when the field is left: hiding it would move everything below up
    // under the pointer, and the click that left the field would miss what it aimed at.
    if (!this.open) return;
    this.close();
    this.repaint();
  }

  // ---- button mode ----------------------------------------------------------------------------

  private async lookUp() {
    const { ctx, node } = this;
    const params: Record<string, string> = {};
    const missing: string[] = [];
    const q = ctx.text(node).trim();
    if (!q) missing.push(ctx.label(node, false));
    for (const [member, key] of Object.entries(this.options.params ?? {})) {
      const v = ctx.value(sibling(node.path, key));
      if (v === undefined || v === null || String(v).trim() === '') {
        const labelKey = `${sibling(node.key, key)}.label`;
        const label = ctx.t(labelKey);
        missing.push(label === labelKey ? key : label);
      } else params[member] = String(v);
    }
    this.noteVisible = true;
    if (missing.length) {
      this.status = text(ctx, 'ui.lookup.needs', { fields: missing.join(', ') });
      return this.repaint();
    }
    this.status = text(ctx, 'ui.lookup.searching');
    this.repaint();
    const items = await this.ask(q, params);
    if (items === undefined) return;
    if (items === null) this.status = text(ctx, 'ui.lookup.failed');
    else if (!items.length) this.status = text(ctx, 'ui.lookup.notFound');
    else {
      this.fill(items[0]!);
      this.status = text(ctx, 'ui.lookup.found', { label: items[0]!.label });
    }
    this.repaint();
  }

  // ---- template -------------------------------------------------------------------------------

  render(ctx: FieldContext, node: FieldNode<unknown>) {
    this.ctx = ctx;
    this.node = node;
    const f = node.field as ScalarField<unknown>;
    const button = this.options.mode === 'button';
    const id = fieldId(node.path);
    const listId = fieldId(node.path, 'listbox');
    const statusId = fieldId(node.path, 'status');
    const issue = ctx.issue(node.path);
    const hint = ctx.hint(node);
    // What a stored value means ("47.64.1 – Einzelhandel mit Fahrrädern, …"), from the choice or,
    // after a reload, asked from the hub once the person is not typing in the field.
    const value = ctx.value(node.path);
    const chosenId = fieldId(node.path, 'chosen');
    const label =
      !button && this.host && showsLabel(this.options) && typeof value === 'string'
        ? labelOf(this.host, this.options, value, !this.focused())
        : undefined;
    const described = [
      describedBy(node.path, !!hint, !!issue),
      label ? chosenId : '',
      this.noteVisible && this.status ? statusId : '',
    ]
      .filter(Boolean)
      .join(' ');
    const open = this.open && this.items.length > 0;
    const input = button
      ? html`<input
          part="input"
          id=${id}
          name=${node.path}
          type="text"
          class=${f.width ? `w-${f.width}` : nothing}
          autocomplete=${f.autocomplete ?? nothing}
          maxlength=${f.maxLength ?? nothing}
          aria-describedby=${described || nothing}
          aria-invalid=${issue?.severity === 'error' ? 'true' : 'false'}
          .value=${live(ctx.text(node))}
          @input=${(e: Event) => {
            const raw = (e.target as HTMLInputElement).value;
            this.status = ''; // the last answer was about another number
            ctx.set(node, raw === '' ? undefined : raw, raw);
          }}
        />`
      : html`<input
          part="input"
          id=${id}
          name=${node.path}
          type="text"
          role="combobox"
          aria-labelledby=${fieldId(node.path, 'label')}
          class=${f.width ? `w-${f.width}` : nothing}
          autocomplete="off"
          spellcheck="false"
          maxlength=${f.maxLength ?? nothing}
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${
            open && this.active >= 0 ? fieldId(node.path, `option-${this.active}`) : nothing
          }
          aria-describedby=${described || nothing}
          aria-invalid=${issue?.severity === 'error' ? 'true' : 'false'}
          .value=${live(ctx.text(node))}
          @input=${(e: Event) => this.onInput(e.target as HTMLInputElement)}
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}
          @focus=${(e: Event) => this.onFocus(e.target as HTMLInputElement)}
          @blur=${() => this.onBlur()}
        />`;
    return html`<div part="field" class="field ${issue ? `has-${issue.severity}` : ''}">
      <label part="label" id=${fieldId(node.path, 'label')} for=${id}>${ctx.label(node)}</label>
      ${hintTemplate(node.path, hint)} ${issueTemplate(ctx, node.path, issue)}
      <div class="lookup">
        ${input}
        ${
          button
            ? html`<p>
                <button part="button" type="button" @click=${() => void this.lookUp()}>
                  ${text(ctx, 'ui.lookup.button')}
                </button>
              </p>`
            : html`<ul
                role="listbox"
                id=${listId}
                aria-label=${`${text(ctx, 'ui.lookup.list')}: ${ctx.label(node, false)}`}
                ?hidden=${!open}
              >
                ${
                  open
                    ? this.items.map(
                        (item, i) =>
                          // The keyboard works on the combobox (aria-activedescendant), as the APG says.
                          // eslint-disable-next-line lit-a11y/click-events-have-key-events
                          html`<li
                            role="option"
                            id=${fieldId(node.path, `option-${i}`)}
                            aria-selected=${i === this.active ? 'true' : 'false'}
                            @mousedown=${(e: Event) => e.preventDefault() /* keep focus in the input */}
                            @click=${() => this.choose(item)}
                          >
                            ${shownLabel(item.label)}
                          </li>`,
                      )
                    : nothing
                }
              </ul>`
        }
      </div>
      ${
        label
          ? html`<p id=${chosenId} class="lookup-chosen">
              ${text(ctx, 'ui.lookup.chosen', { label: withLabel(value as string, label) })}
            </p>`
          : nothing
      }
      <p id=${statusId} role="status" class=${this.noteVisible ? 'lookup-note' : 'visually-hidden'}>
        ${this.status}
      </p>
    </div>`;
  }
}

const adopted = new WeakSet<Node>();
/** Adds the list's styles to the host's shadow root once (adoptedStyleSheets: CSP-safe). */
function adoptStyles(host: Host) {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot) || adopted.has(root) || !styles.styleSheet) return;
  adopted.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
}

const lookup = directive(Lookup);

/** The template of a text field with `lookup` (see the module comment). */
export const lookupField = (ctx: FieldContext, node: FieldNode<unknown>) =>
  html`${lookup(ctx, node)}`;
