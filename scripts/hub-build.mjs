#!/usr/bin/env node
// `npm run hub:build`: bundles the reference hub (hub/main.ts and the engine, transport and
// assistant code it imports from src/) into hub/dist/main.js, and its writer thread into
// hub/dist/writer.js, ES modules for plain `node`.
// No tsx on the request path: tsx compiles on first import and hooks every module load.
//
// esbuild, not Vite: one JS call, ~0.1 s, and made for a Node target. Vite's build would read
// the browser library's vite.config.ts. esbuild is already installed (it is what tsx and Vite
// run on, 0.28.2). npm packages (fastify, better-sqlite3 with its native addon, zod …) stay
// imports from node_modules instead of being copied in.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
export const HUB_BUILD_OPTIONS = {
  absWorkingDir: root,
  // main.js starts writer.js as its writer thread (hub/group-commit.ts)
  entryPoints: ['hub/main.ts', 'hub/writer.ts'],
  outdir: 'hub/dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The operator console (issue 13): hub/dist/console/, as hub/console/assets.ts expects it.
 * @type {import('esbuild').BuildOptions}
 */
export const CONSOLE_BUILD_OPTIONS = {
  absWorkingDir: root,
  entryPoints: ['hub/console/app.ts'],
  outfile: 'hub/dist/console/console.js',
  // the same as CONSOLE_BUNDLE in hub/console/assets.ts (its in-memory build from source)
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
};

export async function buildHub({ quiet = false } = {}) {
  const started = performance.now();
  await build(HUB_BUILD_OPTIONS);
  await build(CONSOLE_BUILD_OPTIONS);
  mkdirSync(`${root}hub/dist/console`, { recursive: true });
  copyFileSync(`${root}hub/console/console.css`, `${root}hub/dist/console/console.css`);
  if (!quiet)
    console.log(
      `hub: built hub/dist/main.js, writer.js and console/ in ${Math.round(performance.now() - started)} ms`,
    );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await buildHub({ quiet: process.env.HUB_QUIET === '1' });
