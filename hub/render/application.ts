/**
 * What a municipality receives of one application, as data: the one source the mail body
 * (text.ts) and the PDF (pdf.ts) are rendered from. Every answered question with its answer,
 * grouped by step, labelled and formatted as the review page shows them (same message keys and
 * fallbacks as src/components/field-context-builder.ts, same value formatting as
 * src/components/wizard/review.ts, through the engine's walk and format functions), plus the
 * computed values with the assistant's summary lines and the attachments with their sha256.
 * German: the office reads it, whatever language the citizen used.
 */
import { linkName, linkUrl } from '../../src/components/fields/link-name.js';
import { uiMessages } from '../../src/components/messages.js';
import type { MunicipalityConfig } from '../../src/engine/config.js';
import type { Assistant } from '../../src/engine/define-assistant.js';
import { emptyAnswerKey, unanswered } from '../../src/engine/files.js';
import { friendlyFormatIban } from '../../src/engine/iban.js';
import { formatDate, formatMoney, formatNumber, formatVars } from '../../src/engine/format.js';
import { createTranslator, type Translator } from '../../src/engine/messages.js';
import { isEmpty } from '../../src/engine/paths.js';
import type {
  Answers,
  ChoiceField,
  ComputedResult,
  FileAnswer,
  Option,
  SummaryLine,
} from '../../src/engine/types.js';
import { optionsOf } from '../../src/engine/validate.js';
import { walkStep, type FieldNode, type WalkInput } from '../../src/engine/walk.js';
import type { Attachment, Envelope } from '../../src/transport/envelope-schema.js';

/** One answered question, or a group (a fieldset, or one item of a list) of them. */
export type AnswerRow = { label: string; value: string } | { label: string; rows: AnswerRow[] };

export interface ApplicationView {
  /** The assistant's title (`title` message), e.g. `Hundesteuer`. */
  title: string;
  assistantId: string;
  assistantVersion: string;
  municipality: { name: string; ags: string };
  /** The office that handles this assistant (`offices[id]`, else `office`), when configured. */
  office?: { name: string; email?: string; phone?: string; address?: string };
  reference: string;
  receivedAt: string;
  /** `receivedAt` in German time, e.g. `1. Dezember 2026, 18:03 Uhr`. */
  receivedAtText: string;
  assignmentCode?: string;
  steps: { title: string; rows: AnswerRow[] }[];
  /**
   * The heading of the summary, as the review page has it (`ui.review.summary`: "Berechnung",
   * the Gewerbeanzeige's "Gebühr und Empfänger", a municipality's own).
   */
  summaryTitle: string;
  /** The assistant's summary lines (e.g. the annual tax and how it comes about). */
  summary: { text: string; tone: 'value' | 'total' | 'note'; items?: string[] }[];
  /** The computed values as sent, when there are no summary lines to show them. */
  computed: { label: string; value: string }[];
  attachments: Attachment[];
  /**
   * The answers were encrypted in the browser (`encrypted` instead of `data`): the hub cannot
   * read them, so `steps`, `summary` and `computed` are empty and the mail and PDF say so.
   */
  encrypted?: true;
}

export interface ApplicationInput {
  /** As received; an encrypted one (`encrypted`, no `data`) gives a view without answers. */
  envelope: Envelope;
  receipt: { reference: string; receivedAt: string; assignmentCode?: string };
  /** The assistant's definition; without it the answers are listed by their JSON keys. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parameters differ per assistant
  def?: Assistant<any>;
  /** The municipality's public config; its texts override the assistant's. */
  config?: MunicipalityConfig;
  /** The municipality's parsed parameters for this assistant (options, summary). */
  params?: unknown;
}

const receivedFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'long',
  timeStyle: 'short',
});

export const germanDateTime = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${receivedFormat.format(d).replace(' um ', ', ')} Uhr`;
};

/** Label of a field, as the review page shows it (no "(optional)"). */
function labelOf(tr: Translator, node: FieldNode<unknown>): string {
  const vars = formatVars(node.field.vars?.(node.ctx), tr.lang);
  for (const k of [node.field.label ?? '', `${node.key}.label`, `fields.${node.field.path}.label`])
    if (k && tr.has(k)) return tr.t(k, vars);
  return node.key;
}

function optionLabel(tr: Translator, node: FieldNode<unknown>, o: Option): string {
  if (o.text) return o.text[tr.lang] ?? o.text.de ?? o.value;
  for (const k of [
    o.label ?? '',
    `${node.key}.options.${o.value}`,
    `fields.${node.field.path}.options.${o.value}`,
  ])
    if (k && tr.has(k)) return tr.t(k);
  return o.value;
}

/** An answer formatted as `display()` of the review page does. */
function display(tr: Translator, node: FieldNode<unknown>): string {
  const v = node.value;
  const f = node.field;
  if (f.type === 'checkbox') return tr.t(v === true ? 'ui.review.yes' : 'ui.review.no');
  if (isEmpty(v)) return tr.t(emptyAnswerKey(f));
  switch (f.type) {
    case 'radio':
    case 'select': {
      const o = optionsOf(f as ChoiceField<unknown>, node.ctx).find((x) => x.value === v);
      return o ? optionLabel(tr, node, o) : String(v);
    }
    case 'checkboxes': {
      const chosen = Array.isArray(v) ? (v as unknown[]) : [];
      return optionsOf(f as ChoiceField<unknown>, node.ctx)
        .filter((o) => chosen.includes(o.value))
        .map((o) => optionLabel(tr, node, o))
        .join(', ');
    }
    case 'date':
      return formatDate(String(v), tr.lang);
    case 'money':
      return typeof v === 'number' ? formatMoney(v, tr.lang) : String(v);
    case 'number':
    case 'integer':
      return typeof v === 'number' ? formatNumber(v, tr.lang) : String(v);
    case 'iban':
      return friendlyFormatIban(String(v));
    case 'file':
      return Array.isArray(v)
        ? (v as FileAnswer[]).map((a) => a?.filename ?? '').join(', ')
        : String(v);
    default:
      return String(v);
  }
}

/**
 * A summary line as text. A web address reads as the review page's link does (link-name.ts:
 * `summary.notBinding.statuteUrl` is "Hundesteuersatzung"), with the address in brackets where it
 * has a name, so the sentence reads as on the review and the office sees where it leads.
 */
function summaryText(tr: Translator, line: SummaryLine): string {
  const vars: Record<string, unknown> = { ...line.vars };
  for (const [name, value] of Object.entries(vars)) {
    const url = linkUrl(name, value);
    const text = url && linkName(tr.t, line.key, name, url);
    if (text && text !== url) vars[name] = `${text} (${url})`;
  }
  return tr.t(line.key, vars);
}

/** The legend of one list item, as `itemLegend` of the group field. */
function itemLegend(tr: Translator, node: FieldNode<unknown>, index: number): string {
  const items = Array.isArray(node.value) ? (node.value as unknown[]) : [];
  const item = items[index];
  const vars: Record<string, unknown> = { n: index + 1 };
  if (item && typeof item === 'object')
    for (const [k, v] of Object.entries(item))
      if (typeof v === 'string' || typeof v === 'number') vars[k] = v;
  const key = `${node.key}.item`;
  const text = tr.t(key, vars);
  return text === key || /\{\w+\}/.test(text) ? tr.t('ui.list.item', vars) : text;
}

function rowsOf(tr: Translator, nodes: FieldNode<unknown>[]): AnswerRow[] {
  const out: AnswerRow[] = [];
  for (const n of nodes) {
    if (n.field.type === 'info') continue;
    if (n.field.type === 'group') {
      const label = labelOf(tr, n);
      // As on the review page: an optional group left empty is one "Nicht angegeben".
      if (!n.items && unanswered(n.children ?? [])) {
        out.push({ label, value: tr.t('ui.review.empty') });
        continue;
      }
      if (n.items)
        n.items.forEach((children, i) =>
          out.push({ label: `${label} – ${itemLegend(tr, n, i)}`, rows: rowsOf(tr, children) }),
        );
      else out.push({ label, rows: rowsOf(tr, n.children ?? []) });
      continue;
    }
    out.push({ label: labelOf(tr, n), value: display(tr, n) });
  }
  return out;
}

/** Without a definition: every answer by its JSON key, nested objects and lists as groups. */
function rawRows(value: Record<string, unknown>): AnswerRow[] {
  return Object.entries(value).map(([key, v]): AnswerRow => {
    if (Array.isArray(v) && v.some((x) => x && typeof x === 'object'))
      return {
        label: key,
        rows: v.map((x, i) =>
          x && typeof x === 'object'
            ? { label: `${key} ${i + 1}`, rows: rawRows(x as Record<string, unknown>) }
            : { label: `${key} ${i + 1}`, value: String(x) },
        ),
      };
    if (v && typeof v === 'object' && !Array.isArray(v))
      return { label: key, rows: rawRows(v as Record<string, unknown>) };
    return { label: key, value: Array.isArray(v) ? v.join(', ') : String(v) };
  });
}

const rawValue = (v: unknown): string =>
  typeof v === 'number'
    ? formatNumber(v, 'de')
    : typeof v === 'string' || typeof v === 'boolean'
      ? String(v)
      : JSON.stringify(v);

export function applicationView(input: ApplicationInput): ApplicationView {
  const { envelope, receipt, def, config } = input;
  const tr = createTranslator('de', [config?.texts ?? {}, def?.messages ?? {}, uiMessages]);
  const office = config ? (config.offices?.[envelope.assistant.id] ?? config.office) : undefined;
  // What every view has, readable or not: the assistant, the municipality and the receipt.
  const head = {
    title: tr.has('title') ? tr.t('title') : envelope.assistant.id,
    summaryTitle: tr.t('ui.review.summary'),
    assistantId: envelope.assistant.id,
    assistantVersion: envelope.assistant.version,
    municipality: config?.municipality ?? envelope.municipality,
    office,
    reference: receipt.reference,
    receivedAt: receipt.receivedAt,
    receivedAtText: germanDateTime(receipt.receivedAt),
    ...(receipt.assignmentCode ? { assignmentCode: receipt.assignmentCode } : {}),
  };
  if (typeof (envelope as { encrypted?: unknown }).encrypted === 'string')
    return {
      ...head,
      steps: [],
      summary: [],
      computed: [],
      attachments: envelope.attachments ?? [],
      encrypted: true,
    };
  const computed: ComputedResult = envelope.computed ?? {};
  const answers: Answers = envelope.data;
  // The rules' "today" of the application: the day it was received, in Germany.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(receipt.receivedAt),
  );

  let steps: ApplicationView['steps'];
  let summary: ApplicationView['summary'] = [];
  if (def && input.params !== undefined) {
    const walk: WalkInput<unknown> = { answers, params: input.params, today };
    steps = def.steps
      .map((step) => ({
        title: tr.t(step.title ?? `steps.${step.id}.title`),
        rows: rowsOf(tr, walkStep(step, walk) as FieldNode<unknown>[]),
      }))
      .filter((s) => s.rows.length > 0);
    try {
      summary = (def.summary?.({ ctx: { ...walk }, computed, lang: 'de' }) ?? []).map((l) => ({
        text: summaryText(tr, l),
        tone: l.tone ?? 'value',
        ...(l.items ? { items: l.items } : {}),
      }));
    } catch {
      summary = []; // a summary that cannot read these values: the raw computed values below
    }
  } else steps = [{ title: 'Angaben', rows: rawRows(answers) }];

  return {
    ...head,
    steps,
    summary,
    computed: summary.length
      ? []
      : Object.entries(computed).map(([label, v]) => ({ label, value: rawValue(v) })),
    attachments: envelope.attachments ?? [],
  };
}

/** `12.3 kB` style sizes for the attachment list. */
export const fileSize = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} Byte`
    : bytes < 1024 * 1024
      ? `${formatNumber(Math.round(bytes / 102.4) / 10, 'de')} KB`
      : `${formatNumber(Math.round(bytes / 104857.6) / 10, 'de')} MB`;
