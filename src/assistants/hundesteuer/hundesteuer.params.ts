/**
 * The municipality's dog tax parameters (`config.assistants.hundesteuer`). Everything that differs
 * between Saxon statutes, or that the domain catalogue marks "(verify)", is a parameter here and
 * not code: the rate model, dangerous-dog rates, how exempt and dangerous dogs are counted, the
 * relief catalogue, when the tax starts, payment options.
 */
import { httpUrlSchema } from '../../engine/schema.js';
import { lazySchema, z } from '../../engine/zod.js';

/** An amount in euros with at most two decimals. */
const amount = () =>
  z.number().check(
    z.gte(0),
    z.lte(100_000),
    z.refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
      message: 'at most two decimals',
    }),
  );

const text = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

/** A label the citizen sees, in both languages (config options bypass the message files). */
const labelSchema = () => z.object({ de: text(), en: text() });

const code = () => z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,39}$/));

const unique = <T>(key: (v: T) => string, what: string) =>
  z.refine<T[]>((list) => new Set(list.map(key)).size === list.length, {
    message: `duplicate ${what}`,
  });

/**
 * Rates for dogs that are not taxed as dangerous.
 * - `ordinal`: by the dog's position in the household (1st, 2nd, each further dog).
 * - `countBased`: every dog pays the rate for the household's number of dogs (Chemnitz).
 * - `increment`: 1st dog `base`, every further dog `base + increment` (Lommatzsch 50 / 55).
 */
export const rateModelSchema = () =>
  z.discriminatedUnion('model', [
    z.object({ model: z.literal('ordinal'), first: amount(), second: amount(), further: amount() }),
    z.object({
      model: z.literal('countBased'),
      one: amount(),
      two: amount(),
      threeOrMore: amount(),
    }),
    z.object({ model: z.literal('increment'), base: amount(), increment: amount() }),
  ]);

/**
 * Rates for dogs that are dangerous under GefHundG (presumed by breed or found in the individual
 * case): no own rate (`none`: they pay like any dog), one rate per dog (`flat`), or by position
 * among the counted dogs (`ordinal`: 1st dangerous dog, each further one).
 */
export const dangerousRatesSchema = () =>
  z.discriminatedUnion('model', [
    z.object({ model: z.literal('none') }),
    z.object({ model: z.literal('flat'), rate: amount() }),
    z.object({ model: z.literal('ordinal'), first: amount(), further: amount() }),
  ]);

/**
 * One reason for tax relief from the statute. `befreiung` exempts the dog (optionally only for
 * `durationMonths`, e.g. dogs adopted from the animal shelter); `ermaessigung` reduces the rate by
 * `reductionPercent` (optionally only for the household's first dog, e.g. Leipzig-Pass).
 */
export const reliefEntrySchema = () =>
  z.discriminatedUnion('kind', [
    z.object({
      code: code(),
      kind: z.literal('befreiung'),
      label: labelSchema(),
      durationMonths: z.optional(z.int().check(z.gte(1), z.lte(120))),
    }),
    z.object({
      code: code(),
      kind: z.literal('ermaessigung'),
      label: labelSchema(),
      reductionPercent: z.number().check(z.gt(0), z.lt(100)),
      firstDogOnly: z.optional(z.boolean()),
    }),
  ]);

export const paymentMethodSchema = () => z.enum(['lastschrift', 'ueberweisung']);

/** A SEPA creditor identifier (Gläubiger-ID) with a valid ISO 7064 mod 97-10 check number. */
export const creditorIdSchema = () =>
  z.string().check(
    z.regex(/^DE\d{2}ZZZ\d{11}$/),
    z.refine(
      (v) => {
        // The check digits cover the national id, then the country code as digits (D=13, E=14) and
        // "00"; the business code ("ZZZ") is not part of the check.
        const digits = `${v.slice(7)}131400`;
        let mod = 0;
        for (const c of digits) mod = (mod * 10 + Number(c)) % 97;
        return 98 - mod === Number(v.slice(2, 4));
      },
      { message: 'check digits do not match' },
    ),
  );

/** An ISO date `YYYY-MM-DD`, e.g. `2029-12-31`. */
const isoDate = () => z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/**
 * A fixed reduction per dog and year for a dog whose holder gives its microchip number and consents
 * to the chip being read (Leipzig 2026: 30 € until 2029). Asked and computed only while today is
 * not after `validUntil`; it comes off the rate before any percentage reduction.
 */
export const chipReductionSchema = () =>
  z.object({
    amount: amount().check(z.gt(0)),
    validUntil: z.optional(isoDate()),
  });

/**
 * No tax for the first `months` of keeping a dog taken from the named animal shelter (Leipzig 2026:
 * Tierheim Leipzig, 6 months): the tax starts that much later, then 1/12 of the rate per month.
 */
export const shelterExemptionSchema = () =>
  z.object({
    shelter: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    months: z.int().check(z.gte(1), z.lte(60)),
  });

/** `MM-DD` within a year, e.g. `02-15`. */
const monthDay = () => z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/** Built when a config is first checked, not when the bundle starts (see `AssistantDefinition.params`). */
const buildParamsSchema = () =>
  z
    .object({
      rates: rateModelSchema(),
      dangerousRates: dangerousRatesSchema(),
      /**
       * Dangerous dogs have their own count (1st dangerous dog, …) and do not move normal dogs to a
       * higher position; otherwise all counted dogs share one sequence.
       */
      separateDangerousSequence: z.boolean(),
      /** Exempt dogs still take a position (Dresden § 6: "gelten als zweiter oder weitere Hunde"). Default false. */
      countExemptDogs: z.optional(z.boolean()),
      /** Order of the new dogs for their positions: by `heldSince` (default) or as listed. */
      orderingRule: z.optional(z.enum(['heldSince', 'listed'])),
      /** Breeds presumed dangerous (DVOGefHundG § 1 plus any local list); crossbreeds count too. */
      dangerousBreeds: z.array(text()).check(z.maxLength(60)),
      reliefCatalogue: z.array(reliefEntrySchema()).check(
        z.maxLength(40),
        unique((e: { code: string }) => e.code, 'code'),
      ),
      /** Offer the chip reduction: a consent checkbox per dog, the chip number then required. */
      chipReduction: z.optional(chipReductionSchema()),
      /** Offer the shelter exemption: asked per dog whose origin is an animal shelter. */
      shelterExemption: z.optional(shelterExemptionSchema()),
      paymentMethods: z.array(paymentMethodSchema()).check(
        z.minLength(1),
        unique((m: string) => m, 'payment method'),
      ),
      /** Required when `lastschrift` is offered: it is printed in the SEPA mandate text. */
      creditorId: z.optional(creditorIdSchema()),
      creditorName: z.optional(text()),
      /** Whether citizens may ask to pay the whole year at once. */
      annualPaymentAllowed: z.boolean(),
      /** Instalment due dates within the year, `MM-DD`. */
      dueDates: z.array(monthDay()).check(z.maxLength(12)),
      /** The statute (or the city's page about the tax), shown with the computed tax. */
      statuteUrl: httpUrlSchema(),
      /**
       * Tax starts on the 1st of the month following (`followingMonth`) or of the month of
       * (`sameMonth`) the later of `heldSince` and the day the dog is `minAgeMonths` old.
       */
      taxStartRule: z.object({
        start: z.enum(['followingMonth', 'sameMonth']),
        minAgeMonths: z.int().check(z.gte(0), z.lte(24)),
      }),
      /** Days to report the end of keeping a dog; a later notice gets a warning. Default 14. */
      notificationDeadlineDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
      /** Regular expression (source) an Aktenzeichen must match, if the office has a fixed format. */
      taxReferencePattern: z.optional(
        z.string().check(
          z.refine(
            (p) => {
              try {
                new RegExp(p, 'u');
                return true;
              } catch {
                return false;
              }
            },
            { message: 'not a regular expression' },
          ),
        ),
      ),
    })
    .check(
      z.refine(
        (p) => !p.paymentMethods.includes('lastschrift') || (!!p.creditorId && !!p.creditorName),
        {
          path: ['creditorId'],
          message: 'creditorId and creditorName are required when lastschrift is offered',
        },
      ),
    );

/** The parameters as the definition and the tax computation see them. */
export const hundesteuerParamsSchema = lazySchema(buildParamsSchema);

export type HundesteuerParams = z.infer<ReturnType<typeof buildParamsSchema>>;
export type RateModel = z.infer<ReturnType<typeof rateModelSchema>>;
export type DangerousRates = z.infer<ReturnType<typeof dangerousRatesSchema>>;
export type ReliefEntry = z.infer<ReturnType<typeof reliefEntrySchema>>;
export type ChipReduction = z.infer<ReturnType<typeof chipReductionSchema>>;
export type PaymentMethod = z.infer<ReturnType<typeof paymentMethodSchema>>;
