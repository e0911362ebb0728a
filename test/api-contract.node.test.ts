/**
 * The public API pin (STYLE Rule 15). The Custom Elements Manifest, reduced to what a host page
 * relies on (tags, attributes, properties, methods, events, parts, states, `--komm-*` tokens), must
 * equal `test/api-contract.pin.json`. A failing pin means the public contract changed: that is a
 * breaking change or a new feature, not a refactor, so it needs a changeset (major for a removal
 * or rename). After an intended change: `UPDATE_PIN=1 node --import tsx --test test/api-contract.node.test.ts`.
 *
 * Token defaults are left out of the pin on purpose: a colour fix is a patch, not an API change.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// The analyzer ships no types for its CLI entry.
// @ts-expect-error untyped deep import
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = new URL('../', import.meta.url);
const PIN = new URL('test/api-contract.pin.json', root);

interface Described {
  name?: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  type?: { text?: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  attribute?: string;
  reflects?: boolean;
  readonly?: boolean;
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Declaration extends Described {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Described[];
  cssParts?: Described[];
  cssStates?: Described[];
  cssProperties?: (Described & { default?: string })[];
  slots?: Described[];
}
interface Manifest {
  schemaVersion: string;
  package?: { name: string; version: string };
  modules: { path: string; declarations?: Declaration[] }[];
}

/** Generates the manifest from the current source, in memory (same config as `npm run manifest`). */
async function generate(): Promise<Manifest> {
  const manifest: unknown = await cli({ argv: ['analyze'], cwd: root.pathname, noWrite: true });
  return JSON.parse(JSON.stringify(manifest)) as Manifest;
}

const elementsOf = (m: Manifest) =>
  m.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d): d is Declaration & { tagName: string } => !!d.customElement && !!d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));

const isPublic = (m: Member) => !m.privacy || m.privacy === 'public';
const sorted = <T>(o: Record<string, T>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const names = (list: Described[] | undefined) => (list ?? []).map((x) => x.name ?? '').sort();

/** What a host page relies on, per tag. */
function publicSurface(m: Manifest) {
  return Object.fromEntries(
    elementsOf(m).map((d) => {
      const members = (d.members ?? []).filter(isPublic);
      return [
        d.tagName,
        {
          class: d.name,
          attributes: sorted(
            Object.fromEntries(
              (d.attributes ?? []).map((a) => {
                const field = members.find((f) => f.name === a.fieldName);
                return [
                  a.name,
                  {
                    property: a.fieldName ?? null,
                    type: a.type?.text ?? null,
                    reflects: !!field?.reflects,
                  },
                ];
              }),
            ),
          ),
          properties: sorted(
            Object.fromEntries(
              members
                .filter((f) => f.kind === 'field')
                .map((f) => [`${f.static ? 'static ' : ''}${f.name}`, f.type?.text ?? null]),
            ),
          ),
          methods: sorted(
            Object.fromEntries(
              members
                .filter((f) => f.kind === 'method')
                .map((f) => [
                  `${f.static ? 'static ' : ''}${f.name}`,
                  `(${(f.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${f.return?.type?.text ?? 'void'}`,
                ]),
            ),
          ),
          events: sorted(
            Object.fromEntries((d.events ?? []).map((e) => [e.name ?? '', e.type?.text ?? null])),
          ),
          slots: names(d.slots),
          parts: names(d.cssParts),
          states: names(d.cssStates),
          tokens: names(d.cssProperties).filter((n) => n.startsWith('--komm-')),
        },
      ];
    }),
  );
}

/** Every public thing of every element that has no description, as `<tag> <kind> <name>`. */
function undocumented(m: Manifest): string[] {
  const out: string[] = [];
  const need = (tag: string, kind: string, x: Described) => {
    if (!x.description?.trim()) out.push(`<${tag}> ${kind} ${x.name ?? '(nameless)'}`);
  };
  for (const d of elementsOf(m)) {
    if (!d.summary?.trim()) out.push(`<${d.tagName}> @summary`);
    for (const x of (d.members ?? []).filter(isPublic)) need(d.tagName, x.kind, x);
    for (const x of d.attributes ?? []) need(d.tagName, 'attribute', x);
    for (const x of d.events ?? []) need(d.tagName, 'event', x);
    for (const x of d.slots ?? []) need(d.tagName, 'slot', x);
    for (const x of d.cssParts ?? []) need(d.tagName, 'part', x);
    for (const x of d.cssStates ?? []) need(d.tagName, 'state', x);
    for (const x of d.cssProperties ?? []) need(d.tagName, 'css property', x);
  }
  return out;
}

/** `--komm-*` tokens the styles actually read. */
function tokensInStyles(): string[] {
  const files = [
    'src/theming/tokens.styles.ts',
    ...readdirSync(new URL('src/components/', root))
      .filter((f) => f.endsWith('.styles.ts'))
      .map((f) => `src/components/${f}`),
  ];
  const found = new Set<string>();
  for (const f of files)
    for (const [, name] of readFileSync(new URL(f, root), 'utf8').matchAll(
      /var\(\s*(--komm-[a-z0-9-]+)/g,
    ))
      found.add(name!);
  return [...found].sort();
}

describe('public API (custom-elements.json)', async () => {
  const manifest = await generate();
  const committed = JSON.parse(
    readFileSync(new URL('custom-elements.json', root), 'utf8'),
  ) as Manifest;

  it('the committed custom-elements.json is current (npm run manifest)', () => {
    assert.deepEqual(committed, manifest);
  });

  it('names the package, and every assistant with its tag', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    assert.deepEqual(manifest.package, { name: pkg.name, version: pkg.version });
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.deepEqual(
      elementsOf(manifest).map((d) => [d.tagName, d.name]),
      [
        ['komm-brauchtumsfeuer', 'KommBrauchtumsfeuer'],
        ['komm-feuerwehr-verdienstausfall', 'KommFeuerwehrVerdienstausfall'],
        ['komm-gewerbeanzeige', 'KommGewerbeanzeige'],
        ['komm-hundesteuer', 'KommHundesteuer'],
        ['komm-urkunden', 'KommUrkunden'],
        ['komm-wohnungsgeberbestaetigung', 'KommWohnungsgeberbestaetigung'],
      ],
    );
  });

  it('every public member, attribute, event, part, state and token has a description', () => {
    assert.deepEqual(undocumented(manifest), []);
  });

  it('every --komm-* token the styles read is documented (@cssprop), and no other', () => {
    const styles = tokensInStyles();
    for (const [tag, surface] of Object.entries(publicSurface(manifest)))
      assert.deepEqual(surface.tokens, styles, `<${tag}>`);
  });

  it('equals the pinned surface', () => {
    const surface = publicSurface(manifest);
    if (process.env.UPDATE_PIN === '1') writeFileSync(PIN, `${JSON.stringify(surface, null, 2)}\n`);
    const pinned = JSON.parse(readFileSync(PIN, 'utf8'));
    assert.deepEqual(
      surface,
      pinned,
      'The public API changed. If intended: update the pin (UPDATE_PIN=1) and add a changeset (major for a removal or rename).',
    );
  });
});
