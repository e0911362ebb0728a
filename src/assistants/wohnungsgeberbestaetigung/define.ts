// Bundle entry of <komm-wohnungsgeberbestaetigung>: registers the tag (idempotently; see KommElement.define).
// First: starts fetching the page's configs while the rest of the bundle evaluates.
import '../../components/prefetch.js';
import { KommWohnungsgeberbestaetigung } from './wohnungsgeberbestaetigung.js';

KommWohnungsgeberbestaetigung.define('komm-wohnungsgeberbestaetigung');

export { KommWohnungsgeberbestaetigung };
