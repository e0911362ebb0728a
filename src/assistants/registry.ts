/**
 * Every assistant of the package, by id. The hub validates against these definitions and the
 * build makes one bundle and one JSON Schema per entry. Adding an assistant adds one line here.
 */
import type { Assistant } from '../engine/define-assistant.js';
import { brauchtumsfeuer } from './brauchtumsfeuer/brauchtumsfeuer.definition.js';
import { feuerwehrVerdienstausfall } from './feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.definition.js';
import { gewerbeanzeige } from './gewerbeanzeige/gewerbeanzeige.definition.js';
import { hundesteuer } from './hundesteuer/hundesteuer.definition.js';
import { urkunden } from './urkunden/urkunden.definition.js';
import { wohnungsgeberbestaetigung } from './wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.definition.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parameters differ per assistant
export const assistants: Record<string, Assistant<any>> = {
  brauchtumsfeuer,
  'feuerwehr-verdienstausfall': feuerwehrVerdienstausfall,
  gewerbeanzeige,
  hundesteuer,
  urkunden,
  wohnungsgeberbestaetigung,
};
