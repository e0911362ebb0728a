/**
 * What keeps an application in the browser (issue 12), loaded only when needed (see
 * `load-offline.ts`; beside a script-tag bundle it is the file `komm-offline.js`):
 *
 * - the outbox (`../transport/outbox.ts`): the element's queued state, sending on load, on
 *   `online` and with back-off, and the later confirmation;
 * - drafts on the device (`draft="device"`): IndexedDB, only after the citizen's consent, with a
 *   time to live and the assistant's `schemaVersion`, and a button to delete them;
 * - continuing from an answers file.
 *
 * It imports neither lit nor the engine: the element passes `html` and itself (`OfflineHost`),
 * so this file stays small and renders with the bundle's own lit.
 */
import type { html as Html, TemplateResult } from 'lit';
import type { Translator } from '../engine/messages.js';
import type { Answers, Issue, Lang, Messages } from '../engine/types.js';
import { KommOutboxChangeEvent } from '../events/outbox-change.js';
import type { SubmitFailure, SubmitOutcome } from '../transport/outcome.js';
import type { EncryptedEnvelope } from '../transport/encrypt.js';
import type { Envelope } from '../transport/envelope-schema.js';
import {
  database,
  enqueue,
  onOutboxChange,
  markShown,
  removeEntry,
  sendDue,
  sweepShown,
  whileLocked,
  type OutboxEntry,
  type OutboxSend,
} from '../transport/outbox.js';
import type { Draft, DraftController } from './_controllers/draft-controller.js';

const de: Messages = {
  'offline.queued.title': 'Ihr Antrag ist auf diesem Gerät gespeichert',
  'offline.queued.text':
    'Gerade besteht keine Verbindung. Ihr Antrag wird automatisch gesendet, sobald die Verbindung wieder besteht, auch wenn Sie diese Seite schließen und später in diesem Browser wieder öffnen. Danach sehen Sie hier Ihre Vorgangsnummer.',
  'offline.consent.label': 'Auf diesem Gerät zwischenspeichern',
  'offline.consent.hint':
    'Freiwillig: Ihre Angaben werden dann nur in diesem Browser auf diesem Gerät gespeichert, nicht gesendet, und nach {days} Tagen gelöscht (§ 25 Abs. 1 TDDDG, Art. 6 Abs. 1 Buchst. a DSGVO). Sie können das jederzeit beenden. Nutzen Sie es nicht auf einem Gerät, das andere mitbenutzen.',
  'offline.draft.delete': 'Entwurf von diesem Gerät löschen',
  'offline.draft.deleted': 'Der Entwurf wurde von diesem Gerät gelöscht.',
  'offline.draft.restored': 'Ihr Entwurf wurde von diesem Gerät geladen.',
  'offline.draft.expired': 'Ihr Entwurf war älter als {days} Tage und wurde gelöscht.',
  'offline.draft.incompatible':
    'Ihr gespeicherter Entwurf passt nicht zur aktuellen Version dieses Antrags und wurde gelöscht. Bitte beginnen Sie neu.',
  'offline.file.loaded': 'Ihre Antworten aus der Datei wurden geladen. Bitte prüfen Sie sie.',
  'offline.file.invalid':
    'Diese Datei ist keine Antwortdatei dieses Antrags. Es wurde nichts geladen.',
  'offline.file.other':
    'Diese Datei gehört zu einem anderen Antrag („{assistant}“). Es wurde nichts geladen.',
  'offline.file.newer':
    'Diese Datei stammt aus einer neueren Version dieses Antrags. Es wurde nichts geladen. Bitte öffnen Sie die Seite, auf der Sie die Datei gespeichert haben.',
  'offline.file.older':
    'Diese Datei stammt aus einer älteren Version dieses Antrags, die nicht mehr passt. Es wurde nichts geladen.',
  'offline.file.tampered':
    'Die Datei enthält Angaben in einer unerwarteten Form, vielleicht wurde sie nachträglich verändert. Es wurde nichts geladen.',
};

const en: Messages = {
  'offline.queued.title': 'Your application is saved on this device',
  'offline.queued.text':
    'There is no connection right now. Your application will be sent automatically as soon as the connection is back, even if you close this page and open it again later in this browser. You will then see your reference number here.',
  'offline.consent.label': 'Save a draft on this device',
  'offline.consent.hint':
    'Optional: your answers are then stored only in this browser on this device, not sent, and deleted after {days} days (§ 25(1) TDDDG, Art. 6(1)(a) GDPR). You can stop this at any time. Do not use it on a device others share.',
  'offline.draft.delete': 'Delete the draft from this device',
  'offline.draft.deleted': 'The draft has been deleted from this device.',
  'offline.draft.restored': 'Your draft has been loaded from this device.',
  'offline.draft.expired': 'Your draft was older than {days} days and has been deleted.',
  'offline.draft.incompatible':
    'Your saved draft does not fit the current version of this application and has been deleted. Please start again.',
  'offline.file.loaded': 'Your answers have been loaded from the file. Please check them.',
  'offline.file.invalid':
    'This file is not an answers file of this application. Nothing was loaded.',
  'offline.file.other':
    'This file belongs to another application (“{assistant}”). Nothing was loaded.',
  'offline.file.newer':
    'This file comes from a newer version of this application. Nothing was loaded. Please open the page where you saved the file.',
  'offline.file.older':
    'This file comes from an older version of this application that no longer fits. Nothing was loaded.',
  'offline.file.tampered':
    'The file holds answers in an unexpected form; it may have been changed. Nothing was loaded.',
};

/** The texts of this part, added to the element's translator once it is loaded. */
export const offlineMessages: Record<Lang, Messages> = { de, en };

/** What this part uses of `<komm-…>` (the element passes itself; see `KommAssistant`). */
export interface OfflineHost extends HTMLElement {
  readonly def: { id: string; schemaVersion: string };
  readonly draft: string;
  readonly draftTtl: number;
  readonly drafts: DraftController & { key: () => string | undefined };
  readonly submission: { sending: boolean; failure?: SubmitFailure; clear(): void };
  readonly store: { replace(answers: Answers, save: boolean): void };
  envelopeId: string;
  submittedAt: string;
  sentLocale?: Lang;
  view: string;
  requestUpdate(): void;
  /** Sends one outbox entry once (no retries). */
  outboxSend: OutboxSend;
  /** Starts over from a draft. */
  start(draft: Draft): void;
  /** Saves the draft now. */
  persist(now: boolean): void;
  /** Shows the confirmation and fires `komm-submit-success`. */
  confirm(receipt: NonNullable<OutboxEntry['receipt']>): void;
  /** The issues of these answers (the answers file check). */
  issuesOf(answers: Answers): Issue[];
  loadAnswers(answers: Answers): void;
}

const DAY = 86_400_000;
const DRAFTS = 'drafts';
const senders = new Map<string, OutboxSend>();
let timer: ReturnType<typeof setTimeout> | undefined;
let round = Promise.resolve();

/** Sends what is due (everything pending with `force`), one round at a time, and plans the next. */
function kick(force = false): void {
  round = round.then(async () => {
    clearTimeout(timer);
    try {
      const next = navigator.onLine ? await sendDue(senders, force) : undefined;
      if (next !== undefined) timer = setTimeout(kick, next - Date.now());
    } catch (e) {
      console.warn('komm-assistenten: outbox', e);
    }
  });
}
globalThis.addEventListener?.('online', () => kick(true));

type Note = { key: string; vars?: Record<string, string | number>; alert?: boolean };

/** One element's part: created once per element when first needed. */
export class Offline {
  /** An application of this element waits in the outbox. */
  queued = false;
  /** The citizen agreed to keep the draft on this device (`draft="device"`). */
  consent = false;
  note?: Note;
  /** The id of the envelope this element is sending itself (not shown as queued meanwhile). */
  private busy?: string;
  readonly texts = offlineMessages;
  /** Resolves when the device draft and the outbox were looked at (tests, `queue`). */
  readonly ready: Promise<void>;

  constructor(private readonly h: OfflineHost) {
    senders.set(h.def.id, (e) => h.outboxSend(e));
    onOutboxChange(() => void this.sync());
    this.ready = (async () => {
      if (h.draft === 'device') await this.restore();
      await this.sync();
      kick();
    })().catch((e) => console.warn('komm-assistenten: offline storage', e));
  }

  private get key() {
    return this.h.drafts.key() ?? '';
  }

  private show(note?: Note) {
    this.note = note;
    this.h.requestUpdate();
  }

  /**
   * Sends an application through the outbox: it is kept on this device first, then `direct`
   * sends it (the element's transport with its retries) under the envelope's Web Lock. Sent or
   * refused, it leaves the outbox; offline, still failing after the retries, or the tab closed
   * meanwhile, it stays there and is sent later. Resolves undefined when it stays queued.
   */
  async send(
    endpoint: string,
    envelope: Envelope,
    direct: () => Promise<SubmitOutcome>,
  ): Promise<SubmitOutcome | undefined> {
    const { h } = this;
    const { id } = envelope;
    // At once, before the first await: the element's guard then refuses a second click.
    h.submission.sending = true;
    this.busy = id;
    try {
      const entry = { id, key: this.key, assistant: h.def.id, endpoint, envelope };
      try {
        await enqueue(entry);
      } catch (e) {
        console.warn('komm-assistenten: outbox', e);
        return await direct(); // no IndexedDB here: sent as without the outbox
      }
      const o = navigator.onLine ? await whileLocked(id, direct) : undefined;
      // Aborted by `reset()`: gone; aborted because the element left the page: sent later.
      if (o && (o.ok || !o.retryable || (o.kind === 'aborted' && h.envelopeId !== id)))
        await removeEntry(id);
      if (o && (o.ok || !o.retryable || o.kind === 'aborted')) return o;
      // The outbox's first try counts from now, not from before the client's own retries.
      if (o) await enqueue(entry).catch(() => undefined);
      h.submission.clear();
      this.queued = true;
      kick(); // the next try (offline: on `online`)
      h.requestUpdate();
    } finally {
      this.busy = undefined;
    }
  }

  /**
   * Shows a queued or refused application as the element's own (also in a new tab). An
   * end-to-end encrypted one (`encrypted` instead of `data`) cannot be read on this device: the
   * answers stay as they are (this tab's draft, if any) and the entry is sent as it was sealed.
   */
  private adopt(e: Envelope | EncryptedEnvelope) {
    const { h } = this;
    if ('data' in e) h.store.replace(e.data, false);
    h.envelopeId = e.id;
    h.submittedAt = e.submittedAt;
    h.sentLocale = e.locale;
    h.view = 'review';
  }

  /** Looks for this element's entry: shows it queued, or its confirmation or refusal. */
  private async sync() {
    const { h } = this;
    const all = await sweepShown();
    // A receipt or refusal another tab has shown counts only for a tab still waiting for it.
    const mine = all.find(
      (e) => e.key === this.key && e.id !== this.busy && (this.queued || !e.shownAt),
    );
    this.queued = false;
    if (mine) {
      if ((mine.receipt || mine.failure) && !mine.shownAt) await markShown(mine);
      if (mine.receipt) h.confirm(mine.receipt);
      else {
        this.adopt(mine.envelope);
        this.queued = !mine.failure;
        h.submission.failure = mine.failure;
      }
    }
    const count = (f: (e: OutboxEntry) => unknown) => all.filter((e) => !e.shownAt && f(e)).length;
    h.dispatchEvent(
      new KommOutboxChangeEvent({
        pending: count((e) => !e.receipt && !e.failure),
        sent: count((e) => e.receipt),
        failed: count((e) => e.failure),
      }),
    );
    h.requestUpdate();
  }

  // ---- Drafts on this device ------------------------------------------------------------------

  /** Writes (or with no draft deletes) this element's draft on the device. */
  private async write(draft?: Draft) {
    const db = await database();
    await (draft
      ? db.put(DRAFTS, { key: this.key, savedAt: Date.now(), draft })
      : db.delete(DRAFTS, this.key));
  }

  /** Device saving follows the consent: without it, nothing is written. */
  private hook() {
    this.h.drafts.device = this.consent ? (d) => void this.write(d) : undefined;
  }

  private async restore() {
    const { h } = this;
    const days = h.draftTtl;
    const rec = (await (await database()).get(DRAFTS, this.key)) as
      { savedAt: number; draft: Draft } | undefined;
    if (!rec) return;
    if (Date.now() - rec.savedAt > days * DAY)
      this.show({ key: 'offline.draft.expired', vars: { days } });
    else if (rec.draft.schemaVersion !== h.def.schemaVersion)
      this.show({ key: 'offline.draft.incompatible', alert: true });
    else {
      this.consent = true;
      this.hook();
      h.start(rec.draft);
      return this.show({ key: 'offline.draft.restored' });
    }
    await this.write();
  }

  /** The consent checkbox and the delete button. */
  private async setConsent(on: boolean, deleted?: boolean) {
    this.consent = on;
    this.hook();
    if (on) this.h.persist(true);
    else await this.write();
    this.show(deleted ? { key: 'offline.draft.deleted' } : undefined);
  }

  // ---- Answers file ---------------------------------------------------------------------------

  /** Loads the answers file chosen in `input` after checking it; else says why and loads nothing. */
  async readFile(input: HTMLInputElement): Promise<void> {
    const { h } = this;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let note: Note = { key: 'offline.file.invalid', alert: true };
    try {
      const f = JSON.parse(await file.text()) as Record<string, unknown>;
      const a = f.answers as Answers;
      const v = f.schemaVersion;
      if (typeof v !== 'string' || !a || typeof a !== 'object' || Array.isArray(a)) {
        // not an answers file
      } else if (f.assistant !== h.def.id)
        note = { key: 'offline.file.other', vars: { assistant: String(f.assistant) }, alert: true };
      else if (v !== h.def.schemaVersion)
        note = {
          key: `offline.file.${v.localeCompare(h.def.schemaVersion, 'en', { numeric: true }) > 0 ? 'newer' : 'older'}`,
          alert: true,
        };
      else if (h.issuesOf(a).some((i) => /^invalid_(type|value|integer|number|date)$/.test(i.code)))
        note = { key: 'offline.file.tampered', alert: true };
      else {
        h.loadAnswers(a);
        note = { key: 'offline.file.loaded' };
      }
    } catch {
      // not JSON, or answers the engine cannot even walk: not an answers file
    }
    this.show(note);
  }

  // ---- Rendering ------------------------------------------------------------------------------

  /** The queued state, instead of the review page. */
  queuedView(
    html: typeof Html,
    tr: Translator,
    heading: (text: string) => TemplateResult,
  ): TemplateResult {
    return html`${heading(tr.t('offline.queued.title'))}
      <p role="status" class="queued">${tr.t('offline.queued.text')}</p>`;
  }

  /** Below the step or review: the device-draft consent (with `draft="device"`) and the note. */
  panel(html: typeof Html, tr: Translator): TemplateResult {
    const { note } = this;
    return html`${
        this.h.draft === 'device'
          ? html`<div class="choice device">
                <input
                  type="checkbox"
                  id="device-draft"
                  aria-describedby="device-draft-hint"
                  .checked=${this.consent}
                  @change=${(e: Event) => void this.setConsent((e.target as HTMLInputElement).checked)}
                /><label for="device-draft">${tr.t('offline.consent.label')}</label>
              </div>
              <p class="hint" id="device-draft-hint">
                ${tr.t('offline.consent.hint', { days: this.h.draftTtl })}
              </p>
              ${
                this.consent
                  ? html`<button
                      part="button"
                      type="button"
                      class="secondary"
                      @click=${() => void this.setConsent(false, true)}
                    >
                      ${tr.t('offline.draft.delete')}
                    </button>`
                  : ''
              }`
          : ''
      }
      <p class=${note?.alert ? 'error' : 'hint'} role=${note?.alert ? 'alert' : 'status'}>
        ${note ? tr.t(note.key, note.vars) : ''}
      </p>`;
  }
}
