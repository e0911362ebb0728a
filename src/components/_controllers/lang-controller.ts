/**
 * Follows the language of the nearest ancestor with `lang` (DESIGN: the element's own `lang`,
 * else the page's), also when the page switches language later; and, for the script-tag bundle,
 * loads the English texts the first time English is wanted (German stays until they are there).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../../engine/messages.js';
import type { Lang } from '../../engine/types.js';
import { loadTexts, needsLoading, shownLang } from '../lang-texts.js';

export class LangController implements ReactiveController {
  /** The ancestors' language (German when none declares one). */
  inherited: Lang = 'de';
  private observer?: MutationObserver;
  private waiting = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The language to show for the wanted one: German while the English texts are loading (then
   * the host renders again) or when they could not be loaded.
   */
  shown(wanted: Lang): Lang {
    if (needsLoading(wanted) && !this.waiting) {
      this.waiting = true;
      void loadTexts().then(() => {
        this.waiting = false;
        this.host.requestUpdate();
      });
    }
    return shownLang(wanted);
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
