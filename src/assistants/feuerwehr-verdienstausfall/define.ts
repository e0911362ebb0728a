// Bundle entry of <komm-feuerwehr-verdienstausfall>: registers the tag (idempotently; see KommElement.define).
// First: starts fetching the page's configs while the rest of the bundle evaluates.
import '../../components/prefetch.js';
import { KommFeuerwehrVerdienstausfall } from './feuerwehr-verdienstausfall.js';

KommFeuerwehrVerdienstausfall.define('komm-feuerwehr-verdienstausfall');

export { KommFeuerwehrVerdienstausfall };
