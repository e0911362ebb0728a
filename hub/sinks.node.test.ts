// The mail and webhook sinks (issue 6), end to end: a real hub over HTTP, a real SMTP server in
// this process (smtp-server) whose messages are read back with mailparser (the PDF with pdf.js),
// and a real HTTP receiver that checks the Standard Webhooks signature.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { assistants } from '../src/assistants/registry.js';
import {
  anmeldungZweiHunde,
  dresdenParams,
} from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import type { MunicipalityConfig } from '../src/engine/config.js';
import { applicationView } from './render/application.js';
import { renderPdf } from './render/pdf.js';
import { attachedFiles, withReceipt, type Application } from './sinks/common.js';
import { deliverFolder } from './sinks/folder.js';
import { deliverMail, mailTransport } from './sinks/mail.js';
import { pdfText } from './test-pdf.js';
import type { Delivery } from './store.js';
import {
  envelope,
  flowsOf,
  smtpCatcher,
  startHub,
  testConfig,
  waitFor,
  type TestHub,
} from './test-support.js';

const TOKEN = 'test-admin-token-sinks-0123456789';
const SECRET_BYTES = Buffer.from('a-secret-of-at-least-24-bytes!!');
const SECRET = `whsec_${SECRET_BYTES.toString('base64')}`;
const FAST = { baseMs: 30, capMs: 200, pollMs: 50 };

const admin = (hub: TestHub, path: string, init: RequestInit = {}) =>
  fetch(`${hub.url}/admin${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}` } });

async function deliveries(hub: TestHub): Promise<Delivery[]> {
  const res = await admin(hub, '/deliveries');
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: Delivery[] }).items;
}

async function submit(hub: TestHub, body: unknown = envelope()): Promise<string> {
  const res = await hub.post(body);
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { reference: string }).reference;
}

/** An HTTP receiver answering with the statuses given, one per request (the last one repeats). */
async function receiver(statuses: number[]) {
  const requests: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      const status = statuses[Math.min(requests.length - 1, statuses.length - 1)]!;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'nein');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/inbox`,
    requests,
    statuses,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Checks a request's Standard Webhooks signature with the secret, as a receiver would. */
function verify(headers: IncomingHttpHeaders, body: string): boolean {
  const id = String(headers['webhook-id']);
  const timestamp = String(headers['webhook-timestamp']);
  const expected = createHmac('sha256', SECRET_BYTES)
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64');
  const given = String(headers['webhook-signature'])
    .split(' ')
    .map((s) => s.split(','));
  return (
    given.some(([v, sig]) => v === 'v1' && sig === expected) &&
    Math.abs(Date.now() / 1000 - Number(timestamp)) < 300
  );
}

const dresden = JSON.parse(
  readFileSync('examples/config/dresden.json', 'utf8'),
) as MunicipalityConfig;

describe('mail sink', () => {
  it('sends subject, German text and HTML, the PDF and the JSON to the office of the config', async () => {
    const smtp = await smtpCatcher();
    const config: MunicipalityConfig = {
      ...dresden,
      office: { ...dresden.office, email: 'steueramt@dresden.example' },
    };
    const hub = await startHub({
      configs: [config],
      assistants,
      flows: flowsOf({
        sinks: {
          amt: {
            type: 'mail',
            to: ['office', 'Archiv <archiv@dresden.example>'],
            from: 'Datendrehscheibe <hub@komm.example>',
            smtp: smtp.url,
          },
        },
        flows: { '*': { '*': ['amt'] } },
      }),
      delivery: FAST,
      adminToken: TOKEN,
      rateLimit: false,
    });
    try {
      const def = assistants.hundesteuer!;
      const reference = await submit(
        hub,
        envelope({
          assistant: { id: 'hundesteuer', version: def.version, schemaVersion: def.schemaVersion },
          municipality: { ags: '14612000', name: 'Landeshauptstadt Dresden' },
          data: anmeldungZweiHunde,
          computed: def.computed!({
            answers: anmeldungZweiHunde,
            params: dresdenParams,
            today: '2026-11-29',
          }),
        }),
      );
      assert.match(reference, /^HST-\d{4}-\d{6}$/);
      const { mail, to } = await waitFor('the mail', () => smtp.received[0]);
      assert.deepEqual(to.sort(), ['archiv@dresden.example', 'steueramt@dresden.example']);
      assert.equal(mail.subject, `Neuer Antrag: Hundesteuer – ${reference}`);
      assert.equal(mail.from?.value[0]?.address, 'hub@komm.example');
      assert.match(
        mail.text ?? '',
        /Zuständige Stelle: Landeshauptstadt Dresden, Steuer- und Stadtkassenamt/,
      );
      assert.match(mail.text ?? '', new RegExp(`Vorgangsnummer: ${reference}`));
      assert.match(mail.text ?? '', /Familienname: Schubert/);
      assert.match(mail.text ?? '', /Voraussichtliche Hundesteuer pro Jahr: 252,00\s€/);
      assert.match(String(mail.html), /Schubert/);

      const names = mail.attachments.map((a) => a.filename);
      assert.deepEqual(names, [`antrag-${reference}.pdf`, `antrag-${reference}.json`]);
      const [pdf, json] = mail.attachments;
      assert.equal(pdf!.contentType, 'application/pdf');
      const text = await pdfText(pdf!.content);
      assert.match(text, new RegExp(reference));
      assert.match(text, /Katrin/);
      assert.match(text, /252,00\s€/);
      assert.equal(json!.contentType, 'application/json');
      const data = JSON.parse(json!.content.toString('utf8')) as {
        reference: string;
        receivedAt: string;
        data: { halter: { familyName: string } };
      };
      assert.equal(data.reference, reference);
      assert.equal(typeof data.receivedAt, 'string');
      assert.equal(data.data.halter.familyName, 'Schubert');

      const [d] = await waitFor('delivered', async () => {
        const all = await deliveries(hub);
        return all.every((x) => x.status === 'delivered') ? all : undefined;
      });
      assert.equal(d!.attempts, 1);
      assert.equal(smtp.received.length, 1);
    } finally {
      await hub.close();
      await smtp.close();
    }
  });

  it('an SMTP server that is down is retried, said in German, and never slows POST /submissions', async () => {
    const smtp = await smtpCatcher();
    const url = smtp.url;
    await smtp.close(); // nothing listens there now
    const hub = await startHub({
      flows: flowsOf({
        sinks: {
          amt: { type: 'mail', to: ['amt@teststadt.example'], from: 'hub@komm.example', smtp: url },
        },
        flows: { '*': { '*': ['amt'] } },
      }),
      delivery: { ...FAST, maxAttempts: 50 },
      adminToken: TOKEN,
      rateLimit: false,
    });
    try {
      await submit(hub);
      const [d] = await waitFor('attempts', async () => {
        const all = await deliveries(hub);
        return all[0] && all[0].attempts >= 2 ? all : undefined;
      });
      assert.equal(d!.status, 'pending');
      assert.match(d!.lastError ?? '', /^SMTP-Server antwortet nicht \(Verbindung abgelehnt\)/);
      // while the sink keeps failing, applications are still accepted at once
      const started = performance.now();
      for (let i = 0; i < 5; i++) await submit(hub);
      assert.ok(performance.now() - started < 5000);
    } finally {
      await hub.close();
    }
  });

  it('"office" without an address in the config: dead at once, with what to do', async () => {
    const hub = await startHub({
      configs: [testConfig()], // office without email
      flows: flowsOf({
        sinks: {
          amt: {
            type: 'mail',
            to: ['office'],
            from: 'hub@komm.example',
            smtp: 'smtp://127.0.0.1:9',
          },
        },
        flows: { '*': { '*': ['amt'] } },
      }),
      delivery: FAST,
      adminToken: TOKEN,
      rateLimit: false,
    });
    try {
      await submit(hub);
      const [d] = await waitFor('dead', async () => {
        const all = await deliveries(hub);
        return all[0]?.status === 'dead' ? all : undefined;
      });
      assert.equal(d!.attempts, 1);
      assert.match(
        d!.lastError ?? '',
        /Keine E-Mail-Adresse der zuständigen Stelle.*office\.email/,
      );
    } finally {
      await hub.close();
    }
  });
});

describe('webhook sink', () => {
  const hubWith = (url: string) =>
    startHub({
      flows: flowsOf({
        sinks: { fv: { type: 'webhook', url, secret: SECRET } },
        flows: { '*': { '*': ['fv'] } },
      }),
      delivery: FAST,
      adminToken: TOKEN,
      rateLimit: false,
    });

  it('503, 503, then 200: one delivery, three attempts, the same signed webhook-id', async () => {
    const fv = await receiver([503, 503, 200]);
    const hub = await hubWith(fv.url);
    try {
      const body = envelope();
      const reference = await submit(hub, body);
      const [d] = await waitFor('delivered', async () => {
        const all = await deliveries(hub);
        return all[0]?.status === 'delivered' ? all : undefined;
      });
      assert.equal(d!.attempts, 3);
      assert.equal(fv.requests.length, 3);
      const ids = new Set(fv.requests.map((r) => r.headers['webhook-id']));
      assert.deepEqual([...ids], [String(d!.id)]);
      for (const r of fv.requests) {
        assert.ok(verify(r.headers, r.body), 'signature');
        assert.equal(r.headers['content-type'], 'application/json');
        const sent = JSON.parse(r.body) as { id: string; reference: string };
        assert.equal(sent.id, body.id);
        assert.equal(sent.reference, reference);
      }
      // a tampered body does not verify
      assert.equal(verify(fv.requests[0]!.headers, `${fv.requests[0]!.body} `), false);
    } finally {
      await hub.close();
      await fv.close();
    }
  });

  it('400: dead after one attempt; retried by the admin API and delivered', async () => {
    const fv = await receiver([400]);
    const hub = await hubWith(fv.url);
    try {
      await submit(hub);
      const [dead] = await waitFor('dead', async () => {
        const all = await deliveries(hub);
        return all[0]?.status === 'dead' ? all : undefined;
      });
      assert.equal(dead!.attempts, 1);
      assert.match(dead!.lastError ?? '', /abgelehnt \(HTTP 400 Bad Request: nein\)/);
      assert.equal(fv.requests.length, 1);

      fv.statuses.splice(0, 1, 200);
      const retry = await admin(hub, `/deliveries/${dead!.id}/retry`, { method: 'POST' });
      assert.equal(retry.status, 202);
      const [done] = await waitFor('delivered', async () => {
        const all = await deliveries(hub);
        return all[0]?.status === 'delivered' ? all : undefined;
      });
      assert.equal(done!.attempts, 1);
      assert.equal(fv.requests.length, 2);
      assert.equal(fv.requests[1]!.headers['webhook-id'], String(dead!.id));
    } finally {
      await hub.close();
      await fv.close();
    }
  });

  it('408 and 429 are retried, not dead; no answer in time is retried too', async () => {
    const fv = await receiver([429, 408, 204]);
    const hub = await hubWith(fv.url);
    try {
      await submit(hub);
      const [d] = await waitFor('delivered', async () => {
        const all = await deliveries(hub);
        return all[0]?.status === 'delivered' ? all : undefined;
      });
      assert.equal(d!.attempts, 3);
    } finally {
      await hub.close();
      await fv.close();
    }
    const silent = createServer(() => {}); // never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    const slow = await startHub({
      flows: flowsOf({
        sinks: { fv: { type: 'webhook', url, secret: SECRET } },
        flows: { '*': { '*': ['fv'] } },
      }),
      delivery: { ...FAST, webhookTimeoutMs: 200, maxAttempts: 50 },
      adminToken: TOKEN,
      rateLimit: false,
    });
    try {
      await submit(slow, envelope({ id: randomUUID() }));
      const [d] = await waitFor('an attempt', async () => {
        const all = await deliveries(slow);
        return all[0] && all[0].attempts >= 1 ? all : undefined;
      });
      assert.equal(d!.status, 'pending');
      assert.match(d!.lastError ?? '', /^Webhook-Empfänger antwortet nicht innerhalb von 200 ms/);
    } finally {
      await slow.close();
      silent.closeAllConnections();
      await new Promise((r) => silent.close(r));
    }
  });
});

describe('uploaded files', () => {
  it('go along: attached to the mail under their own names, beside antrag.json in the folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'komm-sinks-'));
    const smtp = await smtpCatcher();
    try {
      const body = envelope();
      const uploadId = randomUUID();
      const bytes = Buffer.from('%PDF-1.4 ein Nachweis');
      mkdirSync(join(dataDir, 'uploads', body.id), { recursive: true });
      writeFileSync(join(dataDir, 'uploads', body.id, uploadId), bytes);
      body.attachments = [
        {
          uploadId,
          field: 'nachweis',
          filename: 'Nachweis Müller.pdf',
          mediaType: 'application/pdf',
          size: bytes.length,
          sha256: 'cd'.repeat(32),
        },
      ];
      const receipt = { reference: 'TST-2026-000123', receivedAt: '2026-11-29T10:00:00.000Z' };
      const view = applicationView({ envelope: body, receipt });
      const app: Application = {
        deliveryId: 7,
        reference: receipt.reference,
        json: withReceipt(JSON.stringify(body), JSON.stringify(receipt)),
        envelope: body,
        view: () => view,
        pdf: () => renderPdf(view),
      };

      await deliverFolder(dataDir, 'dms/{ags}', app);
      const folder = join(dataDir, 'dms', body.municipality.ags, receipt.reference);
      assert.deepEqual(readdirSync(folder).sort(), [
        '1-Nachweis Müller.pdf',
        'antrag.json',
        'antrag.pdf',
      ]);
      assert.deepEqual(readFileSync(join(folder, '1-Nachweis Müller.pdf')), bytes);

      const sink = {
        type: 'mail' as const,
        to: ['amt@teststadt.example'],
        from: 'hub@komm.example',
        smtp: smtp.url,
      };
      const transport = mailTransport(sink);
      try {
        await deliverMail(transport, sink, sink.to, app, attachedFiles(dataDir, app));
      } finally {
        transport.close();
      }
      const { mail } = await waitFor('the mail', () => smtp.received[0]);
      assert.deepEqual(
        mail.attachments.map((a) => a.filename),
        [
          `antrag-${receipt.reference}.pdf`,
          `antrag-${receipt.reference}.json`,
          'Nachweis Müller.pdf',
        ],
      );
      assert.deepEqual(mail.attachments[2]!.content, bytes);
      assert.match(
        mail.text ?? '',
        /Nachweis Müller\.pdf \(application\/pdf, 21 Byte\), SHA-256 (cd){32}/,
      );

      // a file that is gone: dead at once, saying which
      rmSync(join(dataDir, 'uploads', body.id, uploadId));
      assert.throws(
        () => attachedFiles(dataDir, app),
        (e: Error & { permanent?: boolean }) =>
          e.permanent === true && /„Nachweis Müller\.pdf“ .* fehlt/.test(e.message),
      );
    } finally {
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
