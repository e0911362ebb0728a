/**
 * First render as a citizen's browser has it: Chromium driven over a bare DevTools pipe
 * (`--remote-debugging-pipe`) that turns on no more than the page needs (`Page`, for the probe's
 * init script) — in particular not the `Network` domain, which Playwright turns on for every page.
 *
 * Why a second way to load a page: with `Network` on, Chromium records the full JavaScript stack
 * of every request's initiator. For a request a module starts while it evaluates (our config
 * prefetch), that stack includes the module's top level, and V8 keeps no source positions for it,
 * so it parses the whole top level again: for a script-tag bundle, the whole bundle (≈ 12–15 ms on
 * this machine). No citizen's browser records that. Measured without any DevTools client at all
 * (Chromium started with the page's address, the page posting its marks back), the prefetch's
 * `fetch` took 1.1 ms; with Playwright, the first render of the same bundle is 20–40 ms later,
 * SurveyJS's (whose scripts request nothing while they evaluate) about 15 ms.
 *
 * Same pages, server, probe and markers as the Playwright rounds (`bench/browser.ts`): only the
 * first render is taken here, in a fresh browser context per page load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export interface RawBrowser {
  /** Loads `url` in a fresh context with `init` run before any page script; resolves with `read()`'s first number. */
  firstRender(url: string, init: string, read: string, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function launchRaw(executablePath: string, args: string[]): Promise<RawBrowser> {
  const child: ChildProcess = spawn(
    executablePath,
    ['--headless=new', '--remote-debugging-pipe', ...args, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let buffer = '';
  let exited: Error | undefined;
  child.once('exit', (code, signal) => {
    exited = new Error(`Chromium exited (${code ?? signal})${stderr ? `: ${stderr.trim()}` : ''}`);
    for (const p of pending.values()) p.reject(exited);
    pending.clear();
  });
  fromBrowser.on('data', (d: Buffer) => {
    buffer += d.toString();
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end)) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
      };
      buffer = buffer.slice(end + 1);
      const p = message.id === undefined ? undefined : pending.get(message.id);
      if (!p) continue; // an event: none is enabled that matters here
      pending.delete(message.id!);
      if (message.error) p.reject(new Error(message.error.message));
      else p.resolve(message.result ?? {});
    }
  });
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      if (exited) return reject(exited);
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  // The browser answers once it is up.
  await send('Browser.getVersion');

  return {
    async firstRender(url, init, read, timeoutMs) {
      const { browserContextId } = await send('Target.createBrowserContext');
      try {
        const { targetId } = await send('Target.createTarget', {
          url: 'about:blank',
          browserContextId,
        });
        const { sessionId } = (await send('Target.attachToTarget', {
          targetId,
          flatten: true,
        })) as { sessionId: string };
        await send('Page.enable', {}, sessionId);
        await send('Page.addScriptToEvaluateOnNewDocument', { source: init }, sessionId);
        await send('Page.navigate', { url }, sessionId);
        const deadline = Date.now() + timeoutMs;
        // Polled like Playwright's waitForFunction (the probe keeps the time in the page).
        for (;;) {
          const { result } = (await send(
            'Runtime.evaluate',
            { expression: read, returnByValue: true },
            sessionId,
          )) as { result: { value?: unknown } };
          if (typeof result.value === 'number') return result.value;
          if (Date.now() > deadline) throw new Error(`${url}: first question not shown in time`);
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await send('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
      }
    },
    async close() {
      if (exited) return;
      const gone = new Promise((r) => child.once('exit', r));
      await send('Browser.close').catch(() => {});
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (!exited) child.kill('SIGKILL');
    },
  };
}
