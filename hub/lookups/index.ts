/**
 * The hub's lookups by name, built once when the hub starts (DESIGN.md: `POST
 * {endpoint}/lookups/{name}`): `wz2008`, `registergerichte`, `register`, `strassen`.
 */
import type { Municipality } from '../configs.js';
import { csvRegisterSource, registerLookup, type RegisterSource } from './register.js';
import { readRegistergerichte, registergerichteLookup } from './registergerichte.js';
import { strassenLookup } from './strassen.js';
import type { Lookup } from './types.js';
import { wz2008Lookup } from './wz2008.js';

export type { Lookup, LookupItem, LookupQuery } from './types.js';
export type { RegisterEntry, RegisterQuery, RegisterSource } from './register.js';

export interface LookupOptions {
  municipalities: ReadonlyMap<string, Municipality>;
  /** The register source; default: `REGISTER_FILE` (CSV) when set, else none (no `register`). */
  register?: RegisterSource;
  env?: NodeJS.ProcessEnv;
}

export function createLookups(options: LookupOptions): Map<string, Lookup> {
  const courts = readRegistergerichte();
  const file = (options.env ?? process.env).REGISTER_FILE?.trim();
  const register = options.register ?? (file ? csvRegisterSource(file, courts) : undefined);
  // Without a register source the hub does not offer `register` (404 naming what it offers), so
  // the element says the register cannot be asked instead of "not found".
  const all = [
    wz2008Lookup(),
    registergerichteLookup(courts),
    ...(register ? [registerLookup(register, courts)] : []),
    strassenLookup(options.municipalities),
  ];
  return new Map(all.map((l) => [l.name, l]));
}
