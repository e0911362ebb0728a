/**
 * `strassen`: the streets of the municipality `ags`, from its config (every assistant's
 * `streets` list, e.g. `wohnungsgeberbestaetigung.streets`). Words match the starts of the
 * street's words (`bautz` -> Bautzner Straße); a municipality without a list answers no items.
 */
import type { Municipality } from '../configs.js';
import { words } from './text.js';
import { LOOKUP_LIMIT, type Lookup } from './types.js';

export function strassenLookup(municipalities: ReadonlyMap<string, Municipality>): Lookup {
  const byAgs = new Map<string, { street: string; words: string[] }[]>();
  for (const [ags, m] of municipalities) {
    const streets = new Set<string>();
    for (const params of Object.values(m.config.assistants ?? {})) {
      const list = (params as { streets?: unknown } | null)?.streets;
      if (Array.isArray(list)) for (const s of list) if (typeof s === 'string') streets.add(s);
    }
    byAgs.set(
      ags,
      [...streets]
        .sort((a, b) => a.localeCompare(b, 'de'))
        .map((street) => ({ street, words: words(street) })),
    );
  }
  return {
    name: 'strassen',
    search({ q, ags }) {
      const typed = words(q);
      return (byAgs.get(ags ?? '') ?? [])
        .filter((s) => typed.every((t) => s.words.some((w) => w.startsWith(t))))
        .slice(0, LOOKUP_LIMIT)
        .map((s) => ({ value: s.street, label: s.street }));
    },
  };
}
