/**
 * Follows the language of the nearest ancestor with `lang` (DESIGN: the element's own `lang`,
 * else the page's), also when the page switches language later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../../engine/messages.js';
import type { Lang } from '../../engine/types.js';

export class LangController implements ReactiveController {
  /** The ancestors' language (German when none declares one). */
  inherited: Lang = 'de';
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read() {
    const lang = resolveLang(this.host.parentElement?.closest('[lang]')?.getAttribute('lang'));
    if (lang === this.inherited) return;
    this.inherited = lang;
    this.host.requestUpdate();
  }
}
