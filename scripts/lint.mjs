#!/usr/bin/env node
// `npm run lint`: the house checks, each over the whole code base (src, hub, tests, scripts,
// stories, bench), in sequence, all of them even when one fails:
//   eslint .            ESLint 10 flat config (eslint.config.js): typescript-eslint, lit, wc, lit-a11y
//   prettier --check .  formatting (.prettierrc.json, .prettierignore)
//   tsc -p .            types of every TypeScript file (tsconfig.json includes them all, no emit)
//   tsc -p tsconfig.scripts.json   the plain-JS scripts and configs (checkJs; implicit any
//                                  allowed, the in-page bench probes left out: they run in a page)
// Prints one line per check and exits 1 when any failed. `npm test` runs it first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
/** @type {[string, string, string[]][]} */
const checks = [
  ['eslint', bin('eslint'), ['.', '--max-warnings=0']],
  ['prettier', bin('prettier'), ['--check', '.', '--log-level=warn']],
  ['tsc', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['tsc (scripts)', bin('tsc'), ['-p', 'tsconfig.scripts.json', '--noEmit']],
];
let failed = 0;
for (const [name, cmd, args] of checks) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  const ok = r.status === 0;
  if (!ok) failed++;
  console.log(`lint: ${name} ${ok ? 'ok' : 'FAILED'} (${Math.round(performance.now() - t)} ms)`);
}
process.exit(failed ? 1 : 0);
