// The operator console in real Chromium (playwright-core, Debian's binary) against the real hub
// (issue 13), under its CSP: a wrong token is refused with a German message, the right one
// signs in, the overview counts the dead delivery (a folder sink blocked by a file, one
// attempt), the deliveries table shows its attempts and error, "Erneut zustellen" (with the
// session's CSRF header) brings it to delivered once the folder can be made; no console error
// and no CSP violation on the way.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  consoleOrigin,
  launchChromium,
  signIn,
  startConsoleHub,
  watchProblems,
} from './console-test-support.js';
import { envelope, startHub, TEST_AGS, type TestHub } from './test-support.js';

const TOKEN = 'browser-test-token';

interface Row {
  id: number;
  status: string;
  lastError: string | null;
}

describe('operator console in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;

  const deliveries = async (): Promise<Row[]> => {
    const res = await fetch(`${hub.url}/admin/deliveries`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    return ((await res.json()) as { items: Row[] }).items;
  };
  const waitFor = async (status: string) => {
    for (let i = 0; i < 300; i++) {
      const rows = await deliveries();
      if (rows.length === 1 && rows[0]!.status === status) return rows[0]!;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(
      `the delivery did not become ${status} within 30 s: ${JSON.stringify(await deliveries())}`,
    );
  };

  before(async () => {
    hub = await startConsoleHub(
      {
        sinks: { dms: { type: 'folder', path: 'blocked/sink' } },
        flows: { '*': { '*': ['dms'] } },
      },
      { adminToken: TOKEN, delivery: { maxAttempts: 1, baseMs: 1, pollMs: 50 } },
    );
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('signs in, sees the dead delivery and delivers it again', async () => {
    const res = await hub.post(envelope({ municipality: { ags: TEST_AGS, name: 'Teststadt' } }));
    assert.equal(res.status, 201);
    const { reference } = (await res.json()) as { reference: string };
    const dead = await waitFor('dead');
    assert.ok(dead.lastError, 'the dead delivery has an error');

    const page = await browser.newPage();
    const problems = await watchProblems(page);
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    const loaded = await page.goto(`${consoleOrigin(hub)}/admin/`);
    assert.match(loaded!.headers()['content-security-policy'] ?? '', /default-src 'self'/);

    // A wrong token: a German error at the field, focus back in it.
    const token = page.getByLabel('Betriebs-Token');
    await token.fill('falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'Das Token ist nicht richtig' }).waitFor();
    assert.equal(await token.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'token');
    assert.deepEqual(await axeViolations(page), [], 'sign-in with its error');
    // The 401 of the sign-in request itself is logged by Chromium as a failed resource.
    problems.splice(0, problems.length, ...problems.filter((p) => !/401/.test(p)));

    await token.fill(TOKEN);
    await token.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Sie sind angemeldet.' }).waitFor();
    const dead1 = page.locator('dt', { hasText: 'Gescheiterte Zustellungen' }).locator('+ dd');
    assert.equal((await dead1.textContent())?.trim(), '1');
    assert.deepEqual(await axeViolations(page), [], 'overview');

    await page.getByRole('button', { name: 'Zustellungen' }).click();
    await page.getByLabel('Status').selectOption('dead');
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    // td: Nr., AGS, Assistent, Ziel, Status, Versuche, Letzter Fehler (the reference is a th).
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[4]!.trim(), 'Gescheitert');
    assert.equal(cells[5]!.trim(), '1', 'attempts');
    assert.equal(cells[6]!.trim(), dead.lastError, 'the last error');
    assert.deepEqual(await axeViolations(page), [], 'deliveries');

    // The sink filter (applied in the page): another sink shows nothing, this one the row.
    const sinkFilter = page.getByLabel('Ziel');
    await sinkFilter.fill('anderes-ziel');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.getByText('Keine Zustellungen mit diesem Status.').waitFor();
    await sinkFilter.fill('dms');
    await sinkFilter.press('Enter');
    await row.waitFor();

    // The outage is over: the folder can be made now. Retry with the keyboard alone: Tab from
    // the sink filter past "Filtern", the table's scroll region and its sort buttons to the
    // row's button, Enter.
    rmSync(join(hub.dataDir, 'blocked'));
    await sinkFilter.focus();
    const stops: string[] = [];
    const label = `Zustellung ${dead.id} (${reference}) erneut zustellen`;
    while (stops.length < 12 && stops.at(-1) !== label) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ??
            document.activeElement?.getAttribute('role') ??
            document.activeElement?.textContent?.trim() ??
            '',
        ),
      );
    }
    assert.equal(stops.at(-1), label, `Tab stops: ${stops.join(' | ')}`);
    assert.equal(stops[0], 'Filtern');
    assert.equal(stops[1], 'region', 'the table scrolls in a focusable region');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Zustellung ${dead.id} wird erneut versucht.` })
      .waitFor();
    await waitFor('delivered');

    await page.getByLabel('Status').selectOption('delivered');
    await page
      .getByRole('row', { name: new RegExp(reference) })
      .getByText('Zugestellt')
      .waitFor();

    // Usage of this month: the table agrees with the API, the link is the API's CSV.
    await page.getByRole('button', { name: 'Nutzung' }).click();
    const month = new Date().toISOString().slice(0, 7);
    const auth = { authorization: `Bearer ${TOKEN}` };
    const usage = await fetch(`${hub.url}/admin/usage?month=${month}`, { headers: auth });
    const items = ((await usage.json()) as { items: { ags: string; submissions: number }[] }).items;
    assert.equal(items.length, 1);
    const usageRow = page.getByRole('row', { name: /Teststadt/ });
    await usageRow.waitFor();
    const usageCells = (await usageRow.locator('td').allTextContents()).map((c) => c.trim());
    assert.deepEqual(usageCells, [TEST_AGS, 'testantrag', 'simple', String(items[0]!.submissions)]);
    const href = await page.getByRole('link', { name: 'CSV herunterladen' }).getAttribute('href');
    const viaPage = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    const viaApi = await fetch(`${hub.url}/admin/usage?month=${month}`, {
      headers: { ...auth, accept: 'text/csv' },
    });
    assert.equal(viaPage, await viaApi.text());
    // The chart: one bar per row of the table, with the same number.
    assert.equal(await page.locator('.chart .bar').count(), items.length);
    assert.equal(
      (await page.locator('.chart .value').first().textContent())?.trim(),
      String(items[0]!.submissions),
    );
    assert.deepEqual(await axeViolations(page), [], 'usage');

    // English switch, then sign out.
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Operator token').waitFor();
    const after = await page.evaluate(async () => (await fetch('/admin/session')).status);
    assert.equal(after, 401);
    problems.splice(0, problems.length, ...problems.filter((p) => !/401/.test(p)));

    assert.deepEqual(problems, []);
    await page.close();
  });

  it('sends the page back to the sign-in, saying so, when the session has expired', async () => {
    let clock = Date.now();
    const timed = await startHub({ adminToken: TOKEN, now: () => new Date(clock) });
    const page = await browser.newPage();
    try {
      await signIn(page, timed, TOKEN);
      await page.getByRole('button', { name: 'Zustellungen' }).waitFor();
      clock += 8 * 60 * 60 * 1000 + 1000;
      await page.getByRole('button', { name: 'Zustellungen' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.' })
        .waitFor();
      await page.getByLabel('Betriebs-Token').waitFor();
      // Signing in again works.
      await page.getByLabel('Betriebs-Token').fill(TOKEN);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByRole('button', { name: 'Zustellungen' }).waitFor();
    } finally {
      await page.close();
      await timed.close();
    }
  });

  it('retries every failed delivery to one sink at once after an outage', async () => {
    const bulk = await startConsoleHub(
      {
        sinks: { dms: { type: 'folder', path: 'blocked/sink' } },
        flows: { '*': { '*': ['outbox', 'dms'] } },
      },
      { adminToken: TOKEN, delivery: { maxAttempts: 1, baseMs: 1, pollMs: 50 } },
    );
    const page = await browser.newPage();
    const statuses = async () => {
      const res = await fetch(`${bulk.url}/admin/deliveries`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      return ((await res.json()) as { items: (Row & { sink: string })[] }).items
        .filter((d) => d.sink === 'dms')
        .map((d) => d.status);
    };
    const until = async (want: string) => {
      for (let i = 0; i < 300; i++) {
        const now = await statuses();
        if (now.length === 2 && now.every((s) => s === want)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.fail(`not all ${want}: ${JSON.stringify(await statuses())}`);
    };
    try {
      for (let i = 0; i < 2; i++) assert.equal((await bulk.post(envelope())).status, 201);
      await until('dead');
      await signIn(page, bulk, TOKEN);
      await page.getByRole('button', { name: 'Zustellungen' }).click();
      // Not offered without a sink filter.
      await page.getByRole('table').waitFor();
      assert.equal(await page.getByRole('button', { name: /Alle .* erneut zustellen/ }).count(), 0);
      await page.getByLabel('Ziel').fill('dms');
      await page.getByRole('button', { name: 'Filtern' }).click();
      rmSync(join(bulk.dataDir, 'blocked'));
      await page
        .getByRole('button', { name: 'Alle 2 gescheiterten Zustellungen an dms erneut zustellen' })
        .click();
      await page
        .getByRole('status')
        .filter({ hasText: '2 von 2 Zustellungen an dms werden erneut versucht.' })
        .waitFor();
      await until('delivered');
    } finally {
      await page.close();
      await bulk.close();
    }
  });
});
