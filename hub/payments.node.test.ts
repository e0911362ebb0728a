// Payment hand-off over real HTTP (DESIGN.md: 201 `payment`, `GET /payments/:reference`,
// `POST /payments/:reference/notify`): the link from PAYMENT_URL_TEMPLATE with the hub's own fee,
// notifications with a right, wrong and missing signature and the stored status after each, a
// repeated notification that changes nothing.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { urkunden as def } from '../src/assistants/urkunden/urkunden.definition.js';
import {
  dresdenParams,
  eheRente,
  geburtSelbst,
} from '../src/assistants/urkunden/urkunden.fixtures.js';
import { pruneAnswers } from '../src/engine/prune.js';
import type { Answers } from '../src/engine/types.js';
import { buildPaymentUrl, paymentOptionsFromEnv, signature, verifySignature } from './payments.js';
import { returnUrlOf } from './routes/payments.js';
import { startHub, testAssistant, testConfig, type TestHub } from './test-support.js';

const TODAY = '2027-03-01';
const SECRET = 'test-secret-0123456789';
const TEMPLATE =
  'https://epay.example/pay?ref={reference}&amount={amount}&cur={currency}&back={returnUrl}';

const envelope = (answers: Answers, computed: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  assistant: { id: def.id, version: def.version, schemaVersion: def.schemaVersion },
  municipality: { ags: '14612000', name: 'Teststadt' },
  locale: 'de',
  submittedAt: `${TODAY}T09:00:00.000Z`,
  data: pruneAnswers(def, { answers, params: dresdenParams, today: TODAY }),
  computed,
});

const hubWith = (payments: { urlTemplate?: string; notifySecret?: string; returnUrl?: string }) =>
  startHub({
    now: () => new Date(`${TODAY}T10:00:00.000Z`),
    configs: [
      testConfig('14612000', { testantrag: { kinds: ['dackel'] }, urkunden: dresdenParams }),
    ],
    assistants: { testantrag: testAssistant, urkunden: def },
    payments,
    allowedOrigins: ['https://www.dresden.de'],
  });

describe('payments: URL template and signature (units)', () => {
  it('fills every placeholder URL-encoded, amounts with two decimals', () => {
    assert.equal(
      buildPaymentUrl(TEMPLATE, {
        reference: 'URK-2027-000001',
        amount: 29,
        currency: 'EUR',
        returnUrl: 'https://www.dresden.de/urkunden?x=1&y=2',
      }),
      'https://epay.example/pay?ref=URK-2027-000001&amount=29.00&cur=EUR&back=https%3A%2F%2Fwww.dresden.de%2Furkunden%3Fx%3D1%26y%3D2',
    );
    assert.equal(
      buildPaymentUrl('https://p.example/{reference}/{other}', {
        reference: 'A B',
        amount: 1.5,
        currency: 'EUR',
        returnUrl: '',
      }),
      'https://p.example/A%20B/{other}',
    );
  });

  it('sha256=<hex HMAC> over the raw bytes; anything else is refused, also without a secret', () => {
    const body = '{"status":"paid"}';
    const sig = signature(SECRET, body);
    assert.match(sig, /^sha256=[0-9a-f]{64}$/);
    assert.equal(verifySignature(SECRET, body, sig), true);
    assert.equal(verifySignature(SECRET, `${body} `, sig), false);
    assert.equal(verifySignature(SECRET, body, sig.toUpperCase()), false);
    assert.equal(verifySignature(SECRET, body, sig.slice(0, -1)), false);
    assert.equal(verifySignature(SECRET, body, undefined), false);
    assert.equal(verifySignature(undefined, body, sig), false);
  });

  it('reads PAYMENT_URL_TEMPLATE, PAYMENT_NOTIFY_SECRET and PAYMENT_RETURN_URL; blank means unset', () => {
    assert.deepEqual(
      paymentOptionsFromEnv({ PAYMENT_URL_TEMPLATE: TEMPLATE, PAYMENT_NOTIFY_SECRET: ' s ' }),
      { urlTemplate: TEMPLATE, notifySecret: 's' },
    );
    assert.deepEqual(paymentOptionsFromEnv({ PAYMENT_URL_TEMPLATE: ' ' }), {});
  });
});

describe('payments over HTTP', () => {
  let hub: TestHub;
  before(async () => {
    hub = await hubWith({ urlTemplate: TEMPLATE, notifySecret: SECRET });
  });
  after(() => hub.close());

  const notify = (reference: string, body: unknown, sig?: string | null) => {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    return fetch(`${hub.url}/payments/${encodeURIComponent(reference)}/notify`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(sig === null ? {} : { 'x-signature': sig ?? signature(SECRET, raw) }),
      },
      body: raw,
    });
  };
  const status = async (reference: string) =>
    (await (await fetch(`${hub.url}/payments/${reference}`)).json()) as Record<string, unknown>;
  const submit = async (answers: Answers, computed?: Record<string, unknown>) => {
    const res = await hub.post(envelope(answers, computed), {
      referer: 'https://www.dresden.de/urkunden',
    });
    assert.equal(res.status, 201);
    return (await res.json()) as { reference: string; payment?: Record<string, unknown> };
  };

  it('201 carries the payment: the hub’s own fee (29 €), the link from the template, status open', async () => {
    // The browser's computed says 0: the hub computes the fee itself.
    const r = await submit(geburtSelbst, { fee: { total: 0 } });
    assert.match(r.reference, /^URK-2027-\d{6}$/);
    assert.deepEqual(r.payment, {
      url: `https://epay.example/pay?ref=${r.reference}&amount=29.00&cur=EUR&back=${encodeURIComponent('https://www.dresden.de/urkunden')}`,
      amount: 29,
      currency: 'EUR',
      status: 'open',
    });
    const s = await status(r.reference);
    assert.equal(s.status, 'open');
    assert.equal(s.amount, 29);
  });

  it('no fee (pension insurance), no payment; GET answers 404', async () => {
    const r = await submit(eheRente);
    assert.equal(r.payment, undefined);
    const res = await fetch(`${hub.url}/payments/${r.reference}`);
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type')!, /problem\+json/);
  });

  it('wrong or missing signature: 401 problem+json, status unchanged', async () => {
    const { reference } = await submit(geburtSelbst);
    const body = { status: 'paid', amount: 29, currency: 'EUR', transactionId: 'T-1' };
    for (const sig of [
      null,
      'sha256=' + '0'.repeat(64),
      signature('other-secret', JSON.stringify(body)),
      'garbage',
    ]) {
      const res = await notify(reference, body, sig);
      assert.equal(res.status, 401, String(sig));
      assert.match(res.headers.get('content-type')!, /application\/problem\+json/);
      const p = (await res.json()) as Record<string, unknown>;
      assert.equal(p.status, 401);
      assert.ok(p.requestId);
      assert.equal((await status(reference)).status, 'open');
    }
    // A signature over other bytes than sent (e.g. re-serialised JSON) does not count either.
    const raw = JSON.stringify(body, null, 2);
    const res = await notify(reference, raw, signature(SECRET, JSON.stringify(body)));
    assert.equal(res.status, 401);
    assert.equal((await status(reference)).status, 'open');
  });

  it('right signature: paid with time, amount and transaction; a repeat changes nothing; paid is final', async () => {
    const { reference } = await submit(geburtSelbst);
    const body = { status: 'paid', amount: 29, currency: 'EUR', transactionId: 'EPAY-4711' };
    const first = await notify(reference, body);
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), { reference, status: 'paid', changed: true });
    const after1 = await status(reference);
    assert.equal(after1.status, 'paid');
    assert.equal(after1.amount, 29);
    assert.equal(after1.transactionId, 'EPAY-4711');
    assert.equal(after1.updatedAt, `${TODAY}T10:00:00.000Z`);

    const again = await notify(reference, body);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { reference, status: 'paid', changed: false });
    assert.deepEqual(await status(reference), after1);

    const late = await notify(reference, { ...body, status: 'failed', transactionId: 'EPAY-4712' });
    assert.equal(late.status, 200);
    assert.deepEqual(await late.json(), { reference, status: 'paid', changed: false });
    assert.deepEqual(await status(reference), after1);
  });

  it('failed is recorded, and a later payment still counts', async () => {
    const { reference } = await submit(geburtSelbst);
    const failed = { status: 'failed', amount: 29, currency: 'EUR', transactionId: 'T-9' };
    assert.equal((await notify(reference, failed)).status, 200);
    assert.equal((await status(reference)).status, 'failed');
    const repeat = await notify(reference, failed);
    assert.deepEqual(await repeat.json(), { reference, status: 'failed', changed: false });
    await notify(reference, { ...failed, status: 'paid', transactionId: 'T-10' });
    assert.equal((await status(reference)).status, 'paid');
  });

  it('a replay of the submission carries the payment’s current state', async () => {
    const env = envelope(geburtSelbst);
    const first = (await (await hub.post(env)).json()) as { reference: string; payment: object };
    await notify(first.reference, {
      status: 'paid',
      amount: 29,
      currency: 'EUR',
      transactionId: 'R-1',
    });
    const replay = await hub.post(env);
    assert.equal(replay.status, 200);
    const body = (await replay.json()) as { reference: string; payment: { status: string } };
    assert.equal(body.reference, first.reference);
    assert.equal(body.payment.status, 'paid');
  });

  it('refuses a notification with the wrong amount (422), a bad body (400), an unknown reference (404)', async () => {
    const { reference } = await submit(geburtSelbst);
    const wrong = await notify(reference, {
      status: 'paid',
      amount: 15,
      currency: 'EUR',
      transactionId: 'X',
    });
    assert.equal(wrong.status, 422);
    assert.equal((await status(reference)).status, 'open');
    assert.equal(
      (await notify(reference, { status: 'done', amount: 29, currency: 'EUR', transactionId: 'X' }))
        .status,
      400,
    );
    assert.equal((await notify(reference, '{not json')).status, 400);
    assert.equal(
      (
        await notify('URK-2027-999999', {
          status: 'paid',
          amount: 29,
          currency: 'EUR',
          transactionId: 'X',
        })
      ).status,
      404,
    );
    assert.equal((await status(reference)).status, 'open');
  });
});

describe('payments: not configured', () => {
  it('without PAYMENT_URL_TEMPLATE the receipt has no payment; without a secret every notification is refused', async () => {
    const hub = await hubWith({});
    try {
      const res = await hub.post(envelope(geburtSelbst));
      assert.equal(res.status, 201);
      const body = (await res.json()) as Record<string, unknown>;
      assert.equal(body.payment, undefined);
      const n = await fetch(`${hub.url}/payments/${String(body.reference)}/notify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signature('', '{}') },
        body: '{}',
      });
      assert.equal(n.status, 401);
    } finally {
      await hub.close();
    }
  });

  it('a template without a secret: links are made, notifications refused', async () => {
    const hub = await hubWith({ urlTemplate: TEMPLATE });
    try {
      const r = (await (await hub.post(envelope(geburtSelbst))).json()) as {
        reference: string;
        payment: { url: string; status: string };
      };
      assert.equal(r.payment.status, 'open');
      const raw = JSON.stringify({
        status: 'paid',
        amount: 29,
        currency: 'EUR',
        transactionId: 'X',
      });
      const n = await fetch(`${hub.url}/payments/${r.reference}/notify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signature('', raw) },
        body: raw,
      });
      assert.equal(n.status, 401);
    } finally {
      await hub.close();
    }
  });
});

describe('payments: the return page (Referer) only on an allowed site, never an open redirect', () => {
  const page = 'https://www.dresden.de/buergerservice/urkunden?x=1';
  it('returnUrlOf: an http(s) page of an allowed origin; with * only the request’s own origin', () => {
    const allowed = ['https://www.dresden.de', 'http://localhost:5173/'];
    assert.equal(returnUrlOf(page, undefined, allowed), page);
    assert.equal(
      returnUrlOf('http://localhost:5173/demo', undefined, allowed),
      'http://localhost:5173/demo',
    );
    for (const bad of [
      'https://evil.example/phish',
      'https://www.dresden.de.evil.example/',
      'http://www.dresden.de/urkunden', // another origin (scheme)
      'https://user:pw@www.dresden.de/',
      'javascript:alert(1)',
      'not a url',
      undefined,
    ])
      assert.equal(returnUrlOf(bad, undefined, allowed), undefined, String(bad));
    assert.equal(returnUrlOf(page, 'https://www.dresden.de', '*'), page);
    assert.equal(returnUrlOf(page, 'https://evil.example', '*'), undefined);
    assert.equal(returnUrlOf(page, undefined, '*'), undefined);
  });

  it('over HTTP: the form page on the municipality’s site is the return address; a forged one is dropped', async () => {
    const hub = await hubWith({ urlTemplate: TEMPLATE, notifySecret: SECRET });
    const returnOf = async (referer: string) => {
      const res = await hub.post(envelope(geburtSelbst), { referer });
      assert.equal(res.status, 201);
      const { payment } = (await res.json()) as { payment: { url: string } };
      return new URL(payment.url).searchParams.get('back');
    };
    try {
      assert.equal(await returnOf(page), page);
      assert.equal(await returnOf('https://evil.example/phish'), '');
    } finally {
      await hub.close();
    }
  });
});
