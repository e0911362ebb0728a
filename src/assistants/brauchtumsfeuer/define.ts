// Bundle entry of <komm-brauchtumsfeuer>: registers the tag (idempotently; see KommElement.define).
// First: starts fetching the page's configs while the rest of the bundle evaluates.
import '../../components/prefetch.js';
import { KommBrauchtumsfeuer } from './brauchtumsfeuer.js';

KommBrauchtumsfeuer.define('komm-brauchtumsfeuer');

export { KommBrauchtumsfeuer };
