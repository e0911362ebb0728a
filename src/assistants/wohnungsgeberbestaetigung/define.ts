// Bundle entry of <komm-wohnungsgeberbestaetigung>: registers the tag (idempotently; see KommElement.define).
import { KommWohnungsgeberbestaetigung } from './wohnungsgeberbestaetigung.js';

KommWohnungsgeberbestaetigung.define('komm-wohnungsgeberbestaetigung');

export { KommWohnungsgeberbestaetigung };
