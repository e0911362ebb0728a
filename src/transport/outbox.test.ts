// The outbox in a real browser (IndexedDB, Web Locks, BroadcastChannel), with senders standing in
// for the transport: what is due goes out once, a transient failure waits longer, a refusal is
// kept for the element to show, a held lock means another tab is sending it.
import { expect } from '@open-wc/testing';
import type { Envelope } from './envelope-schema.js';
import type { SubmitOutcome } from './outcome.js';
import {
  FIRST_WAIT_MS,
  MARKER,
  SHOWN_MS,
  database,
  enqueue,
  markShown,
  onOutboxChange,
  outboxEntries,
  sendDue,
  sweepShown,
  type OutboxEntry,
  type OutboxSend,
} from './outbox.js';

const OK: SubmitOutcome = {
  ok: true,
  reference: 'HST-2026-000001',
  receivedAt: '2026-12-01T10:00:00.000Z',
  replayed: false,
  status: 201,
};

const envelope = (id: string) => ({ id, data: { name: 'x' } }) as unknown as Envelope;

async function put(id: string, assistant = 'hundesteuer') {
  await enqueue({ id, key: `k-${id}`, assistant, endpoint: '/api/v1', envelope: envelope(id) });
}

/** A sender that records what it was given and answers with `outcome`. */
function sender(outcome: SubmitOutcome) {
  const sent: string[] = [];
  const send: OutboxSend = async (e) => {
    sent.push(e.id);
    return outcome;
  };
  return { sent, senders: new Map([['hundesteuer', send]]) };
}

const byId = async (id: string) => (await outboxEntries()).find((e) => e.id === id) as OutboxEntry;

describe('outbox', () => {
  beforeEach(async () => {
    await (await database()).clear('outbox');
    localStorage.removeItem(MARKER);
  });

  it('keeps the envelope and the number of entries (the marker), nothing else, in localStorage', async () => {
    await put('a');
    await put('b');
    expect(localStorage.getItem(MARKER)).to.equal('2');
    const a = await byId('a');
    expect(a.tries).to.equal(0);
    expect(a.nextAt).to.be.greaterThan(Date.now() + FIRST_WAIT_MS - 1000);
    expect(a.envelope).to.deep.equal(envelope('a'));
  });

  it('sends what is due (all with force), once, and keeps the receipt', async () => {
    await put('a');
    const { sent, senders } = sender(OK);
    const next = await sendDue(senders);
    expect(sent, 'not due yet').to.deep.equal([]);
    expect(next).to.equal((await byId('a')).nextAt);
    await sendDue(senders, true);
    await sendDue(senders, true);
    expect(sent, 'sent once').to.deep.equal(['a']);
    expect((await byId('a')).receipt).to.deep.equal({
      reference: OK.reference,
      receivedAt: OK.receivedAt,
    });
  });

  it('sends only entries of assistants with a sender on this page', async () => {
    await put('a', 'brauchtumsfeuer');
    const { sent, senders } = sender(OK);
    await sendDue(senders, true);
    expect(sent).to.deep.equal([]);
  });

  it('waits longer after each transient failure; keeps a refusal for good', async () => {
    await put('a');
    const transient = sender({
      ok: false,
      kind: 'transient',
      retryable: true,
      reason: 'status',
      status: 503,
      attempts: 1,
    });
    await sendDue(transient.senders, true);
    const first = await byId('a');
    expect(first.tries).to.equal(1);
    expect(first.nextAt - Date.now()).to.be.within(2 * FIRST_WAIT_MS - 1000, 2 * FIRST_WAIT_MS);
    await sendDue(transient.senders, true);
    expect((await byId('a')).tries).to.equal(2);

    const refused = sender({ ok: false, kind: 'rejected', retryable: false, status: 400 });
    await sendDue(refused.senders, true);
    expect((await byId('a')).failure?.kind).to.equal('rejected');
    await sendDue(refused.senders, true);
    expect(refused.sent, 'a refusal is never sent again').to.deep.equal(['a']);
  });

  it('leaves an envelope alone while another tab holds its lock', async () => {
    await put('a');
    const { sent, senders } = sender(OK);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const gotLock = new Promise<void>((r) => (locked = r));
    void navigator.locks.request(`${MARKER}:a`, () => {
      locked();
      return held;
    });
    await gotLock;
    await sendDue(senders, true);
    expect(sent, 'skipped while locked').to.deep.equal([]);
    release();
    await sendDue(senders, true);
    expect(sent).to.deep.equal(['a']);
  });

  it('tells listeners of changes and deletes shown entries after a while', async () => {
    let calls = 0;
    const off = onOutboxChange(() => calls++);
    await put('a');
    expect(calls).to.equal(1);
    off();
    await markShown({ ...(await byId('a')), receipt: { reference: 'R', receivedAt: 'T' } });
    expect((await sweepShown()).map((e) => e.id)).to.deep.equal(['a']);
    const db = await database();
    await db.put('outbox', { ...(await byId('a')), shownAt: Date.now() - SHOWN_MS - 1 });
    expect(await sweepShown()).to.deep.equal([]);
    expect(await outboxEntries()).to.deep.equal([]);
    expect(localStorage.getItem(MARKER)).to.equal(null);
  });
});
