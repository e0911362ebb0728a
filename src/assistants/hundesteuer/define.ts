// Bundle entry of <komm-hundesteuer>: registers the tag (idempotently; see KommElement.define).
// First: starts fetching the page's configs while the rest of the bundle evaluates.
import '../../components/prefetch.js';
import { KommHundesteuer } from './hundesteuer.js';

KommHundesteuer.define('komm-hundesteuer');

export { KommHundesteuer };
