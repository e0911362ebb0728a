/**
 * The static server of the browser bench: 127.0.0.1, a free port, a fixed table of routes (no
 * directory is served as a whole), gzip -9 when the browser accepts it (as a CDN would; each
 * body compressed once, at start), `no-store` so every fresh context loads everything.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface Route {
  body: Buffer | string;
  type: string;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const typeOf = (path: string) =>
  TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'text/plain';

export async function serve(routes: Record<string, Route>): Promise<StaticServer> {
  const table = new Map(
    Object.entries(routes).map(([path, r]) => {
      const raw = Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
      return [path, { type: r.type, raw, gzip: gzipSync(raw, { level: 9 }) }] as const;
    }),
  );
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry = table.get(path);
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.raw;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // Keep-alive sockets would hold `close()` open.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
