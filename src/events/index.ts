export * from './step-change.js';
export * from './submit.js';
export * from './submit-success.js';
export * from './submit-error.js';
export * from './draft-saved.js';
export * from './outbox-change.js';
