/**
 * The trade notice assistant (Gewerbeanzeige, GewA 1/2/3): the steps, rules and texts of
 * `gewerbeanzeige.steps.ts` with the derived values of `gewerbeanzeige.computed.ts` (forms,
 * recipients, fee, documents; the review page's summary). What the hub, the contract and the tests
 * use; the element builds the same definition with the derived values loaded on demand.
 */
import { defineAssistant } from '../../engine/define-assistant.js';
import { gewerbeanzeigeComputed, gewerbeanzeigeSummary } from './gewerbeanzeige.computed.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';
import { gewerbeanzeigeBase } from './gewerbeanzeige.steps.js';

/** The Gewerbeanzeige assistant. */
export const gewerbeanzeige = defineAssistant<GewerbeanzeigeParams>({
  ...gewerbeanzeigeBase,
  computed: gewerbeanzeigeComputed,
  summary: gewerbeanzeigeSummary,
});
