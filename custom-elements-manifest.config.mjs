// `npm run manifest`: writes custom-elements.json (STYLE Rule 14) from the JSDoc of the element
// classes. The analyzer parses with its own TypeScript 5 (a dependency of the analyzer): the repo's
// TypeScript 7 has no compiler API (TOOLCHAIN pitfall 3).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Package name and version in the manifest (Rule 14), modules in a stable order, and one entry per
 * event: the analyzer also
 * lists `dispatchEvent(new KommStepChangeEvent(…))` as a nameless event with only a type, which the
 * `@fires {KommStepChangeEvent} komm-step-change` tag already names and describes.
 */
function kommManifest() {
  return {
    name: 'komm-manifest',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.package = { name: pkg.name, version: pkg.version };
      // The file globs resolve in file-system order, which differs between checkouts: sort, so the
      // committed manifest is the same wherever it is generated.
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          const named = new Set(decl.events.filter((e) => e.name).map((e) => e.type?.text));
          decl.events = decl.events.filter((e) => e.name || !named.has(e.type?.text));
        }
    },
  };
}

export default {
  // The public surface only: the element classes, their events and the package entries.
  globs: [
    'src/index.ts',
    'src/all.ts',
    'src/components/komm-element.ts',
    'src/components/assistant-element.ts',
    'src/assistants/*/*.ts',
    'src/events/*.ts',
  ],
  // `<id>.definition.ts`, `<id>.messages.ts`, tests …: data and helpers, not elements.
  exclude: ['src/assistants/*/*.*.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer would rewrite the file on every build.
  packagejson: false,
  quiet: true,
  plugins: [kommManifest()],
};
