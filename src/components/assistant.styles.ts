import { css } from 'lit';

/** Layout of the wizard and its fields. Only private `--_*` tokens; no literal colours. */
export const assistantStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color-scheme: var(--komm-color-scheme, light);
    box-sizing: border-box;
    max-width: var(--_max-width);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: var(--_space-m) 0;
    overflow-wrap: break-word;
    /* Long German words hyphenate where the browser has a dictionary (lang is set on the root). */
    hyphens: auto;
  }
  /* Headings get focus from the script (step change), never from Tab: no ring, as GOV.UK. */
  [tabindex='-1']:is(h1, h2, h3, h4, h5, h6):focus {
    outline: none;
    box-shadow: none;
  }
  p,
  dd,
  li {
    overflow-wrap: anywhere;
  }
  .assistant-title,
  .progress {
    margin: 0;
    color: var(--_color-muted);
  }
  .lead {
    font-size: 1.1em;
  }
  /* What "Weiter" will show, laid out at idle after the shown step (renderAhead, placeStep):
     hidden while it is laid out, then skipped with its layout kept until it is shown. */
  .ahead {
    height: 0;
    overflow: clip;
    visibility: hidden;
  }
  .next-step {
    content-visibility: hidden;
  }
  /* Browsers without it (Safari before 18, Firefox before 125) must not show it: not laid out
     ahead there, but hidden. */
  @supports not (content-visibility: hidden) {
    .next-step {
      display: none;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .field,
  .list {
    margin: 0 0 var(--_space-l);
  }
  .field.has-error {
    border-inline-start: 4px solid var(--_color-danger);
    padding-inline-start: var(--_space-m);
  }
  .field.has-warning {
    border-inline-start: 4px solid var(--_color-warning);
    padding-inline-start: var(--_space-m);
  }
  label,
  legend {
    display: block;
    font-weight: 700;
    margin-bottom: var(--_space-xs);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  fieldset.group > legend {
    font-size: 1.15em;
    margin-bottom: var(--_space-s);
  }
  fieldset.item {
    border-inline-start: 4px solid var(--_color-border);
    padding-inline-start: var(--_space-m);
    margin-bottom: var(--_space-l);
  }
  .hint {
    color: var(--_color-muted);
    margin: 0 0 var(--_space-s);
  }
  .error,
  .warning {
    font-weight: 700;
    margin: 0 0 var(--_space-s);
  }
  .error {
    color: var(--_color-danger);
  }
  .warning {
    color: var(--_color-warning);
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 2px solid var(--_field-border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
    width: 100%;
    min-height: 2.5rem;
  }
  /* Only the button of a file input shows: the native "No file chosen" or file name was cut to
     "No …osen" on a 320 px screen, and the list under the field names the chosen files. */
  .file-field input[type='file'] {
    color: transparent;
  }
  .file-field input[type='file']::file-selector-button {
    color: var(--_color-text);
    font: inherit;
  }
  input.w-xs {
    max-width: 5ch;
  }
  input.w-s {
    max-width: 10ch;
  }
  input.w-m {
    max-width: 20ch;
  }
  input.w-l {
    max-width: 32ch;
  }
  input[type='time'] {
    max-width: 10rem;
  }
  input.w-day {
    max-width: 3.5em;
  }
  input.w-year {
    max-width: 5.5em;
  }
  .date {
    display: flex;
    gap: var(--_space-m);
  }
  .date label {
    font-weight: 400;
  }
  [aria-invalid='true'] {
    border-color: var(--_field-border-invalid) !important;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_color-focus-text);
  }
  .choices {
    display: grid;
    gap: var(--_space-s);
  }
  .choice {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    min-width: 0;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_color-primary);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
    /* A long word ("Lebenspartnerschaftsurkunde") wraps inside a narrow column. */
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .affix {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    max-width: 14rem;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: center;
    margin: var(--_space-l) 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_button-radius);
    padding: var(--_space-s) var(--_space-m);
    min-height: 2.75rem;
  }
  a.button {
    display: inline-block;
    border-radius: var(--_button-radius);
    padding: var(--_space-s) var(--_space-m);
    min-height: 2.75rem;
    box-sizing: border-box;
    line-height: 1.6;
    text-decoration: none;
  }
  button.primary,
  a.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    border: 2px solid transparent;
    font-weight: 700;
  }
  button.primary:hover,
  a.primary:hover {
    background: var(--_color-primary-hover);
  }
  button.primary[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  button.secondary {
    background: var(--_color-surface-muted);
    color: var(--_color-text);
    border: 2px solid var(--_color-border);
  }
  button.link {
    background: none;
    border: 0;
    padding: 0;
    min-height: auto;
    color: var(--_color-primary);
    text-decoration: underline;
    text-align: start; /* a wrapped link reads like a link, not a centred button */
  }
  /* "Antworten als Datei speichern" / "Aus Datei fortsetzen": one per line, never run together. */
  .files > .link {
    display: block;
    margin-top: var(--_space-s);
  }
  a {
    color: var(--_color-primary);
  }
  .error-summary,
  .submit-failure,
  .config-error {
    border: 4px solid var(--_color-danger);
    padding: var(--_space-m);
    margin: var(--_space-m) 0;
  }
  .error-summary.warnings {
    border-color: var(--_color-warning);
  }
  .error-summary:focus,
  .submit-failure:focus {
    outline: 3px solid var(--_color-focus);
    box-shadow: none;
  }
  .choice + .hint {
    margin-inline-start: calc(1.5rem + var(--_space-s));
  }
  .error-summary :is(h1, h2, h3, h4, h5, h6),
  .submit-failure :is(h1, h2, h3, h4, h5, h6),
  .config-error :is(h1, h2, h3, h4, h5, h6) {
    margin-top: 0;
  }
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 700;
  }
  .error-summary.warnings a,
  .error-summary .warnings a {
    color: var(--_color-warning);
  }
  .info {
    background: var(--_color-surface-muted);
    border-inline-start: 4px solid var(--_color-primary);
    padding: var(--_space-s) var(--_space-m);
    margin: 0 0 var(--_space-l);
  }
  .info-warning {
    border-inline-start-color: var(--_color-warning);
  }
  .info p {
    margin: var(--_space-xs) 0;
  }
  .info a,
  .summary a {
    overflow-wrap: anywhere;
  }
  .review dl {
    margin: 0;
  }
  .review-step {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space-s);
    margin-bottom: var(--_space-m);
  }
  /* "Ändern" has one place in every section: at the end of the heading's first line, or on a
     narrow column (a phone) on its own line under the heading. Wrapping put it beside a short
     heading and under a long one, so a stranger at 320 px found it in two places. */
  .review-step-head {
    display: flex;
    align-items: baseline;
    gap: var(--_space-m);
  }
  .review-step-head > :first-child {
    flex: 1 1 auto;
    min-width: 0;
  }
  .review-step-head > button {
    flex: none;
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(8rem, 2fr) 3fr;
    gap: var(--_space-m);
    padding: var(--_space-xs) 0;
  }
  .review-row dt {
    font-weight: 700;
  }
  .review-row dd,
  .review-group > dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .review-group-title {
    font-weight: 700;
    font-size: 1.05em;
    margin-top: var(--_space-m);
    padding-bottom: var(--_space-xs);
    border-bottom: 1px solid var(--_color-border);
  }
  @container (max-width: 30rem) {
    .review-row {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .review-step-head {
      flex-direction: column;
      align-items: start;
      gap: 0;
    }
    .review-step-head > :first-child {
      margin-bottom: var(--_space-xs);
    }
  }
  .summary {
    background: var(--_color-surface-muted);
    padding: var(--_space-s) var(--_space-m);
  }
  .summary p {
    margin: var(--_space-xs) 0;
  }
  /* A summary line's items (the Gewerbeanzeige's recipients) as a list under its lead. A name
     wraps between words; a word breaks only where it is wider than the line. */
  .summary ul {
    margin: 0 0 var(--_space-xs);
    padding-inline-start: 1.25em;
  }
  .summary li {
    overflow-wrap: break-word;
  }
  .summary li + li {
    margin-top: 0.25em;
  }
  .summary-total {
    font-size: 1.15em;
    font-weight: 700;
  }
  .panel {
    background: var(--_color-success);
    color: var(--_color-on-primary);
    padding: var(--_space-m);
    text-align: center;
  }
  .reference {
    font-size: 1.5em;
    overflow-wrap: anywhere;
  }
  /* 1.5em, not 2em: the ten characters fit one line of a 320 px phone (they broke as "…M6" / "G"). */
  .assignment-code {
    font-size: 1.5em;
    font-family: ui-monospace, monospace;
    letter-spacing: 0.05em;
  }
  /* Read and typed as one piece: on a small screen a size that keeps each on one line (a break
     after the reference's hyphen reads as two numbers). */
  @media (max-width: 30em) {
    .panel {
      padding-inline: var(--_space-s);
    }
    .reference {
      font-size: 1.25em;
    }
    .assignment-code {
      font-size: 1.5em;
    }
  }
  @media (forced-colors: active) {
    .field.has-error,
    .field.has-warning,
    .error-summary,
    .submit-failure,
    .config-error,
    .info {
      border-color: CanvasText;
    }
    button.primary,
    button.secondary,
    a.primary {
      border: 2px solid ButtonText;
    }
    .panel {
      border: 2px solid CanvasText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
