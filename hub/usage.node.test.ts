// Usage per month for billing (issue 6): `GET /api/v1/admin/usage?month=YYYY-MM` behind the
// admin token, as JSON and as CSV, over real HTTP and a real SQLite file. The public `/usage` of
// before is gone.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { csvField, prefersCsv, usageCsv } from './usage.js';
import { envelope, startHub, TEST_AGS, testConfig, type TestHub } from './test-support.js';

const TOKEN = 'usage-test-token-0123456789';
const LEIPZIG = '14713000';
const LEIPZIG_NAME = 'Leipzig, "Messestadt" – Süd';
const PROBLEMS = 'https://komm-assistenten.de/problems/';

const usage = (hub: TestHub, query: string, headers: Record<string, string> = {}) =>
  fetch(`${hub.url}/admin/usage${query}`, {
    headers: { authorization: `Bearer ${TOKEN}`, ...headers },
  });

interface Report {
  month: string;
  from: string;
  to: string;
  generatedAt: string;
  items: {
    ags: string;
    municipality: string | null;
    assistant: string;
    category: string | null;
    submissions: number;
    firstReceivedAt: string;
    lastReceivedAt: string;
  }[];
}

describe('GET /admin/usage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-usage-'));
  let clock = new Date('2026-11-01T00:00:00.000Z');
  let hub: TestHub;
  const configs = [
    testConfig(),
    { ...testConfig(LEIPZIG), municipality: { name: LEIPZIG_NAME, ags: LEIPZIG } },
  ];

  const submitAt = async (iso: string, ags = TEST_AGS, name = 'Teststadt') => {
    clock = new Date(iso);
    const res = await hub.post(envelope({ municipality: { ags, name } }));
    assert.equal(res.status, 201);
  };

  before(async () => {
    hub = await startHub({ dataDir, configs, now: () => clock, adminToken: TOKEN });
    await submitAt('2026-10-31T23:59:59.999Z'); // October, the last millisecond
    await submitAt('2026-11-01T00:00:00.000Z'); // November, the first
    await submitAt('2026-11-15T12:00:00.000Z');
    await submitAt('2026-11-20T08:30:00.000Z', LEIPZIG, LEIPZIG_NAME);
    await submitAt('2026-11-30T23:59:59.999Z');
    await submitAt('2026-12-01T00:00:00.000Z'); // December
    clock = new Date('2026-12-03T09:00:00.000Z');
  });
  after(async () => {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('needs the token: 401 without or with a wrong one', async () => {
    const none = await fetch(`${hub.url}/admin/usage?month=2026-11`);
    assert.equal(none.status, 401);
    assert.match(none.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const wrong = await fetch(`${hub.url}/admin/usage?month=2026-11`, {
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    assert.equal(wrong.status, 401);
  });

  it('counts one month per municipality and assistant, with name, category, first and last time', async () => {
    const res = await usage(hub, '?month=2026-11');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const report = (await res.json()) as Report;
    assert.equal(report.month, '2026-11');
    assert.equal(report.from, '2026-11-01T00:00:00.000Z');
    assert.equal(report.to, '2026-12-01T00:00:00.000Z');
    assert.equal(report.generatedAt, '2026-12-03T09:00:00.000Z');
    assert.deepEqual(report.items, [
      {
        ags: TEST_AGS,
        municipality: 'Teststadt',
        assistant: 'testantrag',
        category: 'simple',
        submissions: 3,
        firstReceivedAt: '2026-11-01T00:00:00.000Z',
        lastReceivedAt: '2026-11-30T23:59:59.999Z',
      },
      {
        ags: LEIPZIG,
        municipality: LEIPZIG_NAME,
        assistant: 'testantrag',
        category: 'simple',
        submissions: 1,
        firstReceivedAt: '2026-11-20T08:30:00.000Z',
        lastReceivedAt: '2026-11-20T08:30:00.000Z',
      },
    ]);
  });

  it('other months hold only their own submissions; no month means the current one', async () => {
    const october = (await (await usage(hub, '?month=2026-10')).json()) as Report;
    assert.deepEqual(
      october.items.map((i) => [i.ags, i.submissions]),
      [[TEST_AGS, 1]],
    );
    const current = (await (await usage(hub, '')).json()) as Report;
    assert.equal(current.month, '2026-12');
    assert.deepEqual(
      current.items.map((i) => [i.ags, i.submissions]),
      [[TEST_AGS, 1]],
    );
    const empty = (await (await usage(hub, '?month=2025-11')).json()) as Report;
    assert.deepEqual(empty.items, []);
  });

  it('gives CSV for Accept: text/csv (header row, RFC 4180 quoting, UTF-8, CRLF)', async () => {
    const res = await usage(hub, '?month=2026-11', { accept: 'text/csv' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.match(res.headers.get('content-disposition') ?? '', /nutzung-2026-11\.csv/);
    assert.match(res.headers.get('vary') ?? '', /accept/i);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    assert.equal(
      text,
      'ags,municipality,assistant,category,submissions,firstReceivedAt,lastReceivedAt\r\n' +
        `${TEST_AGS},Teststadt,testantrag,simple,3,2026-11-01T00:00:00.000Z,2026-11-30T23:59:59.999Z\r\n` +
        `${LEIPZIG},"Leipzig, ""Messestadt"" – Süd",testantrag,simple,1,2026-11-20T08:30:00.000Z,2026-11-20T08:30:00.000Z\r\n`,
    );
    // JSON stays the default, also for a browser's Accept
    const browser = await usage(hub, '?month=2026-11', {
      accept: 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8',
    });
    assert.match(browser.headers.get('content-type') ?? '', /^application\/json/);
  });

  it('answers a month not in YYYY-MM with 400 problem+json naming the format', async () => {
    for (const month of ['2026-13', '2026-1', 'November', '2026-11-01', '']) {
      const res = await usage(hub, `?month=${encodeURIComponent(month)}`);
      assert.equal(res.status, 400, month);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const body = (await res.json()) as { type: string; detail: string };
      assert.equal(body.type, PROBLEMS + 'malformed');
      assert.match(body.detail, /JJJJ-MM/);
    }
  });

  it('still counts an application erased through the admin API (its row stays as a tombstone)', async () => {
    clock = new Date('2026-11-25T10:00:00.000Z');
    const res = await hub.post(envelope({ municipality: { ags: LEIPZIG, name: LEIPZIG_NAME } }));
    const { reference } = (await res.json()) as { reference: string };
    const erased = await fetch(`${hub.url}/admin/submissions/${reference}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(erased.status, 200);
    clock = new Date('2026-12-03T09:00:00.000Z');
    const report = (await (await usage(hub, '?month=2026-11')).json()) as Report;
    const leipzig = report.items.find((i) => i.ags === LEIPZIG)!;
    assert.equal(leipzig.submissions, 2);
    assert.equal(leipzig.lastReceivedAt, '2026-11-25T10:00:00.000Z');
    assert.equal(leipzig.municipality, LEIPZIG_NAME); // from the config
  });

  it('no longer has the public /usage', async () => {
    assert.equal((await fetch(`${hub.url}/usage`)).status, 404);
  });

  it("takes the name from the stored envelope for a municipality the hub's configs no longer have", async () => {
    await hub.close();
    hub = await startHub({
      dataDir,
      configs: [testConfig()],
      now: () => clock,
      adminToken: TOKEN,
    });
    const report = (await (await usage(hub, '?month=2026-11')).json()) as Report;
    assert.deepEqual(
      report.items.map((i) => [i.ags, i.municipality, i.submissions]),
      [
        [TEST_AGS, 'Teststadt', 3],
        // the newest Leipzig application is erased: the name from the one before
        [LEIPZIG, LEIPZIG_NAME, 2],
      ],
    );
  });

  it('is not there without HUB_ADMIN_TOKEN (404)', async () => {
    const off = await startHub({ adminToken: '' });
    try {
      assert.equal((await fetch(`${off.url}/admin/usage?month=2026-11`)).status, 404);
    } finally {
      await off.close();
    }
  });
});

describe('usage CSV and content negotiation', () => {
  it('quotes only what needs it and defuses spreadsheet formulas', () => {
    assert.equal(csvField('Dresden'), 'Dresden');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField(12), '12');
    assert.equal(csvField(null), '');
    assert.equal(
      usageCsv([]),
      'ags,municipality,assistant,category,submissions,firstReceivedAt,lastReceivedAt\r\n',
    );
  });

  it('prefers CSV only when Accept ranks it above JSON', () => {
    assert.equal(prefersCsv(undefined), false);
    assert.equal(prefersCsv('*/*'), false);
    assert.equal(prefersCsv('text/csv'), true);
    assert.equal(prefersCsv('text/csv, application/json'), false);
    assert.equal(prefersCsv('application/json;q=0.5, text/csv'), true);
    assert.equal(prefersCsv('text/csv;q=0.1, */*'), false);
    assert.equal(prefersCsv('text/csv, */*;q=0.1'), true);
  });
});
