// WTR server commands that let browser tests look at the real hub: its URL, how many
// submissions its SQLite file holds (tests assert "stored once", not just "answered 201"), and
// the payment platform's signed notification (`hub-pay`).
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The secret of the payment notifications; scripts/test.mjs gives its hub the same. */
const paymentSecret = process.env.PAYMENT_NOTIFY_SECRET ?? 'komm-test-payment-secret';

export function hubCommandsPlugin() {
  let child;
  let url = process.env.HUB_URL;
  let dataDir = process.env.HUB_DATA_DIR;
  return {
    name: 'komm-hub-commands',
    async serverStart() {
      if (url) return;
      // Started alone (npx wtr): bring up a hub of our own on a free port.
      dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-'));
      const port = 18000 + Math.floor(Math.random() * 2000);
      child = spawn(process.execPath, ['--import', 'tsx', 'hub/main.ts'], {
        env: {
          ...process.env,
          PORT: String(port),
          DATA_DIR: dataDir,
          ALLOWED_ORIGINS: '*',
          HUB_QUIET: '1',
          RATE_LIMIT: '0',
          // The register lookup answers from the sample register (companies made up).
          REGISTER_FILE: process.env.REGISTER_FILE ?? 'examples/hub/register.csv',
          // Fee-bearing assistants (urkunden) get a payment link the browser tests can check.
          PAYMENT_URL_TEMPLATE:
            process.env.PAYMENT_URL_TEMPLATE ??
            'https://zahlung.example/pay?ref={reference}&amount={amount}&currency={currency}&return={returnUrl}',
          PAYMENT_NOTIFY_SECRET: paymentSecret,
        },
        stdio: 'inherit',
      });
      url = `http://127.0.0.1:${port}/api/v1`;
      for (let i = 0; i < 100; i++) {
        try {
          if ((await fetch(`${url}/health`)).ok) return;
        } catch {
          // not listening yet: try again
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('reference hub did not start');
    },
    async serverStop() {
      child?.kill();
    },
    executeCommand({ command, payload }) {
      if (command === 'hub-info') return { url, dataDir };
      if (command === 'hub-pay') {
        // As the payment platform: POST /payments/:reference/notify, signed (hub/payments.ts).
        const { reference, ...body } = payload;
        const raw = JSON.stringify(body);
        const signature = `sha256=${createHmac('sha256', paymentSecret).update(raw).digest('hex')}`;
        return fetch(`${url}/payments/${encodeURIComponent(reference)}/notify`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Signature': signature },
          body: raw,
        }).then((r) => r.status);
      }
      if (command === 'hub-count') {
        const db = new Database(join(String(dataDir), 'hub.sqlite'), {
          readonly: true,
          fileMustExist: true,
        });
        try {
          const where = payload?.assistant ? ' WHERE assistant_id = ?' : '';
          const row = db
            .prepare(`SELECT COUNT(*) AS n FROM submissions${where}`)
            .get(...(payload?.assistant ? [payload.assistant] : []));
          return /** @type {{ n: number }} */ (row).n;
        } finally {
          db.close();
        }
      }
      return undefined;
    },
  };
}
