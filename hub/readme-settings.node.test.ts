// Every setting of the hub is an environment variable documented in the one table of
// hub/README.md ("Settings"): each name the hub's code reads from the environment has a row.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const hubDir = fileURLToPath(new URL('.', import.meta.url));

/** The hub's own source files (not tests or their helpers, not the build output). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return e.name === 'dist' || e.name === 'node_modules' || e.name.startsWith('.')
        ? []
        : sources(path);
    // Test helpers (test-support.ts, pg-test-support.ts) read test-only variables, not settings.
    return /\.(ts|mjs)$/.test(e.name) &&
      !/(\.test|test-support)\.ts$/.test(e.name) &&
      !e.name.startsWith('.')
      ? [path]
      : [];
  });
}

/** `env.PORT`, `process.env.HUB_QUIET`, `env?.X`, `(options.env ?? process.env).REGISTER_FILE`. */
const ENV_READ = /\benv\)?\??\.([A-Z][A-Z0-9_]{2,})\b/g;

describe('hub/README.md settings table', () => {
  it('has a row for every environment variable the hub reads', () => {
    const files = [
      ...sources(hubDir),
      fileURLToPath(new URL('../scripts/hub-backup.mjs', import.meta.url)),
    ];
    const read = new Map<string, string>();
    for (const file of files)
      for (const m of readFileSync(file, 'utf8').matchAll(ENV_READ))
        if (!read.has(m[1]!)) read.set(m[1]!, file);
    for (const name of ['PORT', 'DATA_DIR', 'HUB_ADMIN_TOKEN', 'HUB_FLOWS'])
      assert.ok(read.has(name), `the scan finds ${name}`);

    const readme = readFileSync(join(hubDir, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Settings'));
    const table = section.slice(0, section.indexOf('\n## ', 1));
    const documented = new Set(
      [...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]),
    );
    const missing = [...read].filter(([name]) => !documented.has(name));
    assert.deepEqual(
      missing.map(([name, file]) => `${name} (read in ${file.slice(hubDir.length - 4)})`),
      [],
      'settings missing from the table in hub/README.md § Settings',
    );
  });
});
