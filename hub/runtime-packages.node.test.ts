// The hub workspace's dependencies (hub/package.json: what hub/Dockerfile installs into the
// image) include every npm package its bundle imports: one missing would crash the container at
// its first import. The bundle is built in memory with the options of `npm run hub:build`. A
// package the root lists too (zod, ibantools for the browser; fastify, better-sqlite3 for tests)
// has the same version there, so tests and image run the same code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
// @ts-expect-error -- plain JS build script (checked by tsconfig.scripts.json), no declarations
import { HUB_BUILD_OPTIONS } from '../scripts/hub-build.mjs';

interface PackageJson {
  name: string;
  private?: boolean;
  type?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  workspaces?: string[];
}
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as PackageJson;
const hub = read('./package.json');
const root = read('../package.json');

/**
 * Imported only when the hub runs from source, never by the built hub: `hub/console/assets.ts`
 * bundles the console in memory when `hub/dist/console/` is missing, which `npm run hub:build`
 * (and so the image) always writes.
 */
const FROM_SOURCE_ONLY: Record<string, string> = { esbuild: 'hub/console/assets.ts' };

/** `zod/mini` → `zod`, `@fastify/cors` stays, `pdfmake/fonts/Roboto.js` → `pdfmake`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('hub workspace package', () => {
  it('is the workspace @komm-assistenten/hub, ES modules, not published', () => {
    assert.equal(hub.name, '@komm-assistenten/hub');
    assert.equal(hub.type, 'module');
    assert.equal(hub.private, true);
    assert.deepEqual(root.workspaces, ['hub']);
  });

  it('depends on every npm package the bundle imports', async () => {
    const result = await build({ ...HUB_BUILD_OPTIONS, write: false, metafile: true });
    const imported = new Set<string>();
    for (const output of Object.values(result.metafile!.outputs))
      for (const i of output.imports)
        if (i.external && !i.path.startsWith('node:')) {
          const name = packageOf(i.path);
          if (i.kind === 'dynamic-import' && Object.hasOwn(FROM_SOURCE_ONLY, name)) continue;
          imported.add(name);
        }
    assert.ok(imported.has('fastify') && imported.has('better-sqlite3'), [...imported].join());
    assert.deepEqual(
      [...imported].filter((p) => !Object.hasOwn(hub.dependencies ?? {}, p)),
      [],
      'imported by the hub bundle but not in hub/package.json dependencies',
    );
  });

  it('pins the same version as the root for a package both list', () => {
    const rootPins = { ...root.devDependencies, ...root.dependencies };
    for (const [name, version] of Object.entries(hub.dependencies ?? {}))
      if (Object.hasOwn(rootPins, name)) assert.equal(rootPins[name], version, name);
  });
});
