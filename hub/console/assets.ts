/**
 * The console's files: `console.js` (the Lit app, hub/console/app.ts bundled) and `console.css`.
 * The built hub (`npm run hub:build`) has them in hub/dist/console/, next to hub/dist/main.js.
 * Run from source (`node --import tsx hub/main.ts`, `npm start`, the tests) there is no such
 * folder: the app is bundled once, on the first request, in memory by esbuild's JS API (a dev
 * dependency, so this path needs a dev install; the built hub does not).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ConsoleAssets {
  js: string;
  css: string;
}

/** Options of the console bundle, the same in scripts/hub-build.mjs (keep them in step). */
export const CONSOLE_BUNDLE = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
} as const;

let loading: Promise<ConsoleAssets> | undefined;

export function consoleAssets(): Promise<ConsoleAssets> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined; // the next request tries again
    throw e;
  });
  return loading;
}

async function load(): Promise<ConsoleAssets> {
  // In hub/dist/main.js this is hub/dist/console/; from source, hub/console/console/ (absent).
  const built = new URL('./console/', import.meta.url);
  if (existsSync(new URL('console.js', built)))
    return {
      js: readFileSync(new URL('console.js', built), 'utf8'),
      css: readFileSync(new URL('console.css', built), 'utf8'),
    };
  const here = new URL('./', import.meta.url);
  const { build } = await import('esbuild');
  const out = await build({
    ...CONSOLE_BUNDLE,
    absWorkingDir: fileURLToPath(new URL('../../', here)),
    entryPoints: [fileURLToPath(new URL('app.ts', here))],
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'silent',
  });
  return {
    js: out.outputFiles[0]!.text,
    css: readFileSync(new URL('console.css', here), 'utf8'),
  };
}
