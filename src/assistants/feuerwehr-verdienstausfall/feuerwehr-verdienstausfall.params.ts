/**
 * The municipality's parameters for the fire brigade compensation claim
 * (`config.assistants["feuerwehr-verdienstausfall"]`). The caps for self-employed members and the
 * claim deadline differ per municipality and may change with the SächsFwVO (domain catalogue §3,
 * open point 3), so they are configuration; every key has the Amt24 standard as its default.
 */
import { lazySchema, z } from '../../engine/zod.js';

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

export const feuerwehrParamsSchema = lazySchema(() =>
  z.strictObject({
    /**
     * Claims must reach the municipality within `months` after the deployment (default 6). With
     * `endOfMonth`, the deadline is the last day of that month (Meißen: end of the 2nd month).
     */
    claimDeadline: z.optional(
      z.strictObject({
        months: z.int().check(z.gte(1), z.lte(36)),
        endOfMonth: z.optional(z.boolean()),
      }),
    ),
    /** A deployment past the deadline only warns (the municipality decides); default: it blocks. */
    lateClaimsAccepted: z.optional(z.boolean()),
    /** Self-employed: highest reimbursed loss per hour in EUR (default 24, SächsFwVO § 14). */
    maxHourlyRate: z.optional(z.number().check(z.gt(0), z.lte(1000))),
    /** Self-employed: highest number of hours per calendar day (default 10). */
    maxHoursPerDay: z.optional(z.number().check(z.gt(0), z.lte(24))),
    /** Self-employed: a started hour counts as a full hour (default true). */
    roundUpStartedHours: z.optional(z.boolean()),
    /** Self-employed may claim a flat amount without proof (SMI form "Pauschale Abgeltung"). */
    flatRateAllowed: z.optional(z.boolean()),
    /** Employers: what the hourly gross pay includes, shown as the field's hint (German, English). */
    hourlyRateHint: z.optional(z.strictObject({ de: nonEmpty(), en: z.optional(nonEmpty()) })),
    /** Units (Ortsfeuerwehren) to choose from; without a list the unit is typed. */
    fireBrigadeUnits: z.optional(z.array(nonEmpty()).check(z.minLength(1))),
  }),
);

export type FeuerwehrParams = z.infer<typeof feuerwehrParamsSchema>;

/** The parameters with every default applied. */
export interface FeuerwehrSettings {
  deadlineMonths: number;
  deadlineEndOfMonth: boolean;
  lateClaimsAccepted: boolean;
  maxHourlyRate: number;
  maxHoursPerDay: number;
  roundUpStartedHours: boolean;
}

export const settingsOf = (p: FeuerwehrParams): FeuerwehrSettings => ({
  deadlineMonths: p.claimDeadline?.months ?? 6,
  deadlineEndOfMonth: p.claimDeadline?.endOfMonth ?? false,
  lateClaimsAccepted: p.lateClaimsAccepted ?? false,
  maxHourlyRate: p.maxHourlyRate ?? 24,
  maxHoursPerDay: p.maxHoursPerDay ?? 10,
  roundUpStartedHours: p.roundUpStartedHours ?? true,
});
