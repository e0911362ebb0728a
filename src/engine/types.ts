/**
 * Types of the declarative assistant definition. Headless: nothing here touches the DOM.
 */
import type { ZodMiniType } from './zod.js';

export type Lang = 'de' | 'en';
export type Category = 'simple' | 'medium' | 'complex';
export type Severity = 'error' | 'warning';

/** Plain JSON answers of one application, nested as the data contract describes. */
export type Answers = Record<string, unknown>;

/** A message dictionary: key -> text. `{name}` placeholders are filled by `t(key, vars)`. */
export type Messages = Record<string, string>;

/** Context a predicate, rule or computation sees. */
export interface EvalContext<P = unknown> {
  /** The whole (unpruned) answers object. */
  answers: Answers;
  /** The municipality's parameters for this assistant (validated with the definition's `params`). */
  params: P;
  /** The current item when the field sits in a repeatable group, else undefined. */
  item?: Record<string, unknown>;
  /** Index of `item` within its group. */
  index?: number;
  /** "Today" as an ISO date (YYYY-MM-DD); injectable for tests. */
  today: string;
}

export type Predicate<P = unknown> = (ctx: EvalContext<P>) => boolean;

export interface Option {
  value: string;
  /** Message key; defaults to `<fieldKey>.options.<value>`. */
  label?: string;
  /** Literal label per language (options that come from a municipality's config). */
  text?: Partial<Record<Lang, string>>;
}

export type FieldType =
  | 'text'
  | 'textarea'
  | 'integer'
  | 'number'
  | 'money'
  | 'date'
  | 'time'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'checkboxes'
  | 'email'
  | 'phone'
  | 'postalCode'
  | 'iban'
  | 'group'
  | 'info'
  | 'file';

interface FieldBase<P> {
  type: FieldType;
  /** Key within the parent group: one identifier, e.g. `familyName` (nest with a `group`; see defineAssistant). */
  path: string;
  /** Required when visible. Reported with code `required`. */
  required?: boolean | Predicate<P>;
  /** Field is shown, validated and sent only when this returns true. */
  visibleWhen?: Predicate<P>;
  /** Value format (zod). Runs only when the value is present. */
  schema?: ZodMiniType;
  /** HTML autocomplete token. */
  autocomplete?: string;
  /** Message key overrides; default keys are derived from the path. */
  label?: string;
  hint?: string;
  /** Renders a group as a postal address (one fieldset, address autocomplete section). */
  section?: string;
  /** Values for `{name}` placeholders in this field's label, hint and text. */
  vars?: (ctx: EvalContext<P>) => Record<string, string | number>;
  /** Input width hint for the renderer. */
  width?: 'xs' | 's' | 'm' | 'l';
  /** Value is derived by the assistant and shown read-only (never typed by the citizen). */
  readonly?: boolean;
  /**
   * FIM data field or group id (XDatenfelder, e.g. `F60000000227` Familienname) this answer
   * corresponds to. The payload's JSON Schema carries it as `x-fim-id`, so a data hub can map
   * the answer onto a FIM schema; it changes nothing in the form.
   */
  fimId?: string;
}

export interface ScalarField<P = unknown> extends FieldBase<P> {
  type: Exclude<FieldType, 'select' | 'radio' | 'checkboxes' | 'group' | 'info' | 'file'>;
  /** For text-like fields. */
  maxLength?: number;
  min?: number;
  max?: number;
  /** Suggestions or a register query from the data hub (`type: 'text'` only); see LookupOptions. */
  lookup?: LookupOptions;
  /**
   * `date` only: `birth` for a person's date of birth, whose hint's example is a date from the
   * past ("27 3 1985") also where the field must not autofill the citizen's own birthday;
   * `future` for a date that must lie ahead (a bonfire's), whose example is six to eight weeks
   * ahead. Other dates get a recent example (see `dateExample`).
   */
  dateOf?: 'birth' | 'future';
}

/**
 * A data hub lookup on a text field: `POST {endpoint}/lookups/{name}` with `{ q, ags, …params }`
 * answers `{ items: [{ value, label, … }] }` (DESIGN.md; hub/README.md "Lookups"). The field
 * stays a text field: its value is what the person typed, until they choose an item; then it
 * holds the item's `value` (or its `label`, see `store`) and `fills` copies properties of the
 * item into other fields of the same group. When the hub does not answer, the field works as a
 * plain text field and says that suggestions are unavailable: the form can always be completed.
 *
 * The renderer (`src/components/fields/lookup-field.ts`) is loaded only by assistants that use
 * lookups: import it once in the assistant's element file
 * (`import '../../components/fields/lookup-field.js';`), else the field renders as plain text.
 * Texts: the field's own `<key>.label`/`.hint`; the shared `ui.lookup.*` texts do the rest.
 *
 * ```ts
 * // A WZ 2008 subclass suggested as the person types words ("Bäckerei") or a code ("47.11"):
 * { type: 'text', path: 'wzCode', lookup: { name: 'wz2008', query: { level: 'subclass' } } }
 * // The register court, stored by name ("Amtsgericht Dresden"); Saxony's three listed first:
 * { type: 'text', path: 'registerCourt', lookup: { name: 'registergerichte', store: 'label', minChars: 0 } }
 * // A register query on a button (type + court + number); found: name and legal form filled in:
 * { type: 'text', path: 'registerNumber', lookup: { name: 'register', mode: 'button',
 *   params: { type: 'registerType', court: 'registerCourt' },
 *   fills: { registeredName: 'registeredName', legalForm: 'legalForm' } } }
 * ```
 */
export interface LookupOptions {
  /** The hub's lookup: `wz2008`, `registergerichte`, `register`, `strassen`. */
  name: string;
  /**
   * `suggest` (default): an ARIA combobox offering up to 20 items as the person types.
   * `button`: a "look up" button below the field, for queries over several fields (the
   * register): the first item found fills `fills`; none found is said plainly.
   */
  mode?: 'suggest' | 'button';
  /** Characters typed before the first request (`suggest`; default 2; 0 lists on focus). */
  minChars?: number;
  /** What the field holds once an item is chosen: its `value` (default) or its `label`. */
  store?: 'value' | 'label';
  /** Further request members taken from fields of the same group: member -> field key. */
  params?: Record<string, string>;
  /** Fixed request members, e.g. `{ level: 'subclass' }` (WZ 2008: only the 5-digit codes). */
  query?: Record<string, string>;
  /** Fields of the same group filled from the chosen item: field key -> item property. */
  fills?: Record<string, string>;
}

export interface ChoiceField<P = unknown> extends FieldBase<P> {
  type: 'select' | 'radio' | 'checkboxes';
  /** Options, fixed or derived from the municipality's parameters. */
  options: readonly Option[] | ((ctx: EvalContext<P>) => readonly Option[]);
}

export interface InfoField<P = unknown> extends FieldBase<P> {
  type: 'info';
  /** Message key of the text; default `<key>.text`. `{var}` placeholders come from `vars`. */
  text?: string;
  /** Renders a link to the municipality's privacy notice below the text. */
  link?: 'privacyNotice';
  /** Visual emphasis. */
  tone?: 'info' | 'warning';
}

export interface GroupField<P = unknown> extends FieldBase<P> {
  type: 'group';
  fields: FieldDef<P>[];
  /** Makes the group a list (`path` holds an array). */
  repeat?: {
    min?: number;
    max?: number;
    /** Whether this step may add and remove items (only on the step that owns the list). */
    editable?: boolean;
    /** Message key for one item's legend, with `{n}` and item fields as vars. */
    itemLabel?: string;
  };
}

/** One uploaded file as an answer holds it (the hub's `201` of `POST /uploads`; no bytes). */
export interface FileAnswer {
  uploadId: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * Files uploaded to the hub before sending (DESIGN.md transport contract, step 1). The answer is
 * a list of `FileAnswer`s; the envelope's `attachments[]` carries each with its `field` path.
 * Declare it like any field, e.g.
 * `{ type: 'file', path: 'evidenceFile', required: true, accept: ['application/pdf'], maxFiles: 3 }`;
 * texts `<key>.label` and optionally `<key>.hint` (the allowed types and the limit are added).
 * The element class of an assistant with file fields imports `components/fields/file-field.js`
 * once (the renderer stays out of the other bundles).
 */
export interface FileField<P = unknown> extends FieldBase<P> {
  type: 'file';
  /** Accepted media types (the hub checks the content). Default PDF, JPEG, PNG. */
  accept?: readonly string[];
  /** Largest file in bytes. Default 10 MB (the hub's per-municipality limit still applies). */
  maxSize?: number;
  /** Several files (default one). */
  multiple?: boolean;
  /** Fewest files when answered (default 1 when required). */
  minFiles?: number;
  /** Most files (default 1, or 10 when `multiple`). */
  maxFiles?: number;
}

export type FieldDef<P = unknown> =
  ScalarField<P> | ChoiceField<P> | InfoField<P> | GroupField<P> | FileField<P>;

/** A cross-field rule. `check` returns true when fine. */
export interface Rule<P = unknown> {
  /** Normalised path where the issue is shown, e.g. `hunde[].heldSince`. */
  path: string;
  code: string;
  severity?: Severity;
  /** For rules on list items, `check` is called once per item (with `item`/`index`). */
  check: (ctx: EvalContext<P>) => boolean;
  /**
   * Values for the `{name}` placeholders of the rule's message, so the text can name the
   * configured limit ("Wählen Sie ein Datum ab dem {earliestDate}."). Called only when `check`
   * fails, with the same context; the result becomes `issue.params`.
   *
   * Return raw values, never text for one language: the hub and the browser format them for the
   * reader when the message is built (`formatVars`): numbers by locale (`2.5` -> `2,5`), and ISO
   * dates (`YYYY-MM-DD`) under a key that ends in `Date` as `13.12.2026` / `13 December 2026`.
   */
  params?: (ctx: EvalContext<P>) => Record<string, string | number>;
}

export interface StepDef<P = unknown> {
  id: string;
  /** Message key of the question heading; default `steps.<id>.title`. */
  title?: string;
  /** Optional lead text key; default `steps.<id>.lead` when present in messages. */
  fields: FieldDef<P>[];
  visibleWhen?: Predicate<P>;
}

export interface SummaryLine {
  key: string;
  vars?: Record<string, string | number>;
  /**
   * Shown as a list after the line's text (the lead, e.g. "… geht Ihre Anzeige auch an:"), one
   * item each: on the review a `<ul>`, in the office's mail and PDF one line per item. Plain
   * text, already in the reader's language.
   */
  items?: string[];
  /** `total` stands out (the amount that matters), `note` is small print (e.g. "not binding"). */
  tone?: 'value' | 'total' | 'note';
}

export interface ComputedResult {
  [key: string]: unknown;
}

export interface AssistantDefinition<P = unknown> {
  id: string;
  version: string;
  schemaVersion: string;
  category: Category;
  /** Prefix of the hub's reference numbers, e.g. `HST`. */
  referencePrefix: string;
  /** The municipality's parameters for this assistant (`config.assistants[id]`). */
  params: ZodMiniType<P>;
  steps: StepDef<P>[];
  rules?: Rule<P>[];
  /** Derived values, shown on the review page and sent in `computed`. Must be pure. */
  computed?: (ctx: EvalContext<P>) => ComputedResult;
  /**
   * Lines shown above the answers on the review page (e.g. the expected annual tax), each a
   * message key with values. `lang` is given so amounts can be formatted for the reader.
   */
  summary?: (args: { ctx: EvalContext<P>; computed: ComputedResult; lang: Lang }) => SummaryLine[];
  messages: Record<Lang, Messages>;
}

/** One validation issue, keyed by a concrete data path. */
export interface Issue {
  /** Concrete path, e.g. `hunde.0.breed`. */
  path: string;
  /** Normalised field key, e.g. `hunde[].breed`. */
  key: string;
  code: string;
  severity: Severity;
  /** Id of the step that shows the field. */
  step: string;
  /**
   * Values for the message's placeholders: zod's `minimum`/`maximum`, or what the rule's `params`
   * returned. Raw (language-independent); see `Rule.params` for how they are formatted.
   */
  params?: Record<string, unknown>;
}
