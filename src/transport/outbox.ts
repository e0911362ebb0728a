/**
 * The outbox (issue 12): envelopes that could not be sent (offline, or the hub still failing
 * after the client's retries) wait in IndexedDB on this device and go out later, on load, on
 * `online` and with back-off, with the same body and `Idempotency-Key` (the envelope id), so the
 * hub stores each application at most once. A Web Lock per envelope keeps two tabs from sending
 * the same one at once; a `BroadcastChannel` tells every tab of the site that the outbox changed.
 *
 * Lives in the lazily loaded part (`komm-offline.js` beside a script-tag bundle, see
 * `../components/load-offline.ts`): a page with an empty outbox never loads it. The marker
 * `localStorage['komm-outbox']` (the number of entries, nothing else) tells the main bundle
 * whether to load it.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Envelope } from './envelope-schema.js';
import type { ReceiptPayment, SubmitFailure, SubmitOutcome } from './outcome.js';

/** One queued application. */
export interface OutboxEntry {
  /** The envelope id, also the `Idempotency-Key`. */
  id: string;
  /** Which element shows it: the element's draft key (assistant, municipality, page, element id). */
  key: string;
  assistant: string;
  /** `{endpoint}/submissions` receives it. */
  endpoint: string;
  /**
   * As it is sent: with a key, the sealed envelope (`encrypted` instead of `data`, see
   * `encrypt.ts`), which the element's transport sends as it is.
   */
  envelope: Envelope;
  tries: number;
  /** No try before this time (ms since the epoch). */
  nextAt: number;
  /** Set once the hub stored it; the element shows it and then deletes the entry. */
  receipt?: {
    reference: string;
    receivedAt: string;
    assignmentCode?: string;
    payment?: ReceiptPayment;
  };
  /** Set when the hub refused it for good (never sent again). */
  failure?: SubmitFailure;
  /**
   * When an element first showed the receipt or refusal. Other tabs still waiting for it show it
   * too; the entry is deleted `SHOWN_MS` later (deleting it at once would leave them waiting).
   */
  shownAt?: number;
}

/** Sends one entry once (the element's transport, without retries: the outbox retries). */
export type OutboxSend = (entry: OutboxEntry) => Promise<SubmitOutcome>;

export const MARKER = 'komm-outbox';
const STORE = 'outbox';
let opened: Promise<IDBPDatabase> | undefined;

/** The one database of the library: `outbox` (by envelope id) and `drafts` (by draft key). */
export const database = (): Promise<IDBPDatabase> =>
  (opened ??= openDB('komm-assistenten', 1, {
    upgrade(db) {
      db.createObjectStore(STORE, { keyPath: 'id' });
      db.createObjectStore('drafts', { keyPath: 'key' });
    },
  }));

/** Every entry, oldest first is not guaranteed (ordered by id). */
export const outboxEntries = async (): Promise<OutboxEntry[]> =>
  (await database()).getAll(STORE) as Promise<OutboxEntry[]>;

const listeners = new Set<() => void>();
const notifyHere = () => listeners.forEach((f) => f());
let channel: BroadcastChannel | undefined;
/** Opened on first use (never merely by importing this module). */
const broadcast = () => {
  if (!channel && typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(MARKER);
    channel.onmessage = notifyHere;
  }
  return channel;
};

/** Calls `f` whenever the outbox changes, in this tab or another one; returns the unsubscribe. */
export function onOutboxChange(f: () => void): () => void {
  broadcast();
  listeners.add(f);
  return () => listeners.delete(f);
}

async function changed(): Promise<void> {
  const n = (await outboxEntries()).length;
  try {
    if (n) localStorage.setItem(MARKER, String(n));
    else localStorage.removeItem(MARKER);
  } catch {
    // No localStorage (blocked): the outbox is then only looked at after a send in this tab.
  }
  broadcast()?.postMessage(n);
  notifyHere();
}

/** First wait after a failed try, doubled per try up to `MAX_WAIT_MS`. */
export const FIRST_WAIT_MS = 5_000;
export const MAX_WAIT_MS = 300_000;
const wait = (tries: number) => Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** tries);

/** Puts an envelope into the outbox (replacing an entry with the same id). */
export async function enqueue(
  entry: Pick<OutboxEntry, 'id' | 'key' | 'assistant' | 'endpoint' | 'envelope'>,
): Promise<void> {
  await (await database()).put(STORE, { ...entry, tries: 0, nextAt: Date.now() + FIRST_WAIT_MS });
  await changed();
}

export async function removeEntry(id: string): Promise<void> {
  await (await database()).delete(STORE, id);
  await changed();
}

/** How long a shown receipt or refusal stays for other tabs still waiting for it. */
export const SHOWN_MS = 30_000;

/** Marks an entry's receipt or refusal as shown (see `shownAt`). */
export async function markShown(e: OutboxEntry): Promise<void> {
  await (await database()).put(STORE, { ...e, shownAt: Date.now() });
  await changed();
}

/** Deletes the entries shown more than `SHOWN_MS` ago; resolves with the others. */
export async function sweepShown(): Promise<OutboxEntry[]> {
  const db = await database();
  const all = await outboxEntries();
  const old = all.filter((e) => e.shownAt && Date.now() - e.shownAt > SHOWN_MS);
  for (const e of old) await db.delete(STORE, e.id);
  if (old.length) await changed();
  return all.filter((e) => !old.includes(e));
}

/**
 * Runs `f` while holding the Web Lock of one envelope, or not at all when another tab holds it.
 * Without Web Locks (not a secure context) `f` just runs.
 */
const exclusive = (id: string, f: () => Promise<void>): Promise<void> =>
  navigator.locks
    ? navigator.locks.request(`${MARKER}:${id}`, { ifAvailable: true }, (lock) =>
        lock ? f() : undefined,
      )
    : f();

/** Runs `f` holding the Web Lock of one envelope, waiting for it if another tab holds it. */
export const whileLocked = <T>(id: string, f: () => Promise<T>): Promise<T> =>
  navigator.locks ? navigator.locks.request(`${MARKER}:${id}`, f) : f();

/**
 * Sends what is due: each pending entry whose assistant has a sender (`senders`, by assistant id)
 * and whose wait is over (`force`: all of them, e.g. on `online`). Resolves with the time of the
 * next due entry, if any.
 */
export async function sendDue(
  senders: ReadonlyMap<string, OutboxSend>,
  force = false,
): Promise<number | undefined> {
  let next: number | undefined;
  for (const e of await outboxEntries()) {
    const send = senders.get(e.assistant);
    if (!send || e.receipt || e.failure) continue;
    if (!force && e.nextAt > Date.now()) {
      next = Math.min(next ?? Infinity, e.nextAt);
      continue;
    }
    await exclusive(e.id, async () => {
      const db = await database();
      // Read again inside the lock: another tab may have sent it meanwhile.
      const cur = (await db.get(STORE, e.id)) as OutboxEntry | undefined;
      if (!cur || cur.receipt || cur.failure) return;
      const o = await send(cur);
      if (o.ok) {
        const { reference, receivedAt, assignmentCode, payment } = o;
        cur.receipt = {
          reference,
          receivedAt,
          ...(assignmentCode ? { assignmentCode } : {}),
          ...(payment ? { payment } : {}),
        };
      } else if (o.retryable) {
        cur.tries++;
        cur.nextAt = Date.now() + wait(cur.tries);
        next = Math.min(next ?? Infinity, cur.nextAt);
      } else cur.failure = o;
      await db.put(STORE, cur);
      await changed();
    });
  }
  return next;
}
