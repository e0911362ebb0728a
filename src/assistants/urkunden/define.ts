// Bundle entry of <komm-urkunden>: registers the tag (idempotently; see KommElement.define).
import { KommUrkunden } from './urkunden.js';

KommUrkunden.define('komm-urkunden');

export { KommUrkunden };
