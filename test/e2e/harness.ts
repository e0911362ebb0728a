/**
 * End-to-end harness for the script-tag bundles under a strict Content-Security-Policy:
 *
 * - the real reference hub (`buildHub`) in-process on a temp DATA_DIR and a free port;
 * - a tiny static site that serves ONLY one plain HTML page, the bundles copied from `dist/cdn/`
 *   (the page links one; the English texts `<id>.en.js` lie beside it)
 *   and the municipality config (plus an empty favicon), every response with `Content-Security-Policy: default-src 'self'`,
 *   and that reverse-proxies `/api/v1/*` to the hub (so posting is same-origin);
 * - Debian's Chromium through playwright-core, recording `securitypolicyviolation` events,
 *   console errors and page errors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { loadConfigs } from '../../hub/configs.js';
import { API_PREFIX, buildHub } from '../../hub/server.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const CSP = "default-src 'self'";
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Builds when the bundles are missing (scripts/test.mjs builds before the node tests). */
export function ensureBuilt(bundle: string): string {
  const file = join(root, 'dist/cdn', bundle);
  if (!existsSync(file)) {
    const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, KOMM_QUIET_BUILD: '1' },
    });
    if (r.status !== 0) throw new Error(`build failed (exit ${r.status})`);
  }
  if (!existsSync(file)) throw new Error(`dist/cdn/${bundle} missing after the build`);
  return file;
}

export interface Site {
  origin: string;
  /** `${origin}/api/v1`: what the element's `endpoint` attribute gets. */
  endpoint: string;
  dataDir: string;
  /** Rows in the hub's SQLite `submissions` table. */
  submissions: () => { assistant_id: string; ags: string; reference: string }[];
  /** Every request the static site answered (path and status), for diagnostics. */
  requests: { method: string; url: string; status: number }[];
  close: () => Promise<void>;
}

export interface SiteOptions {
  /** File name under dist/cdn, served at `/<bundle>` and linked by the page. */
  bundle: string;
  /**
   * Folder whose `*.js` files are served at `/<file>` beside the bundle (the bundle's `.en.js`);
   * default dist/cdn. A test copies it to leave a file out.
   */
  cdnDir?: string;
  /** The page's `<html lang>`; default `de`. */
  lang?: string;
  /** Milliseconds to hold back the answer for a file (e.g. `{ 'hundesteuer.en.js': 500 }`). */
  delay?: Record<string, number>;
  /** Example config served at `/<name>.json`. */
  config: string;
  /** Changes the example config before it is served (e.g. adds municipal `texts`). */
  editConfig?: (config: Record<string, unknown>) => Record<string, unknown>;
  /** Body of the page (inside `<main>`), given the endpoint; the page links `/<bundle>` itself. */
  body: (endpoint: string) => string;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

export async function startSite(options: SiteOptions): Promise<Site> {
  ensureBuilt(options.bundle);
  const cdnDir = options.cdnDir ?? join(root, 'dist/cdn');
  // Copies: the page gets exactly these bytes.
  const scripts = new Map<string, Buffer>();
  for (const f of readdirSync(cdnDir).filter((f) => f.endsWith('.js')))
    scripts.set(`/${f}`, readFileSync(join(cdnDir, f)));
  if (!scripts.has(`/${options.bundle}`)) throw new Error(`${options.bundle} missing in ${cdnDir}`);
  const configFile = `${options.config}.json`;
  const example = readFileSync(join(root, 'examples/config', configFile));
  const config = options.editConfig
    ? JSON.stringify(options.editConfig(JSON.parse(example.toString('utf8'))))
    : example;
  const dataDir = mkdtempSync(join(tmpdir(), 'komm-e2e-'));

  const requests: Site['requests'] = [];
  let origin = '';
  let hubPort = 0;

  const page = (endpoint: string) => `<!doctype html>
<html lang="${options.lang ?? 'de'}">
<head>
<meta charset="utf-8">
<title>Einbettung unter Content-Security-Policy</title>
<script type="module" src="/${options.bundle}"></script>
</head>
<body>
<main>
${options.body(endpoint)}
</main>
</body>
</html>
`;

  const send = (
    res: ServerResponse,
    req: IncomingMessage,
    status: number,
    type: string,
    body: string | Buffer,
  ) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
    });
    res.end(body);
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '', status });
  };

  const proxy = (req: IncomingMessage, res: ServerResponse) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port: hubPort,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `127.0.0.1:${hubPort}` },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, { ...up.headers, 'content-security-policy': CSP });
        up.pipe(res);
        requests.push({
          method: req.method ?? 'GET',
          url: req.url ?? '',
          status: up.statusCode ?? 502,
        });
      },
    );
    upstream.on('error', () => send(res, req, 502, 'text/plain', 'hub unreachable'));
    req.pipe(upstream);
  };

  const site = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith(`${API_PREFIX}/`)) return proxy(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, req, 405, 'text/plain', 'method not allowed');
    if (path === '/' || path === '/index.html')
      return send(res, req, 200, 'text/html; charset=utf-8', page(`${origin}${API_PREFIX}`));
    const script = scripts.get(path);
    if (script) {
      const ms = options.delay?.[path.slice(1)] ?? 0;
      if (!ms) return send(res, req, 200, 'text/javascript; charset=utf-8', script);
      setTimeout(() => send(res, req, 200, 'text/javascript; charset=utf-8', script), ms);
      return;
    }
    if (path === `/${configFile}`)
      return send(res, req, 200, 'application/json; charset=utf-8', config);
    // The usual `<link rel="icon" href="data:,">` is itself an img-src violation under
    // default-src 'self'; an empty answer keeps Chromium's favicon request from logging a 404.
    if (path === '/favicon.ico') return send(res, req, 204, 'image/x-icon', '');
    return send(res, req, 404, 'text/plain', 'not found');
  });
  const sitePort = await listen(site);
  origin = `http://127.0.0.1:${sitePort}`;

  const hub = buildHub({
    dataDir,
    configs: loadConfigs(join(root, 'examples/config'), () => {}),
    allowedOrigins: [origin],
    logger: false,
    rateLimit: false,
  });
  await hub.listen({ port: 0, host: '127.0.0.1' });
  hubPort = (hub.server.address() as AddressInfo).port;

  return {
    origin,
    endpoint: `${origin}${API_PREFIX}`,
    dataDir,
    requests,
    submissions: () => {
      const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare('SELECT * FROM submissions').all() as {
          assistant_id: string;
          ags: string;
          reference: string;
        }[];
      } finally {
        db.close();
      }
    },
    close: async () => {
      site.closeAllConnections();
      await new Promise<void>((resolve) => site.close(() => resolve()));
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Recorded {
  violations: {
    directive: string;
    blocked: string;
    sample: string;
    source: string;
    line: number;
  }[];
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
}

/**
 * Debian's Chromium. Note: native date and time inputs format by the browser's UI locale, not by
 * the page's `lang`; Debian ships only en-US.pak (German needs chromium-l10n), so the screenshots
 * show MM/DD/YYYY and 07:00 PM even on a German page.
 */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A page that records CSP violations (also from inside shadow roots), console and page errors. */
export async function recordingPage(browser: Browser): Promise<{ page: Page; recorded: Recorded }> {
  const context = await browser.newContext({
    viewport: { width: 900, height: 1000 },
    locale: 'de-DE',
  });
  context.setDefaultTimeout(10_000); // a missing label fails in 10 s instead of hanging
  const page = await context.newPage();
  const recorded: Recorded = {
    violations: [],
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
  };
  // Playwright injects init scripts over CDP, so the page's CSP does not block this one.
  await page.exposeFunction('__kommViolation', (v: Recorded['violations'][number]) =>
    recorded.violations.push(v),
  );
  // A string, not a function: tsx would wrap a function's inner names in its `__name` helper.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => {
    window.__kommViolation({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI,
      sample: e.sample, source: e.sourceFile, line: e.lineNumber });
  }, true);`);
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') recorded.consoleErrors.push(m.text());
    if (m.type() === 'warning') recorded.consoleWarnings.push(m.text());
  });
  page.on('pageerror', (e) => recorded.pageErrors.push(String(e?.stack ?? e)));
  return { page, recorded };
}

/** Screenshots go to test-results/ (gitignored), numbered in the order they were taken. */
export function screenshotter(page: Page, name: string) {
  const dir = join(root, 'test-results', 'cdn-csp');
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (label: string) => {
    n++;
    const slug = label
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const file = join(dir, `${name}-${String(n).padStart(2, '0')}-${slug}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
}
