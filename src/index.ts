/**
 * Public API of komm-assistenten: element classes, event classes, engine and transport types.
 * Registers nothing; import `komm-assistenten/<id>.js` (or `all.js`) to define the tags.
 */
export { KommElement } from './components/komm-element.js';
export { KommAssistant, type PrefillValue } from './components/assistant-element.js';
export { KommHundesteuer } from './assistants/hundesteuer/hundesteuer.js';
export { KommBrauchtumsfeuer } from './assistants/brauchtumsfeuer/brauchtumsfeuer.js';
export * from './events/index.js';
export { defineAssistant, type Assistant } from './engine/define-assistant.js';
export type * from './engine/types.js';
export type { MunicipalityConfig, ConfigProblem } from './engine/config.js';
export type { Envelope } from './transport/envelope-schema.js';
export type { SubmitOutcome } from './transport/outcome.js';
export { VERSION } from './version.js';
