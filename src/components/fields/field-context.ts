/**
 * What a field template needs from the assistant element: texts, values, issues and callbacks.
 * Templates are plain functions rendering native controls into the element's one shadow root.
 */
import type { TemplateResult } from 'lit';
import type { Lang, Option, Severity } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import type { PrivacyHost } from '../load-privacy.js';

export interface ShownIssue {
  text: string;
  severity: Severity;
}

export interface FieldContext {
  lang: Lang;
  t: (key: string, vars?: Record<string, unknown>) => string;
  /** Label of a field (with its `vars`), plus " (optional)" where not required. */
  label: (node: FieldNode<unknown>, withOptional?: boolean) => string;
  hint: (node: FieldNode<unknown>) => string | undefined;
  options: (node: FieldNode<unknown>) => readonly Option[];
  optionLabel: (node: FieldNode<unknown>, option: Option) => string;
  value: (path: string) => unknown;
  /** Text shown in a text-like control (keeps what the person typed, e.g. "12,50"). */
  text: (node: FieldNode<unknown>) => string;
  issue: (path: string) => ShownIssue | undefined;
  set: (node: FieldNode<unknown>, value: unknown, raw?: string) => void;
  addItem: (node: FieldNode<unknown>) => void;
  removeItem: (node: FieldNode<unknown>, index: number) => void;
  privacyNoticeUrl: string;
  officeName: string;
  /** Once the config is loaded: what the privacy summary reads where it has no URL (load-privacy.ts). */
  privacy?: (() => PrivacyHost) | undefined;
  /** Renders a child node (groups recurse through this). */
  render: (node: FieldNode<unknown>) => TemplateResult | typeof import('lit').nothing;
}

/** `hunde.0.breed` -> `f-hunde-0-breed` (ids stay inside the one shadow root). */
export const fieldId = (path: string, suffix?: string): string =>
  `f-${path.replace(/\./g, '-')}${suffix ? `-${suffix}` : ''}`;

export const describedBy = (
  path: string,
  hasHint: boolean,
  hasIssue: boolean,
): string | undefined =>
  [hasHint ? fieldId(path, 'hint') : '', hasIssue ? fieldId(path, 'error') : '']
    .filter(Boolean)
    .join(' ') || undefined;
