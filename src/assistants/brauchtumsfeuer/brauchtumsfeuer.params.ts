/**
 * The municipality's rules for traditional bonfires (`config.assistants.brauchtumsfeuer`).
 * They come from each town's Polizeiverordnung, so every distance, deadline, fee and ban is
 * configuration, never code (domain catalogue §4.2, open point 7).
 */
import { httpUrlSchema } from '../../engine/schema.js';
import { lazySchema, z } from '../../engine/zod.js';

/** Burning materials the catalogue knows; a municipality allows a subset. */
export const MATERIALS = ['unbehandeltesHolz', 'baumStrauchschnittTrocken', 'reisig'] as const;
export type Material = (typeof MATERIALS)[number];

const meters = () => z.number().check(z.gte(0));
const days = () => z.int().check(z.gte(0), z.lte(365));

export const brauchtumsfeuerParamsSchema = lazySchema(() =>
  z.strictObject({
    /** Notification only (`anzeige`) or a permit with a decision (`antrag`). */
    procedureType: z.enum(['anzeige', 'antrag']),
    /** The fire must be notified at least this many days ahead. */
    noticeDays: days(),
    /** Earliest time the fire may be lit, `HH:MM`. */
    earliestStart: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
    /** Minimum distances in metres; the optional ones add a question when given. */
    minDistances: z.strictObject({
      buildings: meters(),
      combustibles: meters(),
      forest: meters(),
      residential: z.optional(meters()),
      roads: z.optional(meters()),
    }),
    /** Pile height and diameter in metres above which the citizen is warned. */
    maxPileHeight: z.number().check(z.gt(0)),
    maxPileDiameter: z.number().check(z.gt(0)),
    /** Materials the ordinance allows (at least one). */
    allowedMaterials: z.array(z.enum(MATERIALS)).check(z.minLength(1)),
    /** Forest fire danger level (1–5) from which no fire may burn. */
    forestFireBanLevel: z.int().check(z.gte(1), z.lte(5)),
    /** Two adults must supervise the fire. */
    twoSupervisorsRequired: z.boolean(),
    /** Fires not open to the public may be notified here too (otherwise they are refused). */
    allowPrivate: z.boolean(),
    /** Stacking earlier than this many days before the fire requires re-stacking (animals shelter in piles). */
    maxStackingDaysBefore: days(),
    /** Administrative fee in EUR (0 = free of charge). */
    fee: z.number().check(z.gte(0)),
    /** Where the local ordinance can be read. */
    ordinanceUrl: httpUrlSchema(),
    /** Gemarkungen of the municipality; without a list the citizen types the name. */
    gemarkungen: z.optional(z.array(z.string().check(z.minLength(1)))),
  }),
);

export type BrauchtumsfeuerParams = z.infer<typeof brauchtumsfeuerParamsSchema>;
