// Bundle entry of <komm-feuerwehr-verdienstausfall>: registers the tag (idempotently; see KommElement.define).
import { KommFeuerwehrVerdienstausfall } from './feuerwehr-verdienstausfall.js';

KommFeuerwehrVerdienstausfall.define('komm-feuerwehr-verdienstausfall');

export { KommFeuerwehrVerdienstausfall };
