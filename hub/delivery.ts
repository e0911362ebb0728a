/**
 * The delivery worker (issue 6): a thread of its own (started by group-commit.ts from the same
 * entry as the writer, writer.ts with `role: 'delivery'`), with its own SQLite connection (WAL,
 * busy_timeout), so that neither slow sinks (SMTP, a Fachverfahren's webhook) nor rendering a
 * PDF (pdfmake blocks its thread for ~150 ms) ever hold up the writer's commits or the request
 * path: `POST /submissions` only inserts the delivery rows, in the same transaction as the
 * application (the transactional outbox).
 *
 * It takes due `pending` deliveries, at most `concurrency` at a time, and records each outcome:
 * `delivered`, or back to `pending` with the next attempt after an exponential back-off with
 * full jitter (a random wait up to min(cap, base · 2^(attempt-1)); base 1 s, cap 10 min), or
 * `dead` after `maxAttempts` (`HUB_DELIVERY_MAX_ATTEMPTS`, default 12) or at once when the sink
 * says retrying cannot help (`DeliveryError.permanent`, e.g. a webhook's 400). A restarted hub
 * resumes every `pending` delivery; delivery is at least once (a crash after sending but before
 * recording sends again), so receivers de-duplicate by `webhook-id` or reference.
 *
 * Requests first: while batches keep being committed (one within BUSY_MS), deliveries wait, but
 * never longer than MAX_DEFER_MS at a time, so under sustained load they still trickle out and
 * the backlog goes when the load ends. One hub process per DATA_DIR delivers (the ids in flight
 * are kept in memory).
 */
import type { MessagePort } from 'node:worker_threads';
import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { MunicipalityConfig } from '../src/engine/config.js';
import type { Assistant } from '../src/engine/define-assistant.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import type { Municipality } from './configs.js';
import { OFFICE, type SinkConfig } from './flows.js';
import { applicationView, type ApplicationView } from './render/application.js';
import { attachedFiles, DeliveryError, withReceipt, type Application } from './sinks/common.js';
import { openStore, type AttemptResult, type DueDelivery, type Store } from './store.js';

export interface DeliveryOptions {
  /** First back-off in ms (doubling, full jitter). Default 1000. */
  baseMs?: number;
  /** Longest back-off in ms. Default 10 minutes. */
  capMs?: number;
  /** Attempts before a delivery is dead. Default 12. */
  maxAttempts?: number;
  /** Longest wait between two looks for due deliveries, in ms. Default 5000. */
  pollMs?: number;
  /** Deliveries in flight at once. Default 4. */
  concurrency?: number;
  /** A webhook's answer must arrive within this many ms. Default 10000. */
  webhookTimeoutMs?: number;
}

export interface DeliveryData {
  role: 'delivery';
  dataDir: string;
  durability?: 'full' | 'normal';
  /** The configured sinks by name (flows.ts), without the built-in outbox. */
  sinks: Record<string, SinkConfig>;
  delivery?: DeliveryOptions;
  /** The municipalities' public configs: office address, texts and parameters for the PDF. */
  configs: readonly MunicipalityConfig[];
}

export type DeliveryMessage =
  | { kind: 'sinks'; sinks: Record<string, SinkConfig> }
  /** Look for due deliveries now (after an admin retry). */
  | { kind: 'kick' }
  /** A batch was committed; `pending`: it created deliveries for this worker. */
  | { kind: 'batch'; pending: boolean }
  /** Finish the deliveries in flight (at most `ms`), record them, then answer `stopped`. */
  | { kind: 'stop'; ms: number };

export type DeliveryReply = { kind: 'stopped' };

type AnyAssistant = Assistant<unknown>;
type MailTransport = Transporter<SMTPTransport.SentMessageInfo>;

/** New pending deliveries wait this long, so that under load one run takes many of them. */
const GATHER_MS = 50;
const BUSY_MS = 25;
const MAX_DEFER_MS = 2000;
/**
 * The writer thread leaves WAL checkpoints to this thread (store.ts `checkpoints: 'elsewhere'`):
 * at most one passive checkpoint this long after a batch, off the path of every 201.
 */
const CHECKPOINT_MS = 200;
/** PDFs kept for the other sinks of the same application. */
const PDF_CACHE = 16;

export async function runDeliveryWorker(data: DeliveryData, port: MessagePort): Promise<void> {
  const options = data.delivery ?? {};
  const baseMs = options.baseMs ?? 1000;
  const capMs = options.capMs ?? 10 * 60 * 1000;
  const maxAttempts = options.maxAttempts ?? 12;
  const pollMs = options.pollMs ?? 5000;
  const concurrency = Math.max(1, options.concurrency ?? 4);

  const store: Store = openStore(data.dataDir, { durability: data.durability });
  const deliverer = createDeliverer(data);
  const inFlight = new Set<number>();
  const results: AttemptResult[] = [];
  let flushing = false;
  let stopping = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let lastBatchAt = 0;
  let deferredSince: number | undefined;
  let idle: (() => void) | undefined;
  let checkpointTimer: NodeJS.Timeout | undefined;

  function checkpointSoon(): void {
    if (checkpointTimer || stopping) return;
    checkpointTimer = setTimeout(() => {
      checkpointTimer = undefined;
      if (closed) return;
      try {
        store.checkpoint();
      } catch (e) {
        // Not fatal: the writer checkpoints itself once the log grows past its limit.
        console.error('hub: delivery worker: WAL checkpoint failed:', e);
      }
    }, CHECKPOINT_MS);
  }

  function schedule(ms: number): void {
    if (stopping) return;
    const wait = Math.max(0, Math.min(ms, pollMs));
    if (timer && timerAt <= Date.now() + wait) return;
    if (timer) clearTimeout(timer);
    timerAt = Date.now() + wait;
    timer = setTimeout(pump, wait);
  }

  /** Outcomes finished in the same turn are recorded in one transaction. */
  function record(result: AttemptResult): void {
    results.push(result);
    if (flushing) return;
    flushing = true;
    setImmediate(() => {
      flushing = false;
      const batch = results.splice(0);
      if (closed) return;
      try {
        store.recordAttempts(batch, new Date());
      } catch (e) {
        console.error('hub: delivery worker: recording attempts failed:', e);
      }
      for (const r of batch) inFlight.delete(r.id);
      if (inFlight.size === 0 && idle) idle();
      pump();
    });
  }

  function pump(): void {
    timer = undefined;
    timerAt = Infinity;
    if (stopping) return;
    const now = Date.now();
    if (now - lastBatchAt < BUSY_MS) {
      deferredSince ??= now;
      if (now - deferredSince < MAX_DEFER_MS) return schedule(GATHER_MS);
    }
    deferredSince = undefined;
    const free = concurrency - inFlight.size;
    if (free > 0) {
      let due: DueDelivery[] = [];
      try {
        due = store.dueDeliveries(now, free, [...inFlight]);
      } catch (e) {
        console.error('hub: delivery worker:', e);
      }
      for (const d of due) {
        inFlight.add(d.id);
        void attempt(d).then(record);
      }
    }
    if (inFlight.size >= concurrency) return; // a finished one calls pump again
    let next: number | undefined;
    try {
      next = store.nextDeliveryAt([...inFlight]);
    } catch {
      next = undefined;
    }
    schedule(next === undefined ? pollMs : next - Date.now());
  }

  const attempt = (d: DueDelivery) =>
    deliverer.attempt(d, { baseMs, capMs, maxAttempts }, Date.now);

  port.on('message', (message: DeliveryMessage) => {
    switch (message.kind) {
      case 'sinks':
        deliverer.setSinks(message.sinks);
        return schedule(0);
      case 'kick':
        return schedule(0);
      case 'batch':
        lastBatchAt = Date.now();
        checkpointSoon();
        if (message.pending) schedule(GATHER_MS);
        return;
      case 'stop':
        stopping = true;
        if (timer) clearTimeout(timer);
        if (checkpointTimer) clearTimeout(checkpointTimer);
        void (async () => {
          if (inFlight.size)
            await Promise.race([
              new Promise<void>((r) => (idle = r)),
              new Promise((r) => setTimeout(r, message.ms)),
            ]);
          if (results.length) store.recordAttempts(results.splice(0), new Date());
          deliverer.close();
          closed = true;
          store.close();
          port.postMessage({ kind: 'stopped' } satisfies DeliveryReply);
        })();
        return;
    }
  });

  schedule(0); // a restarted hub resumes the pending deliveries
}

/** What a delivery needs, wherever it runs (this worker thread, or the pg-boss queue). */
export interface DelivererData {
  dataDir: string;
  sinks: Record<string, SinkConfig>;
  configs: readonly MunicipalityConfig[];
  delivery?: Pick<DeliveryOptions, 'webhookTimeoutMs'>;
}

export interface Deliverer {
  /** Delivers one application to one sink; throws (a `DeliveryError` when permanent) on failure. */
  deliver(d: DueDelivery): Promise<void>;
  /**
   * `deliver`, and the outcome to record: delivered, or failed with the next attempt after a
   * back-off with full jitter (a random wait between 0 and min(cap, base · 2^(attempt-1))), or
   * `retryAt: null` (dead) after `maxAttempts` or when retrying cannot help.
   */
  attempt(
    d: DueDelivery,
    retry: { baseMs: number; capMs: number; maxAttempts: number },
    now: () => number,
  ): Promise<AttemptResult>;
  setSinks(sinks: Record<string, SinkConfig>): void;
  close(): void;
}

/** The sinks' delivery code (mail, folder, webhook), with its caches (PDFs, SMTP pools). */
export function createDeliverer(data: DelivererData): Deliverer {
  const webhookTimeoutMs = data.delivery?.webhookTimeoutMs ?? 10_000;
  let sinks = data.sinks;
  const transports = new Map<string, { smtp: string; transport: MailTransport }>();
  const pdfs = new Map<string, Promise<Buffer>>();
  interface Definitions {
    assistants: Record<string, AnyAssistant>;
    municipalities: Map<string, Municipality>;
  }
  /** The assistants and municipalities, loaded with the first delivery (a hub may have none). */
  let definitions: Promise<Definitions> | undefined;
  const loadDefinitions = () =>
    (definitions ??= (async () => {
      const { assistants } = (await import('../src/assistants/registry.js')) as {
        assistants: Record<string, AnyAssistant>;
      };
      const { indexConfigs } = await import('./configs.js');
      const municipalities = indexConfigs(
        data.configs,
        assistants,
        () => {}, // the main thread has warned already
      );
      return { assistants, municipalities };
    })().catch((e: unknown) => {
      definitions = undefined; // the next delivery tries again
      throw e;
    }));

  function prepare(d: DueDelivery, { assistants, municipalities }: Definitions): Application {
    const envelope = JSON.parse(d.envelope) as Envelope;
    const receipt = JSON.parse(d.response) as {
      reference: string;
      receivedAt: string;
      assignmentCode?: string;
    };
    const municipality = municipalities.get(envelope.municipality.ags);
    const id = envelope.assistant.id;
    let view: ApplicationView | undefined;
    const viewOf = () =>
      (view ??= applicationView({
        envelope,
        receipt,
        def: Object.hasOwn(assistants, id) ? assistants[id] : undefined,
        config: municipality?.config,
        params: municipality?.params.get(id),
      }));
    return {
      deliveryId: d.id,
      reference: d.reference,
      json: withReceipt(d.envelope, d.response),
      envelope,
      view: viewOf,
      pdf: () => {
        let pdf = pdfs.get(d.reference);
        if (!pdf) {
          pdf = import('./render/pdf.js').then((m) => m.renderPdf(viewOf()));
          pdfs.set(d.reference, pdf);
          pdf.catch(() => pdfs.delete(d.reference));
          if (pdfs.size > PDF_CACHE) pdfs.delete(pdfs.keys().next().value!);
        }
        return pdf;
      },
    };
  }

  /** The office's e-mail address for this application (`offices[assistant]`, else `office`). */
  function officeAddress(app: Application, { municipalities }: Definitions): string {
    const { ags } = app.envelope.municipality;
    const config = municipalities.get(ags)?.config;
    const office = config?.offices?.[app.envelope.assistant.id] ?? config?.office;
    if (!office?.email)
      throw new DeliveryError(
        `Keine E-Mail-Adresse der zuständigen Stelle: die Konfiguration der Gemeinde ${ags} hat kein office.email${config?.offices?.[app.envelope.assistant.id] ? ` unter offices.${app.envelope.assistant.id}` : ''}. Adresse ergänzen (oder im Mail-Ziel eine feste Adresse statt "${OFFICE}" eintragen) und die Zustellung über die Betriebs-API wiederholen.`,
        true,
      );
    return office.name ? `"${office.name.replace(/["\\]/g, '')}" <${office.email}>` : office.email;
  }

  async function mailTransportFor(name: string, smtp: string): Promise<MailTransport> {
    const known = transports.get(name);
    if (known && known.smtp === smtp) return known.transport;
    known?.transport.close();
    const { mailTransport } = await import('./sinks/mail.js');
    const sink = sinks[name];
    const transport = mailTransport(sink as Extract<SinkConfig, { type: 'mail' }>);
    transports.set(name, { smtp, transport });
    return transport;
  }

  async function deliverOne(d: DueDelivery): Promise<void> {
    const sink = Object.hasOwn(sinks, d.sink) ? sinks[d.sink] : undefined;
    if (!sink)
      throw new DeliveryError(
        `Ziel „${d.sink}“ ist in der Ablaufdatei (HUB_FLOWS) nicht (mehr) eingetragen`,
      );
    const defs = await loadDefinitions();
    const app = prepare(d, defs);
    switch (sink.type) {
      case 'folder': {
        const { deliverFolder } = await import('./sinks/folder.js');
        return deliverFolder(data.dataDir, sink.path, app);
      }
      case 'mail': {
        const to = sink.to.map((t) => (t === OFFICE ? officeAddress(app, defs) : t));
        const files = attachedFiles(data.dataDir, app);
        const { deliverMail } = await import('./sinks/mail.js');
        return deliverMail(await mailTransportFor(d.sink, sink.smtp), sink, to, app, files);
      }
      case 'webhook': {
        const { deliverWebhook } = await import('./sinks/webhook.js');
        return deliverWebhook(sink, app, webhookTimeoutMs);
      }
    }
  }

  return {
    deliver: deliverOne,
    async attempt(d, { baseMs, capMs, maxAttempts }, now) {
      try {
        await deliverOne(d);
        return { id: d.id, ok: true };
      } catch (e) {
        const n = d.attempts + 1;
        const permanent = e instanceof DeliveryError && e.permanent;
        const wait = Math.floor(Math.random() * Math.min(capMs, baseMs * 2 ** (n - 1)));
        return {
          id: d.id,
          ok: false,
          error: String((e as Error).message ?? e),
          retryAt: permanent || n >= maxAttempts ? null : now() + wait,
        };
      }
    },
    setSinks(next) {
      sinks = next;
      for (const [name, t] of transports)
        if (sinks[name]?.type !== 'mail') {
          t.transport.close();
          transports.delete(name);
        }
    },
    close() {
      for (const t of transports.values()) t.transport.close();
      transports.clear();
    },
  };
}
