/**
 * Test helpers for the hub's node tests: a small assistant defined with `defineAssistant`, a
 * municipality that offers it, envelopes, a hub on a temp DATA_DIR listening on a free port, a
 * row count read straight from the SQLite file, and an SMTP server that keeps what it receives.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MunicipalityConfig } from '../src/engine/config.js';
import { defineAssistant } from '../src/engine/define-assistant.js';
import { z } from '../src/engine/zod.js';
import type { Envelope } from '../src/transport/envelope-schema.js';
import { Flows, parseFlows } from './flows.js';
import { buildHub, type HubOptions } from './server.js';

interface TestParams {
  kinds: string[];
}

/** Person, a list of dogs with options from the municipality, a consent; one error and one warning rule. */
export const testAssistant = defineAssistant<TestParams>({
  id: 'testantrag',
  version: '1.0.0',
  schemaVersion: '1',
  category: 'simple',
  referencePrefix: 'TST',
  params: z.object({ kinds: z.array(z.string()) }),
  steps: [
    {
      id: 'person',
      fields: [
        { type: 'text', path: 'name', required: true },
        { type: 'email', path: 'email' },
        { type: 'postalCode', path: 'plz', required: true },
      ],
    },
    {
      id: 'hunde',
      fields: [
        {
          type: 'group',
          path: 'hunde',
          required: true,
          repeat: { min: 1, max: 3, editable: true },
          fields: [
            {
              type: 'select',
              path: 'breed',
              required: true,
              options: (ctx) => ctx.params.kinds.map((value) => ({ value })),
            },
            { type: 'date', path: 'since', required: true },
            // Asked only for a poodle: answers to it for another breed are not part of the application.
            { type: 'text', path: 'kennel', visibleWhen: ({ item }) => item?.breed === 'pudel' },
          ],
        },
      ],
    },
    { id: 'confirm', fields: [{ type: 'checkbox', path: 'consent', required: true }] },
  ],
  rules: [
    {
      path: 'hunde[].since',
      code: 'in_future',
      check: ({ item, today }) => String(item?.since) <= today,
    },
    // Always fires, as a warning: must never block a submission.
    { path: 'email', code: 'unusual', severity: 'warning', check: () => false },
  ],
  messages: {
    de: { 'hunde[].breed.invalid_value': 'Wählen Sie eine Rasse aus der Liste.' },
    en: { 'hunde[].breed.invalid_value': 'Choose a breed from the list.' },
  },
});

export const TEST_AGS = '14612000';

export const testConfig = (
  ags = TEST_AGS,
  assistants: Record<string, unknown> = { testantrag: { kinds: ['dackel', 'pudel'] } },
): MunicipalityConfig => ({
  municipality: { name: 'Teststadt', ags },
  privacyNoticeUrl: 'https://example.org/datenschutz',
  office: { name: 'Bürgerbüro' },
  assistants,
});

export const validData = () => ({
  name: 'Erika Mustermann',
  email: 'erika@example.org',
  plz: '01067',
  hunde: [{ breed: 'dackel', since: '2026-03-01' }],
  consent: true,
});

export const envelope = (over: Partial<Envelope> = {}): Envelope => ({
  id: randomUUID(),
  assistant: { id: 'testantrag', version: '1.0.0', schemaVersion: '1' },
  municipality: { ags: TEST_AGS, name: 'Teststadt' },
  locale: 'de',
  submittedAt: '2026-11-29T10:00:00.000Z',
  data: validData(),
  computed: { gebuehr: 0 },
  ...over,
});

export interface TestHub {
  url: string;
  dataDir: string;
  /** Rows in `submissions`, read from the SQLite file by a separate connection. */
  rows(): number;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A hub listening on 127.0.0.1 and a free port, on `options.dataDir` or a temp folder of its own
 * (removed by `close()`).
 */
export async function startHub(options: Partial<HubOptions> = {}): Promise<TestHub> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'komm-hub-test-'));
  const app = buildHub({
    configs: [testConfig()],
    assistants: { testantrag: testAssistant },
    logger: false,
    ...options,
    dataDir,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/api/v1`;
  return {
    url,
    dataDir,
    rows() {
      const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    post(body, headers = {}) {
      const key = (body as { id?: unknown })?.id;
      return fetch(`${url}/submissions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(typeof key === 'string' ? { 'idempotency-key': key } : {}),
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    async close() {
      await app.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A promise with its resolver, to hold a request in `beforeStore` deterministically. */
export function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** The flows of a JSON document (no `${NAME}` from the environment). */
export const flowsOf = (file: unknown): Flows => new Flows(parseFlows(JSON.stringify(file), {}));

/**
 * Polls `check` every 50 ms until it returns a value; fails after `ms` naming `what` (and
 * `detail()`, e.g. the hub's output). For deliveries and other work the hub does after answering.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  ms = 30000,
  detail?: () => string,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${what}${detail ? `\n${detail()}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What `smtpCatcher` received: each message parsed, with its envelope's recipients. */
export interface CaughtMail {
  mail: ParsedMail;
  to: string[];
}

/**
 * A real SMTP server on 127.0.0.1 and a free port, without TLS or AUTH, that keeps every message,
 * parsed with mailparser (the mail sink's tests; `url` goes into a mail sink's `smtp`).
 */
export async function smtpCatcher() {
  const received: CaughtMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, cb) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ mail, to: session.envelope.rcptTo.map((r) => r.address) });
          cb();
        },
        (e: Error) => cb(e),
      );
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
