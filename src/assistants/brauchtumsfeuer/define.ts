// Bundle entry of <komm-brauchtumsfeuer>: registers the tag (idempotently; see KommElement.define).
import { KommBrauchtumsfeuer } from './brauchtumsfeuer.js';

KommBrauchtumsfeuer.define('komm-brauchtumsfeuer');

export { KommBrauchtumsfeuer };
