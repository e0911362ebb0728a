// Bundle entry of <komm-gewerbeanzeige>: registers the tag (idempotently; see KommElement.define).
// First: starts fetching the page's configs while the rest of the bundle evaluates.
import '../../components/prefetch.js';
import { KommGewerbeanzeige } from './gewerbeanzeige.js';

KommGewerbeanzeige.define('komm-gewerbeanzeige');

export { KommGewerbeanzeige };
