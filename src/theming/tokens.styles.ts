import { css } from 'lit';

/**
 * Design tokens in three tiers (docs/theming.md):
 *
 * 1. Inputs: `--komm-color-primary`, `--komm-font-family`, `--komm-radius` make a theme.
 *    Base colours (`--komm-color-text`, `-surface`, `-on-primary`, `-danger`, `-warning`,
 *    `-success`, `-focus`) are public too, with AA defaults.
 * 2. Derived: muted text, borders, tints, hover and the focus ring are `color-mix()` of the
 *    inputs, so one primary colour gives a coherent result in light and dark; each can still be
 *    set through its own `--komm-*` name.
 * 3. Private `--_*`: what the components read. Never set them from outside.
 *
 * Ready themes are stylesheets in dist/themes/ that set public tokens on the host (no theme
 * CSS in the bundles). Defaults meet WCAG 2.2 AA: text 4.5:1, UI 3:1 (`npx komm-theme check`).
 */
export const tokenStyles = css`
  :host {
    --_font-family: var(--komm-font-family, inherit);
    --_font-size: var(--komm-font-size, 1rem);
    --_line-height: var(--komm-line-height, 1.5);
    --_radius: var(--komm-radius, 4px);
    --_color-primary: var(--komm-color-primary, #0a5fa8);
    --_color-text: var(--komm-color-text, #1b1b1b);
    --_color-surface: var(--komm-color-surface, #fff);
    --_color-on-primary: var(--komm-color-on-primary, #fff);
    --_color-danger: var(--komm-color-danger, #b3261e);
    --_color-warning: var(--komm-color-warning, #8a4b00);
    --_color-success: var(--komm-color-success, #00703c);
    --_color-focus: var(--komm-color-focus, #ffbf47);
    --_color-muted: var(
      --komm-color-muted,
      color-mix(in srgb, var(--_color-text) 80%, var(--_color-surface))
    );
    --_color-border: var(
      --komm-color-border,
      color-mix(in srgb, var(--_color-text) 70%, var(--_color-surface))
    );
    --_color-surface-muted: var(
      --komm-color-surface-muted,
      color-mix(in srgb, var(--_color-primary) 6%, var(--_color-surface))
    );
    --_color-primary-hover: var(
      --komm-color-primary-hover,
      color-mix(in srgb, var(--_color-primary) 80%, var(--_color-text))
    );
    --_color-focus-text: var(--komm-color-focus-text, var(--_color-text));
    --_space-xs: var(--komm-space-xs, 0.25rem);
    --_space-s: var(--komm-space-s, 0.5rem);
    --_space-m: var(--komm-space-m, 1rem);
    --_space-l: var(--komm-space-l, 2rem);
    --_max-width: var(--komm-max-width, 40rem);
    --_field-border: var(--komm-field-border-color, var(--_color-border));
    --_field-border-invalid: var(--komm-field-border-color-invalid, var(--_color-danger));
    --_button-radius: var(--komm-button-radius, var(--_radius));
  }
`;
