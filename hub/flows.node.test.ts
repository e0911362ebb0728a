// Message flows and reliable delivery (issue 6): the flows file (lookup order, category
// defaults, `${NAME}`, sink checks, refused when invalid at start and at reload), the folder sink
// (antrag.json and antrag.pdf), the delivery worker
// (back-off, dead after max attempts, admin retry, resume after a restart) and the admin API's
// token check. Over real HTTP and a real SQLite file.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Flows, FlowsError, parseFlows, sinksFor, type FlowsFile } from './flows.js';
import { killAll, startHubProcess } from './process-test-support.js';
import type { Delivery } from './store.js';
import { envelope, flowsOf, startHub, TEST_AGS, waitFor, type TestHub } from './test-support.js';

const TOKEN = 'test-admin-token-0123456789';

async function admin(hub: TestHub, path: string, init: RequestInit = {}, token = TOKEN) {
  return fetch(`${hub.url}/admin${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}` },
  });
}

async function deliveries(hub: TestHub, query = ''): Promise<Delivery[]> {
  const res = await admin(hub, `/deliveries${query}`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: Delivery[] }).items;
}

async function submit(hub: TestHub): Promise<string> {
  const res = await hub.post(envelope());
  assert.equal(res.status, 201);
  return ((await res.json()) as { reference: string }).reference;
}

describe('flows file', () => {
  const file: FlowsFile = parseFlows(
    JSON.stringify({
      sinks: {
        a: { type: 'folder', path: 'a' },
        b: { type: 'folder', path: 'b' },
        c: { type: 'folder', path: 'c' },
      },
      flows: {
        '14612000': { hundesteuer: ['a'], '*': ['b'] },
        '*': { hundesteuer: ['c'], '*': ['outbox'] },
      },
    }),
    {},
  );

  it('looks up ags+assistant, then ags+*, then *+assistant, then *+*', () => {
    assert.deepEqual(sinksFor(file, '14612000', 'hundesteuer'), ['a']);
    assert.deepEqual(sinksFor(file, '14612000', 'urkunden'), ['b']);
    assert.deepEqual(sinksFor(file, '14713000', 'hundesteuer'), ['c']);
    assert.deepEqual(sinksFor(file, '14713000', 'urkunden'), ['outbox']);
    assert.deepEqual(sinksFor({ sinks: {}, flows: {} }, '1', 'x'), []);
  });

  it('replaces ${NAME} from the environment; a missing variable is an error naming it', () => {
    const text = JSON.stringify({
      sinks: { dms: { type: 'folder', path: 'dms/${CITY}' } },
      flows: { '*': { '*': ['dms'] } },
    });
    const parsed = parseFlows(text, { CITY: 'dresden' });
    assert.deepEqual(parsed.sinks.dms, { type: 'folder', path: 'dms/dresden' });
    assert.throws(
      () => parseFlows(text, {}),
      /environment variable CITY is not set \(used at \/sinks\/dms\/path\)/,
    );
  });

  it('names the key of what is wrong', () => {
    assert.throws(
      () => parseFlows(JSON.stringify({ sinks: {}, flows: { '*': { '*': ['nope'] } } }), {}),
      (e: Error) =>
        e instanceof FlowsError && /\/flows\/\*\/\*\/0: unknown sink "nope"/.test(e.message),
    );
    assert.throws(
      () =>
        parseFlows(
          JSON.stringify({ sinks: { x: { type: 'folder', path: '../up' } }, flows: {} }),
          {},
        ),
      /\/sinks\/x\/path/,
    );
    assert.throws(
      () => parseFlows(JSON.stringify({ flows: {}, categories: { simple: ['nope'] } }), {}),
      /\/categories\/simple\/0: unknown sink "nope"/,
    );
  });

  it('accepts mail and webhook sinks; refuses a bad SMTP URL, address or webhook secret', () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const sinks = (extra: Record<string, unknown>) =>
      JSON.stringify({
        sinks: {
          m: {
            type: 'mail',
            to: ['office', 'Amt <amt@b.example>'],
            from: 'hub@d.example',
            smtp: 'smtp://u:p@mail.example:587',
          },
          w: { type: 'webhook', url: 'https://fv.example/inbox', secret },
          ...extra,
        },
        flows: { '*': { '*': ['m', 'w'] } },
      });
    const ok = parseFlows(sinks({}), {});
    assert.equal(ok.sinks.m!.type, 'mail');
    assert.equal(ok.sinks.w!.type, 'webhook');
    const refused = (extra: Record<string, unknown>, message: RegExp) =>
      assert.throws(() => parseFlows(sinks(extra), {}), message);
    refused(
      { x: { type: 'webhook', url: 'https://fv.example', secret: 'geheim' } },
      /\/sinks\/x\/secret: must be whsec_/,
    );
    refused(
      {
        x: {
          type: 'webhook',
          url: 'https://fv.example',
          secret: `whsec_${Buffer.alloc(8).toString('base64')}`,
        },
      },
      /\/sinks\/x\/secret: must hold 24 to 64 bytes/,
    );
    refused({ x: { type: 'webhook', url: 'ftp://fv.example', secret } }, /\/sinks\/x\/url/);
    refused(
      { x: { type: 'mail', to: ['a@b.example'], from: 'c@d.example', smtp: 'http://x' } },
      /\/sinks\/x\/smtp: must start with smtp:\/\/ or smtps:\/\//,
    );
    refused(
      { x: { type: 'mail', to: ['a@b.example'], from: 'c@d.example', smtp: 'smtp://x?tls=no' } },
      /\/sinks\/x\/smtp: unknown option \?tls=/,
    );
    refused(
      { x: { type: 'mail', to: ['amt'], from: 'c@d.example', smtp: 'smtp://x' } },
      /\/sinks\/x\/to\/0: must be an e-mail address or "office"/,
    );
  });

  it('${NAME:-default} falls back when NAME is unset or empty', () => {
    const text = JSON.stringify({
      sinks: { dms: { type: 'folder', path: '${DMS:-dms/default}' } },
      flows: { '*': { '*': ['dms'] } },
    });
    assert.deepEqual(parseFlows(text, {}).sinks.dms, { type: 'folder', path: 'dms/default' });
    assert.deepEqual(parseFlows(text, { DMS: '' }).sinks.dms, {
      type: 'folder',
      path: 'dms/default',
    });
    assert.deepEqual(parseFlows(text, { DMS: 'x' }).sinks.dms, { type: 'folder', path: 'x' });
  });

  it('category defaults apply where the municipality has no matching entry, after *+assistant', () => {
    const file = parseFlows(
      JSON.stringify({
        sinks: {
          mail: { type: 'folder', path: 'm' },
          fv: { type: 'folder', path: 'f' },
          a: { type: 'folder', path: 'a' },
        },
        flows: {
          '14612000': { '*': ['outbox'] },
          '*': { urkunden: ['a'], '*': ['outbox'] },
        },
        categories: { simple: ['mail'], medium: ['mail', 'fv'] },
      }),
      {},
    );
    assert.deepEqual(sinksFor(file, '14713000', 'brauchtumsfeuer', 'simple'), ['mail']);
    assert.deepEqual(sinksFor(file, '14713000', 'hundesteuer', 'medium'), ['mail', 'fv']);
    assert.deepEqual(sinksFor(file, '14713000', 'urkunden', 'medium'), ['a']); // *+assistant first
    assert.deepEqual(sinksFor(file, '14713000', 'gewerbeanzeige', 'complex'), ['outbox']); // none for complex
    assert.deepEqual(sinksFor(file, '14612000', 'hundesteuer', 'medium'), ['outbox']); // own entry
    const partial = { ...file, flows: { ...file.flows, '14612000': { hundesteuer: ['fv'] } } };
    assert.deepEqual(sinksFor(partial, '14612000', 'hundesteuer', 'medium'), ['fv']);
    assert.deepEqual(sinksFor(partial, '14612000', 'brauchtumsfeuer', 'simple'), ['mail']);
    const flows = new Flows(file);
    flows.useCategories({ hundesteuer: 'medium' });
    assert.deepEqual(flows.sinksFor('14713000', 'hundesteuer'), ['mail', 'fv']);
  });

  it('the example file is valid', () => {
    const flows = Flows.fromFile('examples/hub/flows.json', {});
    assert.deepEqual(flows.sinksFor('14713000', 'hundesteuer'), ['outbox']);
    flows.useCategories({ hundesteuer: 'medium' });
    assert.deepEqual(flows.sinksFor('14612000', 'hundesteuer'), [
      'sachbearbeitung-mail',
      'dms',
      'outbox',
    ]);
    const mail = flows.current.sinks['sachbearbeitung-mail'];
    assert.equal(mail?.type === 'mail' && mail.smtp, 'smtp://localhost:2525');
  });

  it('a reload with a bad file is refused and the old flows stay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'komm-flows-'));
    try {
      const path = join(dir, 'flows.json');
      writeFileSync(path, JSON.stringify({ flows: { '*': { '*': ['outbox'] } } }));
      const flows = Flows.fromFile(path, {});
      writeFileSync(path, JSON.stringify({ flows: { '*': { '*': ['missing'] } } }));
      assert.throws(() => flows.reload(), /\/flows\/\*\/\*\/0/);
      assert.deepEqual(flows.sinksFor('1', 'x'), ['outbox']);
      writeFileSync(
        path,
        JSON.stringify({
          sinks: { d: { type: 'folder', path: 'd' } },
          flows: { '*': { '*': ['d'] } },
        }),
      );
      flows.reload();
      assert.deepEqual(flows.sinksFor('1', 'x'), ['d']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the hub does not start with an invalid file, naming the key; SIGHUP refuses a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'komm-flows-'));
    try {
      const path = join(dir, 'flows.json');
      writeFileSync(path, JSON.stringify({ sinks: { x: { type: 'ftp' } }, flows: {} }));
      const env = { HUB_FLOWS: path, DATA_DIR: join(dir, 'data'), PORT: '0', HUB_QUIET: '1' };
      await assert.rejects(
        startHubProcess(env),
        /hub exited \(1\) before listening:\n[\s\S]*HUB_FLOWS: .*flows\.json is invalid:\n\s+\/sinks\/x\/type/,
      );

      writeFileSync(path, JSON.stringify({ flows: { '*': { '*': ['outbox'] } } }));
      const good = await startHubProcess({ ...env, HOST: '127.0.0.1' });
      const printed = (text: string) => (good.output().includes(text) ? true : undefined);
      try {
        writeFileSync(path, '{ "flows": ');
        good.child.kill('SIGHUP');
        await waitFor('the refusal', () => printed('NOT reloaded'));
        writeFileSync(path, JSON.stringify({ flows: { '*': { '*': ['outbox'] } } }));
        good.child.kill('SIGHUP');
        await waitFor('the reload', () => printed('flows reloaded'));
      } finally {
        await good.stop();
      }
    } finally {
      killAll(); // a hub that started with the invalid file
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('delivery', () => {
  it('the folder sink writes DATA_DIR/<path>/<reference>/antrag.json through a renamed temp folder', async () => {
    const hub = await startHub({
      flows: flowsOf({
        sinks: { dms: { type: 'folder', path: 'dms/test' } },
        flows: { '*': { '*': ['dms', 'outbox'] } },
      }),
      adminToken: TOKEN,
      rateLimit: false,
    });
    try {
      const reference = await submit(hub);
      const file = join(hub.dataDir, 'dms/test', reference, 'antrag.json');
      await waitFor('the folder', () => (existsSync(file) ? true : undefined));
      const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const pdf = readFileSync(join(hub.dataDir, 'dms/test', reference, 'antrag.pdf'));
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      assert.equal(written.reference, reference);
      assert.equal(typeof written.receivedAt, 'string');
      assert.equal((written.municipality as { ags: string }).ags, TEST_AGS);
      assert.deepEqual(readdirSync(join(hub.dataDir, 'dms/test')), [reference]); // no temp folder left
      // the outbox of today, too
      assert.ok(
        existsSync(join(hub.dataDir, 'outbox', TEST_AGS, 'testantrag', `${reference}.json`)),
      );
      const rows = await waitFor('delivered', async () => {
        const d = await deliveries(hub, `?ags=${TEST_AGS}&assistant=testantrag`);
        return d.every((x) => x.status === 'delivered') ? d : undefined;
      });
      assert.deepEqual(rows.map((d) => d.sink).sort(), ['dms', 'outbox']);
    } finally {
      await hub.close();
    }
  });

  it('a failing sink is retried with back-off, dead after max attempts, then retried by the admin API', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-test-'));
    writeFileSync(join(dataDir, 'blocked'), 'a file where the folder belongs');
    const hub = await startHub({
      dataDir,
      flows: flowsOf({
        sinks: { dms: { type: 'folder', path: 'blocked/dms' } },
        flows: { '*': { '*': ['dms'] } },
      }),
      delivery: { baseMs: 20, maxAttempts: 3, pollMs: 50 },
      adminToken: TOKEN,
      rateLimit: false,
    });
    try {
      const reference = await submit(hub);
      // not the outbox: the flow has only the folder sink
      assert.equal(existsSync(join(dataDir, 'outbox')), false);
      const [dead] = await waitFor('dead', async () => {
        const d = await deliveries(hub, '?status=dead');
        return d.length ? d : undefined;
      });
      assert.equal(dead!.reference, reference);
      assert.equal(dead!.attempts, 3);
      assert.match(
        dead!.lastError ?? '',
        /^Ordner .* kann nicht angelegt werden: ein Teil des Pfads ist eine Datei\. .*\((EEXIST|ENOTDIR)\)$/,
      );

      rmSync(join(dataDir, 'blocked'));
      const retry = await admin(hub, `/deliveries/${dead!.id}/retry`, { method: 'POST' });
      assert.equal(retry.status, 202);
      const again = await admin(hub, `/deliveries/${dead!.id}/retry`, { method: 'POST' });
      assert.ok(again.status === 409 || again.status === 202);
      await waitFor('delivered', async () => {
        const d = await deliveries(hub, '?status=delivered');
        return d.length === 1 ? d : undefined;
      });
      assert.ok(existsSync(join(dataDir, 'blocked/dms', reference, 'antrag.json')));
      assert.equal((await admin(hub, '/deliveries/999999/retry', { method: 'POST' })).status, 404);

      const detail = await admin(hub, `/submissions/${reference}`);
      assert.equal(detail.status, 200);
      const body = (await detail.json()) as {
        reference: string;
        envelope: { id: string };
        deliveries: Delivery[];
      };
      assert.equal(body.reference, reference);
      assert.equal(typeof body.envelope.id, 'string');
      assert.equal(body.deliveries.length, 1);
      assert.equal(body.deliveries[0]!.status, 'delivered');
    } finally {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a restarted hub delivers the pending deliveries once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-test-'));
    writeFileSync(join(dataDir, 'blocked'), 'x');
    const flows = {
      sinks: { dms: { type: 'folder', path: 'blocked/dms' } },
      flows: { '*': { '*': ['dms'] } },
    };
    try {
      const first = await startHub({
        dataDir,
        flows: flowsOf(flows),
        delivery: { baseMs: 200, maxAttempts: 100, pollMs: 50 },
        adminToken: TOKEN,
        rateLimit: false,
      });
      const references = [await submit(first), await submit(first)];
      await waitFor('first attempts', async () => {
        const d = await deliveries(first, '?status=pending');
        return d.length === 2 && d.every((x) => x.attempts >= 1) ? d : undefined;
      });
      await first.close();

      rmSync(join(dataDir, 'blocked'));
      const second = await startHub({
        dataDir,
        flows: flowsOf(flows),
        delivery: { baseMs: 200, maxAttempts: 100, pollMs: 50 },
        adminToken: TOKEN,
        rateLimit: false,
      });
      try {
        const done = await waitFor('delivered', async () => {
          const d = await deliveries(second);
          return d.every((x) => x.status === 'delivered') ? d : undefined;
        });
        assert.equal(done.length, 2);
        for (const reference of references)
          assert.deepEqual(readdirSync(join(dataDir, 'blocked/dms', reference)).sort(), [
            'antrag.json',
            'antrag.pdf',
          ]);
        assert.equal(readdirSync(join(dataDir, 'blocked/dms')).length, 2);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('admin API', () => {
  it('answers 404 without HUB_ADMIN_TOKEN, 401 for no or a wrong token, 200 for the right one', async () => {
    const off = await startHub({ adminToken: '' });
    try {
      const res = await admin(off, '/deliveries');
      assert.equal(res.status, 404);
    } finally {
      await off.close();
    }
    const hub = await startHub({ adminToken: TOKEN });
    try {
      const none = await fetch(`${hub.url}/admin/deliveries`);
      assert.equal(none.status, 401);
      assert.match(none.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal((await admin(hub, '/deliveries', {}, 'wrong')).status, 401);
      assert.equal((await admin(hub, `/submissions/TST-2026-000001`, {}, `${TOKEN}x`)).status, 401);
      const reference = await submit(hub);
      const ok = await admin(hub, '/deliveries');
      assert.equal(ok.status, 200);
      const { items } = (await ok.json()) as { items: Delivery[] };
      assert.deepEqual(
        items.map((d) => [d.reference, d.sink, d.status]),
        [[reference, 'outbox', 'delivered']],
      );
      assert.equal((await admin(hub, '/deliveries?status=nope')).status, 400);
      assert.equal((await admin(hub, '/submissions/TST-1999-000001')).status, 404);
    } finally {
      await hub.close();
    }
  });
});
