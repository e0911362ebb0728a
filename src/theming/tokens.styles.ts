import { css } from 'lit';

/**
 * Public `--komm-*` tokens mapped to private `--_*` values with shipped defaults (embeds cannot
 * rely on global CSS). Defaults meet WCAG 2.2 AA: text 4.5:1, UI borders 3:1 on white.
 * Themes: `theme="kontrast"` (high contrast), `theme="dunkel"` (dark).
 */
export const tokenStyles = css`
  :host {
    --_font-family: var(--komm-font-family, inherit);
    --_font-size: var(--komm-font-size, 1rem);
    --_line-height: var(--komm-line-height, 1.5);
    --_color-text: var(--komm-color-text, #1b1b1b);
    --_color-muted: var(--komm-color-muted, #4a5459);
    --_color-surface: var(--komm-color-surface, #ffffff);
    --_color-surface-muted: var(--komm-color-surface-muted, #f3f2f1);
    --_color-primary: var(--komm-color-primary, #0a5fa8);
    /* Derived from the primary colour, so a custom primary keeps its own hover shade. */
    --_color-primary-hover: var(
      --komm-color-primary-hover,
      color-mix(in srgb, var(--_color-primary) 80%, #000000)
    );
    --_color-on-primary: var(--komm-color-on-primary, #ffffff);
    --_color-danger: var(--komm-color-danger, #b3261e);
    --_color-warning: var(--komm-color-warning, #8a4b00);
    --_color-success: var(--komm-color-success, #00703c);
    --_color-border: var(--komm-color-border, #5f6b70);
    --_color-focus: var(--komm-color-focus, #ffbf47);
    --_color-focus-text: var(--komm-color-focus-text, #0b0c0c);
    --_radius: var(--komm-radius, 4px);
    --_space-xs: var(--komm-space-xs, 0.25rem);
    --_space-s: var(--komm-space-s, 0.5rem);
    --_space-m: var(--komm-space-m, 1rem);
    --_space-l: var(--komm-space-l, 2rem);
    --_max-width: var(--komm-max-width, 40rem);
    --_field-border: var(--komm-field-border-color, var(--_color-border));
    --_field-border-invalid: var(--komm-field-border-color-invalid, var(--_color-danger));
    --_button-radius: var(--komm-button-radius, var(--_radius));
  }
  :host([theme='kontrast']) {
    --_color-text: var(--komm-color-text, #000000);
    --_color-muted: var(--komm-color-muted, #1b1b1b);
    --_color-primary: var(--komm-color-primary, #00386b);
    --_color-primary-hover: var(--komm-color-primary-hover, #000000);
    --_color-border: var(--komm-color-border, #000000);
    --_color-danger: var(--komm-color-danger, #8f0000);
  }
  :host([theme='dunkel']) {
    color-scheme: dark;
    --_color-text: var(--komm-color-text, #f2f2f2);
    --_color-muted: var(--komm-color-muted, #c8ced1);
    --_color-surface: var(--komm-color-surface, #15191c);
    --_color-surface-muted: var(--komm-color-surface-muted, #232a2e);
    --_color-primary: var(--komm-color-primary, #8cc8ff);
    --_color-primary-hover: var(
      --komm-color-primary-hover,
      color-mix(in srgb, var(--_color-primary) 75%, #ffffff)
    );
    --_color-on-primary: var(--komm-color-on-primary, #0b0c0c);
    --_color-danger: var(--komm-color-danger, #ff9c94);
    --_color-warning: var(--komm-color-warning, #ffc266);
    --_color-success: var(--komm-color-success, #7fdca4);
    --_color-border: var(--komm-color-border, #9aa5ab);
  }
`;
