/**
 * The Meldebehörde's parameters for the landlord confirmation
 * (`config.assistants.wohnungsgeberbestaetigung`, domain catalogue §5.2).
 */
import { lazySchema, z } from '../../engine/zod.js';

export const wohnungsgeberbestaetigungParamsSchema = lazySchema(() =>
  z.strictObject({
    /**
     * The streets of the municipality (street directory of the Meldebehörde). With a list the flat's
     * street must be one of them; without one it is free text.
     */
    streets: z.optional(z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1))),
    /** Postal codes of the municipality; with a list the flat's postal code must be one of them. */
    postalCodes: z.optional(z.array(z.string().check(z.regex(/^\d{5}$/))).check(z.minLength(1))),
    /** How many days ahead a move may lie (the confirmation concerns an actual move). */
    maxFutureDays: z.int().check(z.gte(0), z.lte(365)),
  }),
);

export type WohnungsgeberbestaetigungParams = z.infer<typeof wohnungsgeberbestaetigungParamsSchema>;
