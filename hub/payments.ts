/**
 * Payment hand-off for fee-bearing assistants (DESIGN.md: the 201 may carry
 * `payment: { url, amount, currency, status }`). The hub does not take money: it builds the link to
 * the municipality's payment platform (ePayBL in Saxony, or any provider) from
 * `PAYMENT_URL_TEMPLATE`, records the payment as `open`, and takes the provider's signed
 * notification (`POST /payments/:reference/notify`, HMAC-SHA256 over the raw body with
 * `PAYMENT_NOTIFY_SECRET`) that marks it `paid` or `failed`.
 *
 * The amount is the hub's own: it recomputes the assistant's `computed.fee` from the validated
 * answers and the municipality's parameters, never trusting the browser's `computed`.
 * Stored where the hub stores applications (`PaymentStore`): in its SQLite file (table `payments`,
 * its own connection, WAL), or with `DATABASE_URL` in PostgreSQL (store-pg.ts `PgPaymentStore`),
 * shared by every instance.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Assistant } from '../src/engine/define-assistant.js';
import { pruneAnswers } from '../src/engine/prune.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import type { Municipality } from './configs.js';

export type PaymentStatus = 'open' | 'paid' | 'failed';

/** What the 201 (and a replay) carries, and what `GET /payments/:reference` answers. */
export interface PaymentInfo {
  url: string;
  amount: number;
  currency: string;
  status: PaymentStatus;
}

export interface PaymentRecord extends PaymentInfo {
  reference: string;
  createdAt: string;
  /** When the last notification changed the status. */
  updatedAt: string;
  /** The provider's id of the transaction that paid (or failed). */
  transactionId?: string;
  /** The amount the provider reported. */
  notifiedAmount?: number;
}

export interface PaymentOptions {
  /**
   * Link to the payment platform with the placeholders `{reference}`, `{amount}` (e.g. `29.00`),
   * `{currency}` and `{returnUrl}`, each URL-encoded. Without it no payment is offered.
   */
  urlTemplate?: string;
  /** Secret of the notification signature. Without it every notification is refused. */
  notifySecret?: string;
  /**
   * Where the platform sends the citizen back (`{returnUrl}`); `{reference}` in it is replaced.
   * Default: the page the application was sent from (its `Referer`), else empty.
   */
  returnUrl?: string;
}

/** The payment settings from `PAYMENT_URL_TEMPLATE`, `PAYMENT_NOTIFY_SECRET`, `PAYMENT_RETURN_URL`. */
export function paymentOptionsFromEnv(env: NodeJS.ProcessEnv): PaymentOptions {
  const pick = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const urlTemplate = pick(env.PAYMENT_URL_TEMPLATE);
  const notifySecret = pick(env.PAYMENT_NOTIFY_SECRET);
  const returnUrl = pick(env.PAYMENT_RETURN_URL);
  return {
    ...(urlTemplate ? { urlTemplate } : {}),
    ...(notifySecret ? { notifySecret } : {}),
    ...(returnUrl ? { returnUrl } : {}),
  };
}

/** `29` -> `29.00`: the amount as providers expect it in a URL (dot, two decimals). */
export const formatAmount = (amount: number): string => amount.toFixed(2);

/** The link from the template; every value URL-encoded, unknown placeholders left alone. */
export function buildPaymentUrl(
  template: string,
  values: { reference: string; amount: number; currency: string; returnUrl: string },
): string {
  const v: Record<string, string> = {
    reference: values.reference,
    amount: formatAmount(values.amount),
    currency: values.currency,
    returnUrl: values.returnUrl,
  };
  return template.replace(/\{(reference|amount|currency|returnUrl)\}/g, (_, k: string) =>
    encodeURIComponent(v[k]!),
  );
}

/** `sha256=<hex>`: the signature a provider sends in `X-Signature` (also for tests and adapters). */
export const signature = (secret: string, rawBody: string | Buffer): string =>
  `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;

/** Whether `header` is the signature of `rawBody`, compared in constant time. */
export function verifySignature(
  secret: string | undefined,
  rawBody: string | Buffer,
  header: string | undefined,
): boolean {
  if (!secret || typeof header !== 'string') return false;
  const expected = Buffer.from(signature(secret, rawBody));
  const given = Buffer.from(header.trim());
  // timingSafeEqual needs equal lengths; a wrong length is no secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The fee the hub computes itself: `computed.fee.total` of the validated, pruned answers. */
export function feeOf(
  def: Assistant<unknown>,
  envelope: Envelope,
  params: unknown,
  today: string,
): { amount: number; currency: string } | undefined {
  // An end-to-end encrypted application: the hub cannot read the answers, so it asks no fee.
  if (!def.computed || !envelope.data) return undefined;
  const answers = pruneAnswers(def, { answers: envelope.data, params, today });
  const fee = def.computed({ answers, params, today }).fee as
    { total?: unknown; currency?: unknown } | undefined;
  if (!fee || typeof fee.total !== 'number' || !(fee.total > 0)) return undefined;
  return { amount: fee.total, currency: typeof fee.currency === 'string' ? fee.currency : 'EUR' };
}

/** A notification as the provider sends it. */
export interface Notification {
  status: 'paid' | 'failed';
  amount: number;
  currency: string;
  transactionId: string;
}

/** Parses a notification body; a German reason when it is not one. */
export function parseNotification(raw: string): Notification | string {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return 'Der Inhalt ist kein gültiges JSON.';
  }
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (b.status !== 'paid' && b.status !== 'failed')
    return '„status“ muss „paid“ oder „failed“ sein.';
  if (typeof b.amount !== 'number' || !Number.isFinite(b.amount) || b.amount < 0)
    return '„amount“ muss ein Betrag sein.';
  if (typeof b.currency !== 'string' || !/^[A-Z]{3}$/.test(b.currency))
    return '„currency“ muss ein Währungscode wie „EUR“ sein.';
  if (
    typeof b.transactionId !== 'string' ||
    !b.transactionId.trim() ||
    b.transactionId.length > 200
  )
    return '„transactionId“ fehlt.';
  return {
    status: b.status,
    amount: b.amount,
    currency: b.currency,
    transactionId: b.transactionId.trim(),
  };
}

export type NotifyOutcome =
  | { kind: 'not-found' }
  | { kind: 'mismatch'; detail: string }
  | { kind: 'recorded'; changed: boolean; payment: PaymentRecord };

/** Euros to whole cents (what the stores keep). */
export const cents = (eur: number) => Math.round(eur * 100);

/**
 * What a notification does to a payment, decided the same way by every store (inside its
 * transaction, on the row it locked): a wrong amount or currency is refused; paid is final; the
 * same news again (same status, same transaction) changes nothing; anything else is applied.
 */
export function decideNotification(
  p: PaymentRecord,
  n: Notification,
): { kind: 'mismatch'; detail: string } | { kind: 'unchanged' } | { kind: 'apply' } {
  if (n.currency !== p.currency || cents(n.amount) !== cents(p.amount))
    return {
      kind: 'mismatch',
      detail: `Betrag oder Währung passen nicht zu dieser Zahlung (erwartet ${p.amount.toFixed(2)} ${p.currency}).`,
    };
  const repeat = p.status === n.status && p.transactionId === n.transactionId;
  return p.status === 'paid' || repeat ? { kind: 'unchanged' } : { kind: 'apply' };
}

/** A payment to record as `open` (amount in euros; `at` an ISO time). */
export interface NewPayment {
  reference: string;
  amount: number;
  currency: string;
  url: string;
  at: string;
}

/**
 * Where payments are kept, the same for both hub stores: SQLite (`sqlitePaymentStore`, table
 * `payments` in `DATA_DIR/hub.sqlite`) and PostgreSQL (`PgPaymentStore` in store-pg.ts), so that
 * with several instances a payment opened on one is found and notified on any other. The
 * contract suite (store-contract.node.test.ts) runs the same cases against both.
 */
export interface PaymentStore {
  /** Records the payment as `open` unless the reference has one; resolves with the stored one. */
  open(p: NewPayment): Promise<PaymentRecord>;
  get(reference: string): Promise<PaymentRecord | undefined>;
  /**
   * Applies a verified notification in one transaction (`decideNotification` on the locked row):
   * two notifications at once for one reference are applied one after the other.
   */
  notify(reference: string, n: Notification, at: Date): Promise<NotifyOutcome>;
  close(): Promise<void>;
}

export interface Payments {
  readonly options: PaymentOptions;
  /**
   * Opens the payment of a newly stored submission when its fee is above zero and a URL template
   * is configured; returns it (or the one opened before for this reference).
   */
  open(args: {
    reference: string;
    def: Assistant<unknown>;
    envelope: Envelope;
    today: string;
    at: Date;
    referer?: string;
  }): Promise<PaymentInfo | undefined>;
  get(reference: string): Promise<PaymentRecord | undefined>;
  /** Applies a verified notification: paid is final; a repeat changes nothing. */
  notify(reference: string, n: Notification, at: Date): Promise<NotifyOutcome>;
  /** The receipt JSON with the payment's current state merged in (unchanged without one). */
  receipt(response: string, reference: string): Promise<string>;
  close(): Promise<void>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS payments (
  reference TEXT PRIMARY KEY,
  amount_cents INTEGER NOT NULL,
  currency TEXT NOT NULL,
  url TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'failed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  transaction_id TEXT,
  notified_amount_cents INTEGER
);
`;

/** A `payments` row as both stores read it. */
export interface PaymentRow {
  reference: string;
  amount_cents: number;
  currency: string;
  url: string;
  status: PaymentStatus;
  created_at: string;
  updated_at: string;
  transaction_id: string | null;
  notified_amount_cents: number | null;
}

export const paymentOfRow = (r: PaymentRow): PaymentRecord => ({
  reference: r.reference,
  url: r.url,
  amount: r.amount_cents / 100,
  currency: r.currency,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  ...(r.transaction_id ? { transactionId: r.transaction_id } : {}),
  ...(r.notified_amount_cents !== null ? { notifiedAmount: r.notified_amount_cents / 100 } : {}),
});

const info = (p: PaymentRecord): PaymentInfo => ({
  url: p.url,
  amount: p.amount,
  currency: p.currency,
  status: p.status,
});

/** Payments in the hub's SQLite file (table `payments`, its own connection, WAL). */
export function sqlitePaymentStore(dataDir: string): PaymentStore {
  const db = new Database(join(dataDir, 'hub.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const byReference = db.prepare<[string], PaymentRow>(
    'SELECT * FROM payments WHERE reference = ?',
  );
  const insert = db.prepare(
    `INSERT OR IGNORE INTO payments (reference, amount_cents, currency, url, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'open', ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE payments SET status = ?, updated_at = ?, transaction_id = ?, notified_amount_cents = ?
     WHERE reference = ? AND status <> 'paid'`,
  );
  const get = (reference: string) => {
    const row = byReference.get(reference);
    return row ? paymentOfRow(row) : undefined;
  };
  const notify = db.transaction((reference: string, n: Notification, at: Date): NotifyOutcome => {
    const p = get(reference);
    if (!p) return { kind: 'not-found' };
    const d = decideNotification(p, n);
    if (d.kind === 'mismatch') return d;
    if (d.kind === 'unchanged') return { kind: 'recorded', changed: false, payment: p };
    update.run(n.status, at.toISOString(), n.transactionId, cents(n.amount), reference);
    return { kind: 'recorded', changed: true, payment: get(reference)! };
  });
  const run = <T>(fn: () => T): Promise<T> => {
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(e as Error);
    }
  };
  return {
    open: (p) =>
      run(() => {
        insert.run(p.reference, cents(p.amount), p.currency, p.url, p.at, p.at);
        return get(p.reference)!;
      }),
    get: (reference) => run(() => get(reference)),
    // IMMEDIATE: the write lock before the read, so two notifications cannot both read `open`.
    notify: (reference, n, at) => run(() => notify.immediate(reference, n, at)),
    close: () => run(() => void db.close()),
  };
}

/** The hub's payment hand-off on a `PaymentStore` (SQLite or PostgreSQL). */
export function openPayments(
  store: PaymentStore,
  municipalities: ReadonlyMap<string, Municipality>,
  options: PaymentOptions,
): Payments {
  return {
    options,
    async open({ reference, def, envelope, today, at, referer }) {
      if (!options.urlTemplate) return undefined;
      const params = municipalities.get(envelope.municipality.ags)?.params.get(def.id);
      const fee = feeOf(def, envelope, params, today);
      if (!fee) return undefined;
      const returnUrl = options.returnUrl
        ? options.returnUrl.replace(/\{reference\}/g, encodeURIComponent(reference))
        : (referer ?? '');
      const url = buildPaymentUrl(options.urlTemplate, { reference, ...fee, returnUrl });
      return info(await store.open({ reference, ...fee, url, at: at.toISOString() }));
    },
    get: (reference) => store.get(reference),
    notify: (reference, n, at) => store.notify(reference, n, at),
    async receipt(response, reference) {
      // No template, no payments: the submission path pays nothing for this module.
      if (!options.urlTemplate) return response;
      const p = await store.get(reference);
      if (!p) return response;
      return JSON.stringify({ ...(JSON.parse(response) as object), payment: info(p) });
    },
    close: () => store.close(),
  };
}
