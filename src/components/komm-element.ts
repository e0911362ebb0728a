import { LitElement, type PropertyValues } from 'lit';
import { VERSION } from '../version.js';
import { tokenStyles } from '../theming/tokens.styles.js';

/**
 * Base of every komm element: token styles and idempotent registration.
 */
export class KommElement extends LitElement {
  static override styles = [tokenStyles];

  /** Package version of this class (two embeds of different versions warn, never throw). */
  static readonly version: string = VERSION;

  private internals?: ElementInternals;

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      this.internals ??= this.attachInternals();
    } catch {
      // attachInternals unsupported: host states are a progressive extra.
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Development builds only (production builds drop the import): warns once when the theme
    // tokens in effect give too little contrast (src/theming/dev-contrast.ts, docs/theming.md).
    if (import.meta.env?.DEV)
      void import('../theming/dev-contrast.js').then((m) => m.warnLowContrast(this));
  }

  /** Sets or clears a custom state (`:state(name)`) on the host. */
  protected setHostState(name: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Engines that only know the `--name` syntax: states are an extra, not a dependency.
    }
  }

  /**
   * Registers the element once. A second embed of the same version is a no-op; another version
   * keeps the first definition and warns, so two script tags on one page never throw.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as
      (typeof KommElement & CustomElementConstructor) | undefined;
    if (existing) {
      if (existing.version !== this.version)
        console.warn(
          `<${tag}> is already defined by komm-assistenten ${existing.version}; ${this.version} is not registered.`,
        );
      return;
    }
    customElements.define(tag, this);
  }
}
