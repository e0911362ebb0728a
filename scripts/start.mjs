#!/usr/bin/env node
// `npm start`: the reference data hub on http://localhost:8787/api/v1 (SQLite in .data/) and the
// demo page (index.html, every assistant, Vite dev server) on http://localhost:5173.
// Ctrl-C stops both; when one of them dies the other is stopped too, with a message saying why.
//
// A mail catcher for the hub's mail sink (examples/hub/flows.json: `"smtp": "${SMTP_URL}"`): a
// local SMTP server (smtp-server, no TLS, no login) on a free port that writes every message it
// gets to DATA_DIR/mail/<time>-<n>.eml (open it with any mail program) and prints where. It is
// not started when SMTP_URL is set: then the hub sends to that server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const HUB_PORT = 8787;
const DEMO_PORT = 5173;
const hubUrl = `http://localhost:${HUB_PORT}/api/v1`;
const demoUrl = `http://localhost:${DEMO_PORT}/`;

let stopping = false;
let hubWasReady = false;
let vite;

const dataDir = process.env.DATA_DIR ?? '.data';
const mailDir = join(dataDir, 'mail');

/** The mail catcher; resolves to its smtp:// URL. */
async function startMailCatcher() {
  let n = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const file = join(mailDir, `${stamp}-${++n}.eml`);
        try {
          mkdirSync(mailDir, { recursive: true });
          writeFileSync(`${file}.tmp`, raw);
          renameSync(`${file}.tmp`, file);
        } catch (e) {
          return callback(/** @type {Error} */ (e));
        }
        callback();
        simpleParser(raw).then(
          (mail) => console.log(`mail catcher: „${mail.subject}“ -> ${file}`),
          () => console.log(`mail catcher: message -> ${file}`),
        );
      });
    },
  });
  server.on('error', (e) => console.error(`mail catcher: ${e.message}`));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  mailCatcher = server;
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.server.address());
  return `smtp://127.0.0.1:${port}`;
}

/** @type {SMTPServer | undefined} */
let mailCatcher;
const smtpUrl = process.env.SMTP_URL || (await startMailCatcher());
// The operator console (/admin/) needs a token: the demo makes one per run unless one is given.
const adminToken = process.env.HUB_ADMIN_TOKEN || randomBytes(16).toString('hex');

const hub = spawn(process.execPath, ['--import', 'tsx', 'hub/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(HUB_PORT),
    DATA_DIR: dataDir,
    SMTP_URL: smtpUrl,
    HUB_ADMIN_TOKEN: adminToken,
    // The demo shows one line per stored application instead of the JSON request log.
    HUB_QUIET: process.env.HUB_QUIET ?? '1',
    HUB_LOG: process.env.HUB_LOG ?? 'short',
    // The register lookup of the demo answers from a small sample register (made-up companies).
    REGISTER_FILE: process.env.REGISTER_FILE ?? 'examples/hub/register.csv',
    ALLOWED_ORIGINS:
      process.env.ALLOWED_ORIGINS ?? `http://localhost:${DEMO_PORT},http://127.0.0.1:${DEMO_PORT}`,
  },
});

async function stop(code, message) {
  if (stopping) return;
  stopping = true;
  if (message) console.error(`\nstart: ${message}`);
  if (hub.exitCode === null && hub.signalCode === null) {
    hub.kill('SIGTERM');
    const timer = setTimeout(() => hub.kill('SIGKILL'), 3000);
    await new Promise((resolve) => hub.once('exit', resolve));
    clearTimeout(timer);
  }
  await vite?.close().catch(() => {});
  mailCatcher?.close();
  process.exit(code);
}

hub.on('error', (e) =>
  stop(1, `could not start the reference hub: ${e.message}. Stopping the demo page.`),
);
hub.on('exit', (code, signal) => {
  if (!stopping)
    stop(
      1,
      `the reference hub stopped (${signal ?? `exit code ${code}`}). Stopping the demo page too.` +
        (hubWasReady ? '' : ` Is port ${HUB_PORT} already in use?`),
    );
});

process.on('SIGINT', () => stop(0, 'Ctrl-C: stopping the hub and the demo page …'));
process.on('SIGTERM', () => stop(0));

// Wait for the hub before opening the page, so the first submission does not hit a closed port.
async function hubReady() {
  for (let i = 0; i < 150 && !stopping; i++) {
    try {
      if ((await fetch(`${hubUrl}/health`)).ok) return (hubWasReady = true);
    } catch {
      // not listening yet: try again
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

// Vite restarts its server in place when vite.config.ts or the lockfile changes: the old HTTP
// server closes and a new one listens a moment later. Only a server that stays closed is "dead".
function watchDemoServer() {
  const server = vite?.httpServer;
  server?.once('close', () => {
    setTimeout(() => {
      if (stopping) return;
      if (vite?.httpServer && vite.httpServer !== server && vite.httpServer.listening)
        return watchDemoServer();
      stop(1, 'the demo page server stopped. Stopping the reference hub too.');
    }, 3000);
  });
}

// start.mjs itself failing must not leave the hub running without us.
process.on('uncaughtException', (e) =>
  stop(1, `unexpected error: ${e?.stack ?? e}. Stopping the hub and the demo page.`),
);
process.on('exit', () => {
  if (hub.exitCode === null && hub.signalCode === null) hub.kill('SIGKILL');
});

try {
  vite = await createServer({ root, configFile: `${root}vite.config.ts`, clearScreen: false });
  await vite.listen();
  watchDemoServer();
} catch (e) {
  await stop(
    1,
    `the demo page could not start on port ${DEMO_PORT}: ${e instanceof Error ? e.message : e}. Stopping the reference hub.`,
  );
}

const up = await hubReady();
if (!stopping) {
  console.log(`
  komm-assistenten demo

  Demo page      ${demoUrl}
  Reference hub  ${hubUrl}   ${up ? '(ready)' : '(not answering yet: see its output above)'}
  Hub data       ${dataDir}/ (hub.sqlite, outbox/, DMS folder dms/<AGS>/<reference>/)
  Console        ${hubUrl.replace(/\/api\/v1$/, '/admin/')}   token ${process.env.HUB_ADMIN_TOKEN ? '(HUB_ADMIN_TOKEN)' : adminToken}
  Mail           ${mailCatcher ? `${mailDir}/*.eml (mail catcher at ${smtpUrl})` : `sent to SMTP_URL ${smtpUrl.replace(/\/\/[^@/]*@/, '//…@')}`}

  Ctrl-C stops both.
`);
}
