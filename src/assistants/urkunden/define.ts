// Bundle entry of <komm-urkunden>: registers the tag (idempotently; see KommElement.define).
// First: starts fetching the page's configs while the rest of the bundle evaluates.
import '../../components/prefetch.js';
import { KommUrkunden } from './urkunden.js';

KommUrkunden.define('komm-urkunden');

export { KommUrkunden };
