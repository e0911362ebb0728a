// Bundle entry of <komm-hundesteuer>: registers the tag (idempotently; see KommElement.define).
import { KommHundesteuer } from './hundesteuer.js';

KommHundesteuer.define('komm-hundesteuer');

export { KommHundesteuer };
