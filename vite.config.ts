/**
 * One Vite config, three uses (chosen by env, not by `mode`: a custom mode would resolve Lit's
 * `development` export condition and ship its dev build):
 *
 * - `vite` / `npm start` (no env): the demo page (`index.html`, `demo/`) on http://localhost:5173.
 * - `KOMM_BUILD=esm`: the npm library in `dist/esm/`, code-split, with `lit`, `@lit/task`, `zod`
 *   and `ibantools` left external so consumers dedupe them.
 * - `KOMM_BUILD=cdn KOMM_ENTRY=<id|all>`: one self-contained, minified ES module in
 *   `dist/cdn/<id>.js` for a `<script type="module">` tag (TOOLCHAIN.md pitfalls 7 and 8), and
 *   its English texts beside it in `dist/cdn/<id>.en.js`, loaded only on an English page
 *   (plugin `komm-lang-split` below, runtime in `src/components/lang-texts.ts`).
 *
 * `scripts/build.mjs` runs these builds in sequence through Vite's JS API.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minify as terser } from 'terser';
import { tsImport } from 'tsx/esm/api';
import { defineConfig, parseSync, type Plugin, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = (p: string) => `${root}src/${p}`;

/**
 * Assistant entries (`src/assistants/<id>/define.ts`) by id. `scripts/build.mjs` passes the
 * registry's ids in `KOMM_ASSISTANTS` (the registry is the list); otherwise every folder with a
 * `define.ts` counts.
 */
export function assistantEntries(): Record<string, string> {
  const dir = src('assistants');
  const ids = process.env.KOMM_ASSISTANTS
    ? process.env.KOMM_ASSISTANTS.split(',').filter(Boolean)
    : readdirSync(dir).filter((id) => existsSync(`${dir}/${id}/define.ts`));
  const out: Record<string, string> = {};
  for (const id of ids.sort()) {
    const entry = `${dir}/${id}/define.ts`;
    if (!existsSync(entry)) throw new Error(`vite.config.ts: assistant "${id}" has no ${entry}`);
    out[id] = entry;
  }
  return out;
}

/** Packages a consumer of the npm library installs (and dedupes) itself. */
const EXTERNAL = ['lit', '@lit/task', 'zod', 'ibantools'];
const isExternal = (id: string) => EXTERNAL.some((p) => id === p || id.startsWith(`${p}/`));

function esmConfig(): UserConfig {
  const entries: Record<string, string> = { index: src('index.ts'), all: src('all.ts') };
  for (const [id, entry] of Object.entries(assistantEntries()))
    entries[`assistants/${id}/define`] = entry;
  return {
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist/esm',
      emptyOutDir: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      minify: false, // a library: the consumer's bundler minifies; readable stack traces meanwhile
      rolldownOptions: {
        external: isExternal,
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/** Modules whose exports are text tables `{ de: Messages, en: Messages }`. */
const TEXT_MODULE = /\/src\/(?:components\/messages|assistants\/[^/]+\/[^/]+\.messages)\.ts$/;

type Table = Record<string, string>;
const isTable = (v: unknown): v is Table =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v).every((s) => typeof s === 'string');

/**
 * A text table as JS source, nested by key segment: `{ 'steps.hunde.title': t }` ->
 * `{steps:{hunde:{title:t}}}` (fewer quotes, no repeated prefixes: about 0.3 KB gzip less per
 * bundle). A key that is also the prefix of others keeps its text under `""`. `flatTexts()` in
 * src/components/lang-texts.ts turns it back. A key with an empty segment stays flat.
 */
export function nestedSource(table: Table): string {
  type Trie = { text?: string; sub: Map<string, Trie> };
  const root: Trie = { sub: new Map() };
  for (const [key, text] of Object.entries(table)) {
    if (key.split('.').includes('')) return JSON.stringify(table);
    let node = root;
    for (const seg of key.split('.')) {
      if (!node.sub.has(seg)) node.sub.set(seg, { sub: new Map() });
      node = node.sub.get(seg)!;
    }
    node.text = text;
  }
  const name = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  const emit = (node: Trie): string =>
    `{${[
      ...(node.text !== undefined ? [`"":${JSON.stringify(node.text)}`] : []),
      ...[...node.sub].map(([k, child]) =>
        child.sub.size ? `${name(k)}:${emit(child)}` : `${name(k)}:${JSON.stringify(child.text)}`,
      ),
    ].join(',')}}`;
  return emit(root);
}

/**
 * English in a file of its own (issue 5): a German page loads one file. Every text module
 * (`TEXT_MODULE`) is evaluated at build time (they are plain data) and compiled to its German
 * tables (nested, see `nestedSource`) plus, for English, an empty table from `lazyTexts(key)`;
 * the English tables go to `<name>.en.js` as `export default { key: table }`, which
 * `loadTexts()` imports from beside the bundle when an element first shows English. The source
 * files keep both languages, so the library build, the hub and the tests are unchanged.
 *
 * The shared German texts (`src/components/messages.ts`) are written into the bundle beside the
 * assistant's own (`src/assistants/<id>/<id>.messages.ts`; in all.js the first assistant's), and
 * the shared module takes them from there (`germanTexts(key)`, filled when that module runs,
 * before any element renders): side by side, gzip finds the phrases both share (about 0.4 KB
 * less per bundle than where the shared module sits).
 */
function langSplit(name: string): Plugin {
  type Texts = { exported: string; key: string; de: Table; en: Table };
  const runtime = JSON.stringify(src('components/lang-texts.ts'));
  const shared = src('components/messages.ts');
  const hostId = name === 'all' ? Object.keys(assistantEntries())[0]! : name;
  const host = src(`assistants/${hostId}/${hostId}.messages.ts`);
  const hosted = existsSync(host);
  const evaluated = new Map<string, Promise<Texts[]>>();
  const textsOf = (file: string) => {
    if (!evaluated.has(file))
      evaluated.set(
        file,
        (async () => {
          const mod = (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<
            string,
            { de?: unknown; en?: unknown } | undefined
          >;
          const base = file.slice(src('').length).replace(/\.ts$/, '');
          const short = base.slice(base.lastIndexOf('/') + 1); // `messages`, `hundesteuer.messages`
          return Object.entries(mod).map(([exported, v]) => {
            if (exported === 'default' || !v || !isTable(v.de) || !isTable(v.en))
              throw new Error(
                `komm-lang-split: ${base}.ts may only export text tables { de, en } of strings ("${exported}" is not one)`,
              );
            return { exported, key: `${short}#${exported}`, de: v.de, en: v.en };
          });
        })(),
      );
    return evaluated.get(file)!;
  };
  const english: Record<string, Table> = {};
  let sharedLoaded = false;
  let sharedPlaced = false;
  return {
    name: 'komm-lang-split',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0]!;
      if (!TEXT_MODULE.test(file)) return null;
      const out = [`import { flatTexts, germanTexts, lazyTexts } from ${runtime};`];
      if (hosted && file === host) {
        for (const t of await textsOf(shared))
          out.push(
            `Object.assign(germanTexts(${JSON.stringify(t.key)}), flatTexts(${nestedSource(t.de)}));`,
          );
        sharedPlaced = true;
      }
      if (file === shared) sharedLoaded = true;
      for (const t of await textsOf(file)) {
        english[t.key] = t.en;
        const de =
          hosted && file === shared
            ? `germanTexts(${JSON.stringify(t.key)})`
            : `flatTexts(${nestedSource(t.de)})`;
        out.push(
          `export const ${t.exported} = { de: ${de}, en: lazyTexts(${JSON.stringify(t.key)}) };`,
        );
      }
      return out.join('\n');
    },
    generateBundle() {
      if (!Object.keys(english).length) this.error('komm-lang-split: no text module in the bundle');
      if (sharedLoaded && hosted && !sharedPlaced)
        this.error(`komm-lang-split: the shared German texts belong beside ${host}, not bundled`);
      this.emitFile({
        type: 'asset',
        fileName: `${name}.en.js`,
        source: `export default {${Object.entries(english)
          .map(([key, table]) => `${JSON.stringify(key)}:${nestedSource(table)}`)
          .join(',')}};\n`,
      });
    },
  };
}

/** CSS of a `css` template part: no comments, no whitespace a browser does not need. Quoted strings stay as they are. */
export const compactCss = (raw: string) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');

/**
 * Markup of an `html` template part: a run of whitespace with a line break becomes one space
 * (what the browser renders anyway; the templates have no `<pre>` and no `<textarea>` content).
 */
export const compactHtml = (raw: string) => raw.replace(/\s*\n\s*/g, ' ');

/**
 * Lit's `html` and `css` templates keep their source indentation through the minifier; this
 * compacts their static parts (never the `${…}` expressions), in `src/` only. Found by the parser
 * (tag `html` or `css`), not by pattern, so a string that merely looks like markup is untouched.
 */
function compactTemplates(): Plugin {
  type Node = { type?: string; start: number; end: number; [k: string]: unknown };
  const walk = (node: unknown, visit: (n: Node) => void): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
    if (!node || typeof node !== 'object') return;
    if (typeof (node as Node).type === 'string') visit(node as Node);
    for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v, visit);
  };
  return {
    name: 'komm-compact-templates',
    transform(code, id) {
      if (!id.startsWith(src('')) || !/\.ts$/.test(id) || !/\b(?:html|css)`/.test(code))
        return null;
      const { program, errors } = parseSync(id, code);
      if (errors.length) return null; // the real compile reports it
      const edits: { start: number; end: number; text: string }[] = [];
      walk(program, (n) => {
        const tag =
          n.type === 'TaggedTemplateExpression' ? (n.tag as Node & { name?: string }) : undefined;
        if (tag?.type !== 'Identifier' || (tag.name !== 'html' && tag.name !== 'css')) return;
        const compact = tag.name === 'css' ? compactCss : compactHtml;
        const quasis = (n.quasi as { quasis: (Node & { tail: boolean; value: { raw: string } })[] })
          .quasis;
        for (const q of quasis) {
          // Spans are the raw text, or (oxc) include the delimiters `…${ / }…${ / }…`.
          let [start, end] = [q.start, q.end];
          if (code.slice(start, end) !== q.value.raw)
            [start, end] = [start + 1, end - (q.tail ? 1 : 2)];
          if (code.slice(start, end) !== q.value.raw) continue; // not as expected: leave it
          const text = compact(q.value.raw);
          if (text !== q.value.raw) edits.push({ start, end, text });
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * A second minifier over rolldown's (oxc) output: terser's compressor still finds about 1 %
 * (0.4 KB gzip per assistant bundle) in what oxc leaves; together they beat either alone. No
 * property mangling (the element's API and the config keys are property names).
 */
function terserPass(): Plugin {
  return {
    name: 'komm-terser',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await terser(chunk.code, {
          module: true,
          ecma: 2022,
          compress: { passes: 2 },
          format: { comments: false },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

/**
 * Parts of a bundle loaded on demand (issue 7), each a file beside the script-tag bundles: by the
 * module that imports it, `import('<specifier>')` -> [part name, entry]. The field templates are
 * built WITHOUT Lit: the bundle hands its own over (`sharedLit`); the trade notice's derived values
 * (forms, recipients, fee) need none.
 */
const SPLITS: Record<string, Record<string, [part: string, entry: string]>> = {
  'components/fields/load-fields.ts': {
    './lookup-field.js': ['komm-lookup', 'components/fields/lookup-field.ts'],
    './file-field.js': ['komm-file', 'components/fields/file-field.ts'],
  },
  // The short Art. 13 summary where a config links no privacy notice (issue 9): no Lit.
  'components/load-privacy.ts': {
    './privacy-summary.js': ['komm-privacy', 'components/privacy-summary.ts'],
  },
  // ibantools (issue 5: size and first render): `iban.lazy.ts` stands in for `iban.ts` in a
  // bundle (plugin `komm-iban-lazy`) and loads the real one as this part.
  'engine/iban.lazy.ts': {
    './iban.js': ['komm-iban', 'engine/iban.ts'],
  },
  'assistants/gewerbeanzeige/gewerbeanzeige.ts': {
    './gewerbeanzeige.computed.js': [
      'komm-gewerbeanzeige-computed',
      'assistants/gewerbeanzeige/gewerbeanzeige.computed.ts',
    ],
  },
};
const SPLIT_PARTS: Record<string, string> = Object.fromEntries(
  Object.values(SPLITS).flatMap((m) => Object.values(m)),
);
const LOAD_FIELDS = src('components/fields/load-fields.ts');
const LIT_PACKAGE = /^(?:lit|lit-html|lit-element|@lit\/reactive-element)(?:\/|$)/;

/** The offline part (issue 12) in a file of its own beside every script-tag bundle. */
export const OFFLINE_FILE = 'komm-offline';

/**
 * How a bundle imports a part beside it: through `importPart` (src/components/import-part.ts),
 * so that a retry after a failed load asks the network again under a new address.
 */
const IMPORT_PART = src('components/import-part.ts');
const partImport = (file: string) => `__kommImportPart(new URL('./${file}', import.meta.url).href)`;
const withImportPart = (code: string) =>
  `import { importPart as __kommImportPart } from ${JSON.stringify(IMPORT_PART)};\n${code}`;

/**
 * Parts loaded on demand, each a file of its own beside the script-tag bundles (no lit, no texts
 * of an assistant): the offline part, and the end-to-end encryption (jose, issue 12).
 */
const PARTS: Record<string, string> = {
  [OFFLINE_FILE]: 'components/offline.ts',
  'komm-jwe': 'transport/encrypt.ts',
  // The transport client, needed only when sending (src/components/load-send.ts, issue 5 size).
  'komm-send': 'transport/client.ts',
  // The pre-rendered embed's snippet writer (issue 5, first render): for the demo, the bench and
  // a municipality's web team, never loaded by a bundle.
  'komm-prerender': 'components/prerender.ts',
  ...SPLIT_PARTS,
};
const OFFLINE_IMPORT = /import\(\s*['"]\.\/offline\.js['"]\s*\)/;
/**
 * The end-to-end encryption part, imported the same way from load-offline.ts (`withKey`) as
 * `komm-jwe.js`. Left inline it would cost every bundle about 8 KB: `npm run size` tells.
 */
const JWE_IMPORT = /import\(\s*['"]\.\.\/transport\/encrypt\.js['"]\s*\)/;

/**
 * `load-offline.ts` imports `./offline.js` (outbox, device drafts, answers files); a script-tag
 * bundle inlines every dynamic import (`codeSplitting: false`), so here that import becomes one of
 * `komm-offline.js` beside the bundle (its URL from the bundle's own, like the English texts).
 * That file is built from `src/components/offline.ts` alone (`KOMM_ENTRY=komm-offline`).
 */
function offlineSplit(): Plugin {
  return {
    name: 'komm-offline-split',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/src/components/load-offline.ts')) return null;
      if (!OFFLINE_IMPORT.test(code))
        this.error("komm-offline-split: import('./offline.js') not found in load-offline.ts");
      return {
        code: withImportPart(
          code
            .replace(OFFLINE_IMPORT, partImport(`${OFFLINE_FILE}.js`))
            .replace(JWE_IMPORT, partImport('komm-jwe.js')),
        ),
        map: null,
      };
    },
  };
}

/** In a bundle: each import of `SPLITS` becomes one of its part's file beside the bundle. */
function partsSplit(): Plugin {
  return {
    name: 'komm-parts-split',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      const splits = Object.entries(SPLITS).find(([m]) => file === src(m))?.[1];
      if (!splits) return null;
      for (const [specifier, [part]] of Object.entries(splits)) {
        const spec = `import('${specifier}')`;
        if (!code.includes(spec)) this.error(`komm-parts-split: ${spec} not found in ${file}`);
        code = code.replace(spec, partImport(`${part}.js`));
      }
      return { code: withImportPart(code), map: null };
    },
  };
}

/**
 * In a part of `SPLITS`: every import of Lit reads the bundle's from the global that load-fields.ts sets
 * (`SHARED_LIT` under `Symbol.for(…)`, names read from that file). The part must not bundle Lit or
 * a module with state of the bundle (the field templates' registry, the transport).
 */
function sharedLit(): Plugin {
  const virtual = '\0komm-shared-lit';
  return {
    name: 'komm-shared-lit',
    enforce: 'pre',
    resolveId: (source) => (LIT_PACKAGE.test(source) ? virtual : null),
    load(id) {
      if (id !== virtual) return null;
      const code = readFileSync(LOAD_FIELDS, 'utf8');
      const names = /export const SHARED_LIT = \{([^}]*)\}/.exec(code)?.[1]?.split(',');
      const key = /Symbol\.for\(('[^']+')\)/.exec(code)?.[1];
      if (!names || !key) this.error('komm-shared-lit: SHARED_LIT or its Symbol.for(…) not found');
      return [
        `const l = globalThis[Symbol.for(${key})];`,
        "if (!l) throw new Error('This file is loaded by a komm-assistenten bundle, not on its own.');",
        `export const ${names.map((n) => `${n.trim()} = l.${n.trim()}`).join(', ')};`,
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          for (const id of Object.keys(chunk.modules))
            if (
              /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) ||
              /\/src\/(?:transport\/|components\/fields\/render-field\.ts)/.test(id)
            )
              this.error(`komm-shared-lit: ${chunk.fileName} must not contain ${id}`);
    },
  };
}

/**
 * In a bundle: every import of `engine/iban.ts` gets `engine/iban.lazy.ts` instead (same
 * functions; ibantools is the part `komm-iban.js`, see SPLITS), except the lazy module's own
 * import of the real one, which `partsSplit` turns into that part's URL.
 */
function ibanLazy(): Plugin {
  const full = src('engine/iban.ts');
  const lazy = src('engine/iban.lazy.ts');
  return {
    name: 'komm-iban-lazy',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.split('?')[0] === lazy || !source.endsWith('iban.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.split('?')[0] === full ? lazy : null;
    },
  };
}

/** In a bundle: `import('../transport/client.js')` in load-send.ts becomes one of `komm-send.js` beside it. */
function sendSplit(): Plugin {
  const spec = "import('../transport/client.js')";
  return {
    name: 'komm-send-split',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/src/components/load-send.ts')) return null;
      if (!code.includes(spec)) this.error(`komm-send-split: ${spec} not found in load-send.ts`);
      return { code: withImportPart(code.replace(spec, partImport('komm-send.js'))), map: null };
    },
  };
}

function cdnConfig(name: string): UserConfig {
  const part = PARTS[name];
  const entry = part ? src(part) : name === 'all' ? src('all.ts') : assistantEntries()[name];
  if (!entry) throw new Error(`vite.config.ts: no entry src/assistants/${name}/define.ts`);
  return {
    publicDir: false,
    plugins: [
      ...(SPLIT_PARTS[name] ? [sharedLit()] : []),
      ...(part ? [] : [langSplit(name), offlineSplit(), partsSplit(), sendSplit(), ibanLazy()]),
      compactTemplates(),
      terserPass(),
    ],
    // Nothing of Node may remain in a file a browser loads as is.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false, // one build per file, all into the same folder
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: { [name]: entry }, formats: ['es'], fileName: (_format, n) => `${n}.js` },
      minify: 'oxc',
      rolldownOptions: {
        external: [], // everything bundled: one file, no import map needed
        // No comments: the `/* @__PURE__ */` marks only help a bundler, and nobody bundles these.
        output: { minify: true, codeSplitting: false, comments: false },
      },
    },
  };
}

function demoConfig(): UserConfig {
  return {
    // index.html and demo/ live at the root; /examples/config/*.json is served as a plain file.
    publicDir: false,
    server: { host: 'localhost', port: 5173, strictPort: true },
    preview: { host: 'localhost', port: 5173, strictPort: true },
    build: { target: 'es2022', outDir: 'dist/demo' },
  };
}

export default defineConfig(() => {
  const kind = process.env.KOMM_BUILD;
  if (kind === 'esm') return esmConfig();
  if (kind === 'cdn') return cdnConfig(process.env.KOMM_ENTRY ?? 'all');
  return demoConfig();
});
