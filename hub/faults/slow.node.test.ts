// Fault suite 5 (issue 11): slow clients and huge bodies, against the hub as a child process.
// 100 connections that send one byte per second (half still in their headers, half in a body)
// must not stop others from being served, and the request timeout (HUB_REQUEST_TIMEOUT_MS, here
// 3 s) must cut them off with 408 problem+json. A 1 GB body, streamed and never allocated, is
// cut at the body limit with 413 problem+json, without the hub buffering it (its memory is read
// from /proc before and after).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  application,
  freePort,
  hubEnv,
  killAll,
  query,
  startHubProcess,
  type HubProcess,
} from './support.js';

const REQUEST_TIMEOUT_MS = 3000;
const SLOW = 100;
const GB = 1024 ** 3;

/** Resident memory of a process in MB. */
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

interface Slow {
  socket: Socket;
  answer: string;
  closedAfterMs?: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

describe('slow clients and huge bodies', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-fault-slow-'));
  const bigDir = mkdtempSync(join(tmpdir(), 'komm-fault-big-'));
  /** With a 3 s request timeout (the dripping clients); and with the default one (huge bodies). */
  let hub: HubProcess;
  let port: number;
  let big: HubProcess;
  let bigPort: number;
  before(async () => {
    port = await freePort();
    hub = await startHubProcess(
      hubEnv(dataDir, port, { HUB_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) }),
    );
    bigPort = await freePort();
    big = await startHubProcess(hubEnv(bigDir, bigPort));
  });
  after(async () => {
    await hub?.stop();
    await big?.stop();
    rmSync(bigDir, { recursive: true, force: true });
    killAll();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves others while 100 clients drip one byte a second, and cuts those off', async () => {
    // Warm (the first application loads the validation and starts the writer), then a baseline.
    const others = async (ms: number, latencies: number[], statuses: number[]) => {
      const until = Date.now() + ms;
      do {
        const e = application();
        for (const request of [
          () => fetch(`${hub.url}/health`),
          () =>
            fetch(`${hub.url}/submissions`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': e.id },
              body: JSON.stringify(e),
            }),
        ]) {
          const t = performance.now();
          const res = await request();
          await res.arrayBuffer();
          latencies.push(performance.now() - t);
          statuses.push(res.status);
        }
      } while (Date.now() < until);
    };
    await others(0, [], []);
    const baseline: number[] = [];
    await others(1000, baseline, []);
    baseline.sort((a, b) => a - b);

    const started = Date.now();
    const slow: Slow[] = [];
    for (let i = 0; i < SLOW; i++) {
      const socket = connect(port, '127.0.0.1');
      const s: Slow = { socket, answer: '' };
      socket.setEncoding('latin1');
      socket.on('data', (d: string) => (s.answer += d));
      socket.on('error', () => undefined);
      socket.on('close', () => (s.closedAfterMs = Date.now() - started));
      const key = application().id;
      // Half stall in the headers, half in the body.
      socket.write(
        i % 2
          ? `POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: `
          : `POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
              `Idempotency-Key: ${key}\r\nContent-Length: 100000\r\n\r\n{"id":"`,
      );
      slow.push(s);
    }
    const drip = setInterval(() => {
      for (const s of slow) if (!s.socket.destroyed) s.socket.write('a');
    }, 1000);

    // Meanwhile others are served: health checks and applications, one after the other.
    const latencies: number[] = [];
    const statuses: number[] = [];
    const rowsBefore = query<{ n: number }>(dataDir, 'SELECT COUNT(*) AS n FROM submissions')[0]!.n;
    // For as long as the slow ones are allowed to take (they are cut after that).
    const servedBeforeCut = await others(REQUEST_TIMEOUT_MS, latencies, statuses).then(
      () => Date.now() - started,
      (e: unknown) => {
        clearInterval(drip);
        throw e;
      },
    );
    try {
      // Every slow connection is cut off by the request timeout (Node checks every 750 ms here).
      const deadline = Date.now() + 20_000;
      while (slow.some((s) => s.closedAfterMs === undefined) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
    } finally {
      clearInterval(drip);
      for (const s of slow) s.socket.destroy();
    }
    const open = slow.flatMap((s, i) =>
      s.closedAfterMs === undefined ? [i % 2 ? 'headers' : 'body'] : [],
    );
    if (open.length)
      console.log(`slow: still open: ${open.length} (${[...new Set(open)].join(', ')})`);
    const sorted = [...latencies].sort((a, b) => a - b);
    const closed = slow.filter((s) => s.closedAfterMs !== undefined);
    const with408 = slow.filter(
      (s) => /^HTTP\/1\.1 408 /.test(s.answer) && /application\/problem\+json/.test(s.answer),
    );
    const closedAt = closed.map((s) => s.closedAfterMs!).sort((a, b) => a - b);
    console.log(
      `slow: ${SLOW} dripping connections, ${closed.length} cut off (408 problem+json: ${with408.length})` +
        ` after ${closedAt[0]}–${closedAt.at(-1)} ms; meanwhile ${latencies.length} other requests` +
        ` (${statuses.filter((s) => s === 201).length} applications stored),` +
        ` p50 ${percentile(sorted, 50).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms` +
        ` (without them: ${baseline.length} requests, p50 ${percentile(baseline, 50).toFixed(0)} ms, max ${baseline.at(-1)!.toFixed(0)} ms)`,
    );
    assert.ok(
      statuses.every((s) => s === 200 || s === 201),
      `statuses ${statuses.join(',')}`,
    );
    assert.ok(latencies.length >= 4, 'others were served');
    // They were served while the slow ones were still connected, not after those were cut off.
    assert.ok(servedBeforeCut < closedAt[0]!, `others done at ${servedBeforeCut} ms`);
    assert.equal(closed.length, SLOW, 'every dripping connection was closed by the hub');
    assert.equal(with408.length, SLOW, 'each with 408 problem+json');
    assert.ok(closedAt.at(-1)! < REQUEST_TIMEOUT_MS + 15_000, 'cut off near the request timeout');
    const rows = query<{ n: number }>(dataDir, 'SELECT COUNT(*) AS n FROM submissions')[0]!.n;
    assert.equal(
      rows - rowsBefore,
      statuses.filter((s) => s === 201).length,
      'only the others were stored',
    );
  });

  /** Streams up to 1 GB of JSON-ish bytes, honouring back-pressure, until the hub answers. */
  async function hugeBody(path: string, headers: string, chunked: boolean, prelude = '') {
    const rssBefore = rssMb(big.child.pid!);
    let peak = rssBefore;
    const socket = connect(bigPort, '127.0.0.1');
    socket.on('error', () => undefined);
    let answer = '';
    let answered = false;
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => {
      answer += d;
      answered = true;
    });
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}` +
        (chunked ? 'Transfer-Encoding: chunked\r\n\r\n' : `Content-Length: ${GB}\r\n\r\n`),
    );
    if (prelude)
      socket.write(
        chunked ? `${Buffer.byteLength(prelude).toString(16)}\r\n${prelude}\r\n` : prelude,
      );
    // A Content-Length over the limit is refused on the headers alone: give the hub a moment to
    // say so before the body follows (else its close can reset the socket before we read).
    await new Promise((r) => setTimeout(r, 300));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const framed = chunked
      ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
      : chunk;
    let sent = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(big.child.pid!))), 50);
    try {
      while (!answered && !socket.destroyed && sent < GB) {
        sent += chunk.length;
        if (!socket.write(framed))
          await Promise.race([
            new Promise((r) => socket.once('drain', r)),
            closed,
            new Promise((r) => setTimeout(r, 2000)),
          ]);
      }
      await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))]);
    } finally {
      clearInterval(sampler);
      socket.destroy();
    }
    peak = Math.max(peak, rssMb(big.child.pid!));
    return { answer, sent, rssBefore, peak };
  }

  it('cuts a 1 GB body at the limit with 413 problem+json without buffering it', async () => {
    const rowsBefore = query<{ n: number }>(bigDir, 'SELECT COUNT(*) AS n FROM submissions')[0]!.n;
    const key = application().id;
    const cases = [
      ['submission, Content-Length 1 GB', '/api/v1/submissions', false],
      ['submission, chunked', '/api/v1/submissions', true],
      ['lookup, chunked', '/api/v1/lookups/wz2008', true],
    ] as const;
    const field = (name: string, value: string) =>
      `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const upload =
      field('assistant', 'brauchtumsfeuer') +
      field('ags', '14612000') +
      field('applicationId', key) +
      '--b\r\nContent-Disposition: form-data; name="file"; filename="gross.pdf"\r\n' +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.7\n';
    for (const [name, path, chunked] of [
      ...cases,
      ['upload, a 1 GB file, chunked', '/api/v1/uploads', true] as const,
    ]) {
      // The hub closes the connection after its 413 while we still write: the reset can reach us
      // before we read the answer. Such a try answers nothing and is repeated (at most 3 tries).
      let r: Awaited<ReturnType<typeof hugeBody>> | undefined;
      let resets = 0;
      for (let attempt = 1; attempt <= 3; attempt++) {
        r = path.endsWith('/uploads')
          ? await hugeBody(
              path,
              'Content-Type: multipart/form-data; boundary=b\r\n',
              chunked,
              upload,
            )
          : await hugeBody(
              path,
              `Content-Type: application/json\r\nIdempotency-Key: ${key}\r\n`,
              chunked,
            );
        if (r.answer !== '') break;
        resets++;
      }
      r = r!;
      const status = /^HTTP\/1\.1 (\d{3})/.exec(r.answer)?.[1];
      console.log(
        `huge body (${name}): answered ${status ?? 'nothing'}${resets ? ` (${resets} tries reset before the answer was read)` : ''} after ${(r.sent / 2 ** 20).toFixed(1)} MB sent;` +
          ` hub memory ${r.rssBefore.toFixed(0)} MB before, peak ${r.peak.toFixed(0)} MB`,
      );
      assert.equal(status, '413', `${name}: ${r.answer.slice(0, 300)}`);
      assert.match(r.answer, /content-type: application\/problem\+json/i);
      assert.ok(r.sent < 64 * 2 ** 20, `${name}: cut early, not after ${r.sent} bytes`);
      assert.ok(r.peak - r.rssBefore < 100, `${name}: the hub did not buffer the body`);
    }
    const rows = query<{ n: number }>(bigDir, 'SELECT COUNT(*) AS n FROM submissions')[0]!.n;
    assert.equal(rows, rowsBefore, 'nothing stored');
    assert.equal((await fetch(`${big.url}/health`)).status, 200);
  });
});
