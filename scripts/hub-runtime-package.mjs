#!/usr/bin/env node
// Used by hub/Dockerfile: rewrites package.json IN PLACE into the package of the hub's runtime,
// i.e. only the npm packages `hub/dist/main.js` and `hub/dist/writer.js` import, at the versions
// the root package.json pins (most of them are devDependencies there, since the browser library
// does not need them). `npm install --omit=dev` next to the untouched package-lock.json then
// installs exactly the locked versions of these and of everything below them.
// Never run it in a checkout: it is for the throw-away copy inside the image build.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every bare import of the bundle (esbuild keeps npm packages external; see hub-build.mjs). */
export const HUB_RUNTIME_PACKAGES = [
  '@fastify/cors',
  '@fastify/multipart',
  '@fastify/rate-limit',
  'better-sqlite3',
  'fastify',
  'file-type',
  'ibantools',
  'nodemailer',
  'pdfmake',
  'zod',
];

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const pinned = { ...pkg.devDependencies, ...pkg.dependencies };
  const missing = HUB_RUNTIME_PACKAGES.filter((n) => !pinned[n]);
  if (missing.length) {
    console.error(`hub-runtime-package: not in package.json: ${missing.join(', ')}`);
    process.exit(1);
  }
  const runtime = {
    name: pkg.name,
    version: pkg.version,
    private: true,
    type: 'module',
    license: pkg.license,
    dependencies: Object.fromEntries(HUB_RUNTIME_PACKAGES.map((n) => [n, pinned[n]])),
    allowScripts: pkg.allowScripts,
  };
  writeFileSync('package.json', `${JSON.stringify(runtime, null, 2)}\n`);
}
