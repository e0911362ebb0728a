// The hub's runtime packages (what hub/Dockerfile installs into the image) include every npm
// package its bundle imports: one missing would crash the container at its first import. The
// bundle is built in memory with the options of `npm run hub:build`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
// @ts-expect-error -- plain JS build script (checked by tsconfig.scripts.json), no declarations
import { HUB_BUILD_OPTIONS } from '../scripts/hub-build.mjs';
// @ts-expect-error -- plain JS build script, no declarations
import { HUB_RUNTIME_PACKAGES } from '../scripts/hub-runtime-package.mjs';

/** `zod/mini` → `zod`, `@fastify/cors` stays, `pdfmake/fonts/Roboto.js` → `pdfmake`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('hub runtime packages', () => {
  it('include every npm package the bundle imports', async () => {
    const result = await build({ ...HUB_BUILD_OPTIONS, write: false, metafile: true });
    const imported = new Set<string>();
    for (const output of Object.values(result.metafile!.outputs))
      for (const i of output.imports)
        if (i.external && !i.path.startsWith('node:')) imported.add(packageOf(i.path));
    assert.ok(imported.has('fastify') && imported.has('better-sqlite3'), [...imported].join());
    const listed = new Set(HUB_RUNTIME_PACKAGES as string[]);
    assert.deepEqual(
      [...imported].filter((p) => !listed.has(p)),
      [],
      'imported by the hub but not in its runtime packages',
    );
  });
});
