/**
 * The privacy facts of every assistant (`<id>/<id>.privacy.ts`), by id: what the GDPR documents
 * (`src/engine/privacy.ts`, `dist/privacy/`) say about purpose, legal basis and recipients. Kept
 * beside the definitions, not in them, so the element bundles do not carry these texts. A test
 * fails when a registered assistant has none.
 */
import type { PrivacyFacts } from '../engine/privacy.js';
import { privacy as brauchtumsfeuer } from './brauchtumsfeuer/brauchtumsfeuer.privacy.js';
import { privacy as feuerwehr } from './feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.privacy.js';
import { privacy as gewerbeanzeige } from './gewerbeanzeige/gewerbeanzeige.privacy.js';
import { privacy as hundesteuer } from './hundesteuer/hundesteuer.privacy.js';
import { privacy as urkunden } from './urkunden/urkunden.privacy.js';
import { privacy as wohnungsgeber } from './wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.privacy.js';

export const privacyFacts: Readonly<Record<string, PrivacyFacts>> = {
  brauchtumsfeuer,
  'feuerwehr-verdienstausfall': feuerwehr,
  gewerbeanzeige,
  hundesteuer,
  urkunden,
  wohnungsgeberbestaetigung: wohnungsgeber,
};
