/**
 * The Standesamt's parameters for certificate requests (`config.assistants.urkunden`, domain
 * catalogue §6.3): the fees of the Sächsische Personenstandsverordnung as the municipality
 * charges them, postage, the purposes that are free of charge, formats, delivery and how many
 * copies one request may ask for.
 */
import { lazySchema, z } from '../../engine/zod.js';

export const PURPOSES = [
  'rente',
  'kindergeldElterngeldMutterschaft',
  'sonstigeSozialleistung',
  'eheschliessung',
  'nachlassErbschein',
  'pass',
  'ausland',
  'familienforschung',
  'sonstiges',
] as const;

export const FORMATS = ['a4', 'a5', 'mehrsprachig'] as const;
export const DELIVERY_METHODS = ['post', 'abholung'] as const;

const euro = () =>
  z.number().check(
    z.gte(0),
    z.lte(1000),
    z.refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6),
  );

export const urkundenParamsSchema = lazySchema(() =>
  z.strictObject({
    /** Fee of the first certificate (EUR; SächsPStVO: 15). */
    feeFirst: euro(),
    /** Fee of each further copy issued in the same operation (EUR; SächsPStVO: 7). */
    feeFurther: euro(),
    /** Postage for delivery by post (EUR; 0 when the municipality charges none). */
    postage: euro(),
    /** Purposes free of charge by law, e.g. `rente` (§ 64 Abs. 2 SGB X); proof is handed in later. */
    feeExemptPurposes: z.array(z.enum(PURPOSES)),
    /** Formats offered (at least one). */
    formats: z.array(z.enum(FORMATS)).check(z.minLength(1)),
    /** Ways to receive the certificates (at least one). */
    deliveryMethods: z.array(z.enum(DELIVERY_METHODS)).check(z.minLength(1)),
    /** Most certificates one request may ask for. */
    maxQuantity: z.int().check(z.gte(1), z.lte(50)),
  }),
);

export type UrkundenParams = z.infer<typeof urkundenParamsSchema>;
