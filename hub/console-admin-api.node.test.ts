// The operator API behind the console's overview, audit log and flows views (issues 13 and 9),
// over HTTP against a real hub: the overview counts an open and a failed delivery, the oldest
// open one, today's and this month's applications and the purge run at start; the audit log
// pages and filters the access and erasure written by the submissions routes; the flows answer
// names every sink's kind and target but no secret, not even one taken from the environment.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startConsoleHub } from './console-test-support.js';
import { sinkView } from './flows-view.js';
import { envelope, TEST_AGS, waitFor, type TestHub } from './test-support.js';

const TOKEN = 'admin-api-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const DAY = 24 * 60 * 60 * 1000;

/** Values that must never leave the hub through the flows answer. */
const SECRETS = {
  SMTP_PASSWORD: 'pw-Zz9-nie-zeigen',
  SMTP_USER: 'konto-nie-zeigen',
  HOOK_SECRET: `whsec_${Buffer.from('geheimer-schluessel-32-bytes-lang!').toString('base64')}`,
  HOOK_TOKEN: 'tok-Qq7-nie-zeigen',
  DMS_PATH: 'dms/pfad-aus-env',
};

describe('operator API for the console: overview, audit log, flows', () => {
  let hub: TestHub;
  const get = async (path: string) => {
    const res = await fetch(`${hub.url}${path}`, { headers: auth });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  before(async () => {
    // The folder sink "stuck" fails every attempt; the next one is an hour away.
    hub = await startConsoleHub(
      {
        sinks: {
          stuck: { type: 'folder', path: 'blocked/sink' },
          dms: { type: 'folder', path: '${DMS_PATH}' },
          amt: {
            type: 'mail',
            to: ['office', 'poststelle@teststadt.example'],
            from: 'Hub <hub@teststadt.example>',
            smtp: 'smtp://${SMTP_USER}:${SMTP_PASSWORD}@mail.teststadt.example:587',
          },
          fach: {
            type: 'webhook',
            url: 'https://fach.example/api/eingang?token=${HOOK_TOKEN}',
            secret: '${HOOK_SECRET}',
          },
        },
        flows: { '*': { '*': ['outbox', 'stuck'] }, '09999999': { '*': ['amt', 'fach', 'dms'] } },
        retention: { [TEST_AGS]: { testantrag: 7 } },
      },
      {
        adminToken: TOKEN,
        // Polling and the many audit entries are more than 120 requests a minute on a slow machine.
        rateLimit: false,
        purgeEveryMs: DAY,
        delivery: { maxAttempts: 5, baseMs: 60 * 60 * 1000, pollMs: 20 },
      },
      SECRETS,
    );
  });
  after(() => hub?.close());

  it('needs the token for every new route', async () => {
    for (const path of ['/admin/overview', '/admin/audit', '/admin/flows']) {
      const res = await fetch(`${hub.url}${path}`);
      assert.equal(res.status, 401, path);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    }
  });

  it('overview: store, queue, purge and applications agree with what happened', async () => {
    const before = Date.now();
    const refs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await hub.post(envelope());
      assert.equal(res.status, 201);
      refs.push(((await res.json()) as { reference: string }).reference);
    }
    // Both wait for their second attempt at the blocked folder.
    await waitFor('two failed first attempts', async () => {
      const { body } = await get('/admin/deliveries?status=pending');
      const items = body.items as { attempts: number }[];
      return items.length === 2 && items.every((d) => d.attempts === 1) ? true : undefined;
    });
    // Erasure closes the open delivery of the first: it counts as failed (dead) from now on.
    const erased = await fetch(`${hub.url}/admin/submissions/${refs[0]}`, {
      method: 'DELETE',
      headers: auth,
    });
    assert.equal(erased.status, 200);

    const { status, body } = await get('/admin/overview');
    assert.equal(status, 200);
    assert.deepEqual(body.store, {
      kind: 'sqlite',
      location: join(hub.dataDir, 'hub.sqlite'),
      reachable: true,
    });
    const queue = body.queue as Record<string, unknown>;
    assert.equal(queue.pending, 1);
    assert.equal(queue.dead, 1);
    const oldest = Date.parse(queue.oldestPendingAt as string);
    assert.ok(oldest >= before - 1000 && oldest <= Date.now(), 'the second one is the oldest open');
    assert.equal(typeof queue.oldestPendingAgeSeconds, 'number');
    assert.ok((queue.oldestPendingAgeSeconds as number) < 60);
    const purge = body.purge as Record<string, string | number | null>;
    assert.ok(purge.lastRunAt, 'the purge ran at start');
    assert.equal(purge.purged, 0);
    assert.equal(purge.held, 0);
    assert.equal(
      Date.parse(purge.nextDueAt as string) - Date.parse(purge.lastRunAt as string),
      DAY,
    );
    const today = new Date().toISOString();
    assert.deepEqual(body.applications, {
      day: today.slice(0, 10),
      today: 2,
      month: today.slice(0, 7),
      thisMonth: 2,
    });
    // The month agrees with the usage report.
    const usage = await get(`/admin/usage?month=${today.slice(0, 7)}`);
    const items = usage.body.items as { submissions: number }[];
    assert.equal(
      items.reduce((n, i) => n + i.submissions, 0),
      2,
    );

    // The audit log: access (GET) and erasure, newest first, no personal data.
    assert.equal((await get(`/admin/submissions/${refs[1]}`)).status, 200);
    const all = await get('/admin/audit');
    assert.equal(all.status, 200);
    const entries = all.body.items as { action: string; reference: string; actor: string }[];
    assert.deepEqual(
      entries.map((e) => [e.action, e.reference]),
      [
        ['access', refs[1]],
        ['erasure', refs[0]],
      ],
    );
    assert.match(entries[0]!.actor, /^admin-token:[0-9a-f]{12}$/);
    assert.equal(all.body.total, 2);
    assert.doesNotMatch(JSON.stringify(all.body), /Erika|Mustermann|erika@example/);

    const erasures = await get('/admin/audit?action=erasure');
    assert.deepEqual(
      (erasures.body.items as { reference: string }[]).map((e) => e.reference),
      [refs[0]],
    );
    assert.equal(erasures.body.total, 1);
    const byRef = await get(`/admin/audit?reference=${refs[1]}`);
    assert.equal(byRef.body.total, 1);
    const page2 = await get('/admin/audit?limit=1&offset=1');
    assert.deepEqual(
      {
        ...page2.body,
        items: (page2.body.items as { reference: string }[]).map((e) => e.reference),
      },
      { items: [refs[0]], total: 2, limit: 1, offset: 1 },
    );
    for (const bad of ['action=delete', 'limit=0', 'limit=501', 'offset=-1', 'limit=abc']) {
      const res = await get(`/admin/audit?${bad}`);
      assert.equal(res.status, 400, bad);
      assert.match(String(res.body.detail), /muss/, bad);
    }
  });

  it('flows: kinds, targets and retention, never a secret', async () => {
    const res = await fetch(`${hub.url}/admin/flows`, { headers: auth });
    assert.equal(res.status, 200);
    const text = await res.text();
    for (const [name, value] of Object.entries(SECRETS))
      assert.ok(!text.includes(value), `${name} appears in the answer`);
    assert.doesNotMatch(text, /whsec_|token=/);
    const body = JSON.parse(text) as {
      defaultRetentionDays: number;
      sinks: { name: string; type: string; builtin: boolean; settings: unknown[] }[];
      municipalities: {
        ags: string;
        name: string;
        flows: { assistant: string; sinks: string[]; retentionDays: number }[];
      }[];
    };
    assert.equal(body.defaultRetentionDays, 30);
    const sink = (name: string) => body.sinks.find((s) => s.name === name);
    assert.deepEqual(sink('outbox'), {
      name: 'outbox',
      type: 'folder',
      builtin: true,
      settings: [{ name: 'path', value: 'outbox/<AGS>/<assistant>/' }],
    });
    assert.deepEqual(sink('stuck')?.settings, [{ name: 'path', value: 'blocked/sink' }]);
    assert.deepEqual(sink('dms')?.settings, [{ name: 'path', set: true, fromEnv: true }]);
    assert.deepEqual(sink('amt'), {
      name: 'amt',
      type: 'mail',
      builtin: false,
      settings: [
        { name: 'to', value: 'office' },
        { name: 'to', value: 'poststelle@teststadt.example' },
        { name: 'from', value: 'Hub <hub@teststadt.example>' },
        // The SMTP URL has values from the environment: not even its host is shown.
        { name: 'server', set: true, fromEnv: true },
        { name: 'user', set: true },
        { name: 'password', set: true },
      ],
    });
    assert.deepEqual(sink('fach')?.settings, [
      { name: 'url', set: true, fromEnv: true },
      { name: 'query', set: true },
      { name: 'secret', set: true },
    ]);
    assert.deepEqual(body.municipalities, [
      {
        ags: TEST_AGS,
        name: 'Teststadt',
        flows: [
          {
            assistant: 'testantrag',
            category: 'simple',
            sinks: ['outbox', 'stuck'],
            retentionDays: 7,
          },
        ],
      },
    ]);
  });
});

describe('sinkView', () => {
  it('shows a literal target without user, password, query or secret', () => {
    const mail = sinkView(
      'amt',
      {
        type: 'mail',
        to: ['a@b.example'],
        from: 'c@b.example',
        smtp: 'smtps://nutzer:Pass-Wort-1@mail.b.example',
      },
      undefined,
    );
    assert.deepEqual(mail.settings, [
      { name: 'to', value: 'a@b.example' },
      { name: 'from', value: 'c@b.example' },
      { name: 'server', value: 'smtps://mail.b.example:465' },
      { name: 'user', set: true },
      { name: 'password', set: true },
    ]);
    const hook = sinkView(
      'fach',
      {
        type: 'webhook',
        url: 'https://hans:geheim@fach.example:8443/eingang/hund?key=abc#x',
        secret: SECRETS.HOOK_SECRET,
      },
      undefined,
    );
    assert.deepEqual(hook.settings, [
      { name: 'url', value: 'https://fach.example:8443/eingang/hund' },
      { name: 'credentials', set: true },
      { name: 'query', set: true },
      { name: 'secret', set: true },
    ]);
    // An unreadable flows file: every value counts as from the environment.
    assert.deepEqual(sinkView('dms', { type: 'folder', path: 'x' }, null).settings, [
      { name: 'path', set: true, fromEnv: true },
    ]);
  });
});
