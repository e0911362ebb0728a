/**
 * `wz2008`: the WZ 2008 classification (Destatis) by words or by code, from
 * `hub/data/wz2008.csv` (classes and subclasses; see hub/data/README.md).
 *
 * - `level: 'subclass'` (or `'class'`) in the body keeps to that level; default both.
 * - A code (`47.11`, `4711`, `47.11.0`): every class and subclass whose digits start with the
 *   typed digits, in code order (a class before its subclasses).
 * - Words (`Bäcker`, `einzelhandel lebensmittel`): entries where every typed word starts a word
 *   of the title (case- and umlaut-insensitive); subclasses first (the level a Gewerbeanzeige's
 *   `wzCode` uses), then classes whose title no shown subclass repeats; within a level, whole
 *   words before word starts, then shorter titles.
 */
import { z } from 'zod';
import { fold, readCsv, words } from './text.js';
import { LOOKUP_LIMIT, type Lookup, type LookupItem } from './types.js';

export interface WzEntry {
  code: string;
  title: string;
  section: string;
  level: 'class' | 'subclass';
}

interface Indexed extends WzEntry {
  digits: string;
  words: string[];
  folded: string;
}

/**
 * Everyday words for a trade that the official titles do not use, and the title word they mean
 * ("Bäckerei" is "Herstellung von Backwaren"): a typed word found here is searched as that word.
 */
const EVERYDAY: Record<string, string> = {
  backerei: 'herstellung backwaren',
  backer: 'herstellung backwaren',
  konditorei: 'herstellung backwaren',
  friseur: 'frisorsalons',
  frisor: 'frisorsalons',
  metzgerei: 'fleisch',
  fleischerei: 'fleisch',
  imbiss: 'imbissstuben',
  kneipe: 'schankwirtschaften',
  onlineshop: 'internet',
  online: 'internet',
  elektriker: 'elektroinstallation',
  kfz: 'kraftwagen',
  programmierung: 'softwareentwicklung',
};

export const WZ2008_FILE = new URL('../data/wz2008.csv', import.meta.url);

export function readWz2008(file: string | URL = WZ2008_FILE): WzEntry[] {
  return readCsv(file).map((r) => {
    const code = r.code ?? '';
    if (!/^\d{2}\.\d{2}(\.\d)?$/.test(code) || !r.title)
      throw new Error(`${String(file)}: not a WZ 2008 row: ${JSON.stringify(r)}`);
    return {
      code,
      title: r.title,
      section: r.section ?? '',
      level: code.length === 5 ? 'class' : 'subclass',
    };
  });
}

const item = (e: WzEntry): LookupItem => ({
  value: e.code,
  label: `${e.code} ${e.title}`,
  code: e.code,
  title: e.title,
  level: e.level,
  section: e.section,
});

export function wz2008Lookup(entries: readonly WzEntry[] = readWz2008()): Lookup {
  const index: Indexed[] = entries.map((e) => ({
    ...e,
    digits: e.code.replace(/\D/g, ''),
    words: words(e.title),
    folded: fold(e.title),
  }));
  const subclasses = index.filter((e) => e.level === 'subclass');
  const classes = index.filter((e) => e.level === 'class');
  return {
    name: 'wz2008',
    params: z.object({ level: z.optional(z.enum(['class', 'subclass'])) }),
    search({ q, level }) {
      const query = q.trim();
      if (!query) return [];
      const entries = level === 'subclass' ? subclasses : level === 'class' ? classes : index;
      if (/^[\d.\s]+$/.test(query)) {
        const digits = query.replace(/\D/g, '');
        return entries
          .filter((e) => e.digits.startsWith(digits))
          .slice(0, LOOKUP_LIMIT)
          .map(item);
      }
      const typed = words(query).flatMap((t) => EVERYDAY[t]?.split(' ') ?? [t]);
      if (!typed.length) return [];
      const scored: { e: Indexed; score: number }[] = [];
      for (const e of entries) {
        let score = 0;
        let all = true;
        for (const t of typed) {
          if (e.words.includes(t)) score += 2;
          else if (e.words.some((w) => w.startsWith(t))) score += 1;
          // A word part inside a compound ("brot" in "Brotwaren" is a start; "waren" in
          // "Backwaren" is not): weaker, but found.
          else if (t.length >= 4 && e.folded.includes(t)) score += 0;
          else {
            all = false;
            break;
          }
        }
        if (all) scored.push({ e, score });
      }
      scored.sort(
        (a, b) =>
          (a.e.level === b.e.level ? 0 : a.e.level === 'subclass' ? -1 : 1) ||
          b.score - a.score ||
          a.e.title.length - b.e.title.length ||
          a.e.code.localeCompare(b.e.code),
      );
      // A class whose title one of its shown subclasses repeats adds nothing.
      const shown = new Set<string>();
      const out: LookupItem[] = [];
      for (const { e } of scored) {
        if (e.level === 'subclass') shown.add(`${e.code.slice(0, 5)} ${e.title}`);
        else if (shown.has(`${e.code} ${e.title}`)) continue;
        out.push(item(e));
        if (out.length === LOOKUP_LIMIT) break;
      }
      return out;
    },
  };
}
