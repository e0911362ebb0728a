/**
 * Every assistant in one module: registers all `<komm-*>` tags (the `dist/cdn/all.js` bundle and
 * the `komm-assistenten/all.js` library entry) and re-exports the public API. A new assistant adds
 * its `define.js` here as well as in the registry; the build checks both lists agree.
 */
// First: starts fetching the page's configs while the rest of the bundle evaluates.
import './components/prefetch.js';
import './assistants/brauchtumsfeuer/define.js';
import './assistants/feuerwehr-verdienstausfall/define.js';
import './assistants/gewerbeanzeige/define.js';
import './assistants/hundesteuer/define.js';
import './assistants/urkunden/define.js';
import './assistants/wohnungsgeberbestaetigung/define.js';

export * from './index.js';
