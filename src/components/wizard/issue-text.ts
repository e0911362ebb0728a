import type { Assistant } from '../../engine/define-assistant.js';
import { issueText, type Translator } from '../../engine/messages.js';
import type { Issue } from '../../engine/types.js';
import { fieldAt } from '../../engine/walk.js';

/** The citizen's text of an issue (see `issueText`; the hub uses the same). */
export const issueMessage = <P>(tr: Translator, issue: Issue, def: Assistant<P>): string =>
  issueText(tr, issue, fieldAt(def, issue.key)?.type);
