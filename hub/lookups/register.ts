/**
 * `register`: a company's registered name and legal form by register type, court and number.
 *
 * The hub asks a `RegisterSource`. The reference hub's source is a CSV file (`REGISTER_FILE`,
 * sample `examples/hub/register.csv`); an operator plugs in a real register query (e.g. a
 * gateway to the Gemeinsames Registerportal or a commercial data service) by passing their own
 * `RegisterSource` as `buildHub({ register })`:
 *
 * ```ts
 * const register: RegisterSource = {
 *   async find({ type, court, number }, { signal }) {
 *     const res = await fetch(`https://register.example/api/${type}/${court.code}/${number}`, { signal });
 *     if (res.status === 404) return undefined;
 *     if (!res.ok) throw new Error(`register answered ${res.status}`);
 *     const e = await res.json();
 *     return { registeredName: e.name, legalForm: e.rechtsformCode, legalFormName: e.rechtsform };
 *   },
 * };
 * ```
 *
 * Request body: `{ q, ags, type?, court }`: `q` the register number as typed (`HRB 12345`,
 * `12345`, `12345 B`), `type` one of HRA, HRB, GnR, GsR, PR, VR or their FIM codes A, B, G,
 * GesR, P, V (else taken from the start of `q`), `court` the court's code (`U1104`) or name (`Amtsgericht Dresden`). Found: one item
 * `{ value: 'HRB 12345', label, registeredName, legalForm, legalFormName, type, number, court,
 * courtName }`; not found (or an unknown court): `{ items: [] }`. A source that throws makes a
 * 500 problem: the element then keeps the typed values and says the register is not reachable.
 */
import { z } from 'zod';
import { findCourt, type Registergericht } from './registergerichte.js';
import { readCsv } from './text.js';
import type { Lookup, LookupItem } from './types.js';

export const REGISTER_TYPES = ['HRA', 'HRB', 'GnR', 'GsR', 'PR', 'VR'] as const;
export type RegisterType = (typeof REGISTER_TYPES)[number];

export interface RegisterQuery {
  type: RegisterType;
  /** The court; `code` is empty when the name is not in the list of register courts. */
  court: { code: string; name: string };
  /** The number without the type, upper case, no blanks: `12345`, `12345B`. */
  number: string;
}

export interface RegisterEntry {
  /** The name as registered (Firma), e.g. `Muster Bau GmbH`. */
  registeredName: string;
  /** Legal form code of the FIM list "gängige Rechtsformen" (C60000025), e.g. `350` for GmbH. */
  legalForm: string;
  /** Legal form as text, e.g. `GmbH`. */
  legalFormName?: string;
}

/** Where the hub looks a register entry up. `undefined`: no such entry. Throw when unreachable. */
export interface RegisterSource {
  find(query: RegisterQuery, options: { signal?: AbortSignal }): Promise<RegisterEntry | undefined>;
}

/** `HRB 12345`, `hrb12345 b` -> `{ type: 'HRB', number: '12345B' }` (type only when typed). */
export function parseRegisterNumber(text: string): { type?: RegisterType; number: string } {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  const type = REGISTER_TYPES.find((t) => compact.startsWith(t.toUpperCase()));
  return { ...(type ? { type } : {}), number: type ? compact.slice(type.length) : compact };
}

/**
 * A register from a CSV file (`;`-separated, UTF-8), header
 * `type;court;number;registeredName;legalForm;legalFormName`; `court` is the court's code or
 * name. Read once; the error names the file and the row.
 */
export function csvRegisterSource(
  file: string,
  courts: readonly Registergericht[],
): RegisterSource {
  let rows: Record<string, string>[];
  try {
    rows = readCsv(file);
  } catch (e) {
    throw new Error(
      `REGISTER_FILE: cannot read ${file} (${(e as Error).message}). Point it to a CSV file with the header type;court;number;registeredName;legalForm;legalFormName, or unset it.`,
      { cause: e },
    );
  }
  const entries = new Map<string, RegisterEntry>();
  rows.forEach((r, i) => {
    const type = REGISTER_TYPES.find((t) => t.toUpperCase() === r.type?.toUpperCase());
    const court = findCourt(courts, r.court ?? '');
    if (!type || !court || !r.number || !r.registeredName || !r.legalForm)
      throw new Error(
        `REGISTER_FILE: ${file} row ${i + 2}: needs type (${REGISTER_TYPES.join(', ')}), a known register court, number, registeredName and legalForm.`,
      );
    entries.set(`${type}|${court.code}|${parseRegisterNumber(r.number).number}`, {
      registeredName: r.registeredName,
      legalForm: r.legalForm,
      ...(r.legalFormName ? { legalFormName: r.legalFormName } : {}),
    });
  });
  return {
    find: async ({ type, court, number }) => entries.get(`${type}|${court.code}|${number}`),
  };
}

/** Register types by their abbreviation or their code in the FIM list "Art der Eintragung" (C60000038). */
const TYPE_CODES: Record<string, RegisterType> = {
  HRA: 'HRA',
  A: 'HRA',
  HRB: 'HRB',
  B: 'HRB',
  GNR: 'GnR',
  G: 'GnR',
  GSR: 'GsR',
  GESR: 'GsR',
  PR: 'PR',
  P: 'PR',
  VR: 'VR',
  V: 'VR',
};

const params = z.object({
  type: z.optional(
    z.string().transform((t, ctx) => {
      const type = TYPE_CODES[t.trim().toUpperCase()];
      if (!type)
        ctx.addIssue({
          code: 'custom',
          message: `Registerart ${REGISTER_TYPES.join(', ')} (oder A, B, G, GesR, P, V), nicht „${t}“`,
        });
      return type ?? 'HRB';
    }),
  ),
  court: z.string().trim().min(1).max(200),
});

export function registerLookup(source: RegisterSource, courts: readonly Registergericht[]): Lookup {
  return {
    name: 'register',
    params,
    async search(query) {
      const { type: typed, court: courtText } = query as z.infer<typeof params> & { q: string };
      const parsed = parseRegisterNumber(query.q);
      const type = typed ?? parsed.type;
      const court = findCourt(courts, courtText);
      if (!type || !parsed.number || !court) return [];
      const found = await source.find(
        { type, court: { code: court.code, name: court.name }, number: parsed.number },
        {},
      );
      if (!found) return [];
      const value = `${type} ${parsed.number}`;
      const item: LookupItem = {
        value,
        label: `${found.registeredName} (${court.name}, ${value})`,
        ...found,
        type,
        number: parsed.number,
        court: court.code,
        courtName: court.name,
      };
      return [item];
    },
  };
}
