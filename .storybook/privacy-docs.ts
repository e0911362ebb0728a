/**
 * `virtual:komm-privacy`: the GDPR drafts of every assistant for the docs stories
 * (stories/dokumentation.stories.ts), generated when Storybook (or its vitest run) starts by the
 * same script as `npm run privacy` / `npm run build` (scripts/gen-privacy.ts: the definition's
 * fields, `<id>.privacy.ts`, the hub's retention default and flows). Nothing is copied by hand.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:komm-privacy';
const root = fileURLToPath(new URL('..', import.meta.url));

/** `{ [assistant id]: Markdown }` as scripts/gen-privacy.ts writes `dist/privacy/<id>.de.md`. */
export function privacyDrafts(): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), 'komm-privacy-'));
  try {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/gen-privacy.ts', '--out', out],
      { cwd: root, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`scripts/gen-privacy.ts failed:\n${r.stderr}`);
    return Object.fromEntries(
      readdirSync(out)
        .filter((f) => f.endsWith('.de.md'))
        .map((f) => [f.slice(0, -'.de.md'.length), readFileSync(join(out, f), 'utf8')]),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function privacyDocsPlugin(): Plugin {
  return {
    name: 'komm-privacy-docs',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) =>
      id === `\0${ID}` ? `export default ${JSON.stringify(privacyDrafts())};` : undefined,
  };
}
