/**
 * `registergerichte`: the German register courts (Handels-, Genossenschafts- and
 * Partnerschaftsregister) from `hub/data/registergerichte.csv`, Saxony's three first
 * (Amtsgericht Dresden, Leipzig, Chemnitz). `value` is the court's XJustiz code (`U1104`),
 * `label` its name. An empty `q` lists the first 20; words match the starts of the name's or the
 * Land's words; a code matches exactly.
 */
import { fold, readCsv, words } from './text.js';
import { LOOKUP_LIMIT, type Lookup, type LookupItem } from './types.js';

export interface Registergericht {
  code: string;
  name: string;
  state: string;
}

export const REGISTERGERICHTE_FILE = new URL('../data/registergerichte.csv', import.meta.url);

export function readRegistergerichte(
  file: string | URL = REGISTERGERICHTE_FILE,
): Registergericht[] {
  return readCsv(file).map((r) => {
    if (!r.code || !r.name || !r.state)
      throw new Error(`${String(file)}: not a register court row: ${JSON.stringify(r)}`);
    return { code: r.code, name: r.name, state: r.state };
  });
}

/** Saxony first, then by name (German order). */
const order = (a: Registergericht, b: Registergericht) =>
  Number(b.state === 'Sachsen') - Number(a.state === 'Sachsen') ||
  a.name.localeCompare(b.name, 'de');

const item = (c: Registergericht): LookupItem => ({
  value: c.code,
  label: c.name,
  code: c.code,
  state: c.state,
});

/** The court a person or a form named: by code (`U1104`) or by name (`Amtsgericht Dresden`, `dresden`). */
export function findCourt(
  courts: readonly Registergericht[],
  text: string,
): Registergericht | undefined {
  const t = text.trim();
  const byCode = courts.find((c) => c.code.toLowerCase() === t.toLowerCase());
  if (byCode) return byCode;
  const wanted = fold(t.replace(/^\s*(amtsgericht|ag)\s+/i, ''));
  return courts.find((c) => fold(c.name.replace(/^Amtsgericht\s+/, '')) === wanted);
}

export function registergerichteLookup(
  courts: readonly Registergericht[] = readRegistergerichte(),
): Lookup {
  const sorted = [...courts].sort(order);
  const indexed = sorted.map((c) => ({ c, words: [...words(c.name), ...words(c.state)] }));
  return {
    name: 'registergerichte',
    search({ q }) {
      const typed = words(q);
      if (!typed.length) return sorted.slice(0, LOOKUP_LIMIT).map(item);
      const code = q.trim().toLowerCase();
      return indexed
        .filter(
          ({ c, words: w }) =>
            c.code.toLowerCase() === code || typed.every((t) => w.some((x) => x.startsWith(t))),
        )
        .slice(0, LOOKUP_LIMIT)
        .map(({ c }) => item(c));
    },
  };
}
