/**
 * Keeps the answers and the current step across a reload: sessionStorage (this tab only) by
 * default, nothing with `draft="off"`. Drafts carry the schema version; an old draft is dropped.
 * With `draft="device"` and the citizen's consent, the offline part (`../offline.ts`) sets
 * `device`, which then gets every saved draft too (IndexedDB), and `undefined` when it is cleared.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers } from '../../engine/types.js';

export interface Draft {
  schemaVersion: string;
  answers: Answers;
  stepId?: string;
  view?: 'step' | 'review';
  envelopeId?: string;
  /** When the application was first sent (kept so a resend carries the same body). */
  submittedAt?: string;
  /** Language of the first send (kept with `submittedAt`, so a resend has the same body). */
  locale?: 'de' | 'en';
  savedAt: string;
}

export class DraftController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: Draft;
  /** Also keeps drafts on the device (set only after consent). */
  device?: (draft?: Draft) => void;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    readonly key: () => string | undefined,
    private readonly enabled: () => boolean,
    private readonly onSaved: (savedAt: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    this.flush();
    removeEventListener('pagehide', this.flush);
  }

  load(schemaVersion: string): Draft | undefined {
    const key = this.key();
    if (!key || !this.enabled()) return undefined;
    try {
      const raw = sessionStorage.getItem(key);
      if (!raw) return undefined;
      const draft = JSON.parse(raw) as Draft;
      if (draft.schemaVersion !== schemaVersion || typeof draft.answers !== 'object')
        return undefined;
      // A timestamp the envelope schema would refuse must not block sending for good.
      if (typeof draft.submittedAt !== 'string' || Number.isNaN(Date.parse(draft.submittedAt)))
        delete draft.submittedAt;
      if (draft.locale !== 'de' && draft.locale !== 'en') delete draft.locale;
      return draft;
    } catch {
      return undefined;
    }
  }

  /** Saves soon (typing is batched); `flush` writes at once. */
  save(draft: Omit<Draft, 'savedAt'>): void {
    if (!this.enabled()) return;
    this.pending = { ...draft, savedAt: new Date().toISOString() };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, 250);
  }

  readonly flush = (): void => {
    clearTimeout(this.timer);
    const key = this.key();
    if (!this.pending || !key) return;
    this.device?.(this.pending);
    try {
      sessionStorage.setItem(key, JSON.stringify(this.pending));
      this.onSaved(this.pending.savedAt);
    } catch {
      // Storage full or blocked (private mode): the answers stay in memory; nothing to tell.
    }
    this.pending = undefined;
  };

  clear(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.device?.();
    const key = this.key();
    if (key)
      try {
        sessionStorage.removeItem(key);
      } catch {
        /* see flush */
      }
  }
}
