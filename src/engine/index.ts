export * from './types.js';
export * from './paths.js';
export * from './walk.js';
export * from './schema.js';
export * from './validate.js';
export * from './prune.js';
export * from './messages.js';
export * from './define-assistant.js';
export { z } from './zod.js';
