import { LitElement } from 'lit';
import { VERSION } from '../version.js';
import { tokenStyles } from '../theming/tokens.styles.js';

/**
 * Base of every komm element: token styles and idempotent registration.
 */
export class KommElement extends LitElement {
  static override styles = [tokenStyles];

  /** Package version of this class (two embeds of different versions warn, never throw). */
  static readonly version = VERSION;

  /**
   * Registers the element once. A second embed of the same version is a no-op; another version
   * keeps the first definition and warns, so two script tags on one page never throw.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as (typeof KommElement & CustomElementConstructor) | undefined;
    if (existing) {
      if (existing.version !== this.version)
        console.warn(`<${tag}> is already defined by komm-assistenten ${existing.version}; ${this.version} is not registered.`);
      return;
    }
    customElements.define(tag, this);
  }
}
