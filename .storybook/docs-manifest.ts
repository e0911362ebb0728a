/**
 * custom-elements.json as Storybook's autodocs read it (`setCustomElementsManifest` in
 * preview.ts). Storybook's web-components renderer turns a declaration's `members`, `attributes`,
 * `events`, `slots`, `cssProperties` and `cssParts` into the tables of each assistant's Docs page,
 * but it would also list every private and protected field and repeat each attribute as a
 * property, and it has no table for methods or CSS states. So, for the Docs pages only (the
 * shipped manifest is unchanged):
 *
 * - "properties" keeps the public instance properties that have no attribute (`config`,
 *   `prefill`, `fetchFn`); the attributes table names each attribute's property already;
 * - the public methods and the CSS custom states go into the element's description (Markdown,
 *   shown at the top of its Docs page).
 */

interface Entry {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  summary?: string;
  fieldName?: string;
  type?: { text: string };
  parameters?: { name: string; type?: { text: string }; optional?: boolean }[];
  return?: { type?: { text: string } };
}

export interface Declaration {
  tagName?: string;
  description?: string;
  summary?: string;
  members?: Entry[];
  attributes?: Entry[];
  cssStates?: Entry[];
  [key: string]: unknown;
}

export interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const cell = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').replaceAll('|', '\\|');

const signature = (m: Entry) =>
  `${m.name}(${(m.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
    .join(', ')}): ${m.return?.type?.text ?? 'void'}`;

/** Markdown tables for what Storybook's autodocs have no table of (methods, CSS states). */
function extraSections(d: Declaration): string {
  const methods = (d.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public',
  );
  const out: string[] = [];
  if (methods.length)
    out.push(
      '### Methods',
      '',
      '| Method | Description |',
      '| --- | --- |',
      ...methods.map((m) => `| \`${cell(signature(m))}\` | ${cell(m.description)} |`),
    );
  if (d.cssStates?.length)
    out.push(
      '',
      '### CSS states',
      '',
      'Custom states for styling from outside, e.g. `komm-hundesteuer:state(invalid)`.',
      '',
      '| State | Description |',
      '| --- | --- |',
      ...d.cssStates.map((s) => `| \`:state(${s.name})\` | ${cell(s.description)} |`),
    );
  return out.join('\n');
}

/** The manifest with each element's Docs tables trimmed and its description completed. */
export function docsManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => {
        if (!d.tagName) return d;
        const withAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName));
        return {
          ...d,
          description: [d.description ?? d.summary ?? '', extraSections(d)]
            .filter(Boolean)
            .join('\n\n'),
          members: (d.members ?? []).filter(
            (m) =>
              m.kind === 'field' &&
              !m.static &&
              (m.privacy ?? 'public') === 'public' &&
              !withAttribute.has(m.name),
          ),
        };
      }),
    })),
  };
}
