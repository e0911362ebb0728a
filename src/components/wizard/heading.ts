import { html, nothing, type TemplateResult } from 'lit';

interface HeadingOptions {
  id?: string;
  part?: string;
  /** Focusable from script only (`tabindex="-1"`), so a step change can move focus to it. */
  focusable?: boolean;
}

/**
 * A heading at a level that fits the host page's outline (`heading-level`); every heading of the
 * assistant is placed relative to it, so axe's heading order holds at any level.
 */
export function hx(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const part = o.part ?? nothing;
  const tabindex = o.focusable ? '-1' : nothing;
  switch (Math.min(Math.max(Math.round(level), 1), 6)) {
    case 1:
      return html`<h1 id=${id} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}

/** The question of a step (and the title of the review and confirmation pages). */
export const heading = (level: number, content: unknown): TemplateResult =>
  hx(level, content, { id: 'step-title', part: 'step-title', focusable: true });
