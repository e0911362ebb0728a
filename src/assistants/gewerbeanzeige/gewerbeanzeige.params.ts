/**
 * The Gewerbeamt's parameters for trade notices (`config.assistants.gewerbeanzeige`, domain
 * catalogue §2.3–2.5). Everything that differs between municipalities, or that the catalogue marks
 * "(verify)", is configuration here and not code: the fee table (10. SächsKVZ lfd. Nr. 46 as the
 * municipality charges it), the chambers (IHK, HWK), the tax offices by postal code, further
 * recipients by WZ class, the postal codes of the municipality, how far ahead a start may be
 * notified, and how far back a cessation. The upload limits are the
 * municipality's for every assistant (config `uploads`, enforced by the hub).
 */
import { httpUrlSchema } from '../../engine/schema.js';
import { lazySchema, z } from '../../engine/zod.js';

export const NOTICE_TYPES = ['anmeldung', 'ummeldung', 'abmeldung'] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** Who the fee table distinguishes: a natural person (sole trader), or a company (legal person, partnership). */
export const PERSON_TYPES = ['natuerlichePerson', 'juristischePersonOderGesellschaft'] as const;
export type PersonType = (typeof PERSON_TYPES)[number];

const euro = () =>
  z.number().check(
    z.gte(0),
    z.lte(10_000),
    z.refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
      message: 'at most two decimals',
    }),
  );
const name = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const label = z.object({ de: name(), en: name() });
const postalCode = () => z.string().check(z.regex(/^\d{5}$/));

const feeRow = z.strictObject({
  natuerlichePerson: euro(),
  juristischePersonOderGesellschaft: euro(),
});

/**
 * How English readers see a recipient on the review page, when the municipality words it (e.g.
 * "City of Dresden, Food Safety and Veterinary Office"). Default: the German name, which is the
 * body's name, with what the body is in brackets ("IHK Dresden (Chamber of Industry and Commerce)").
 */
const nameEn = () => z.optional(name());
/** A recipient of the notice's data (§ 14 Abs. 8 GewO, § 3 GewAnzV): its name as shown and sent. */
const recipient = z.strictObject({ name: name(), en: nameEn() });

export const gewerbeanzeigeParamsSchema = lazySchema(() =>
  z.strictObject({
    /** Fee per notice type and person type (EUR). */
    fees: z.strictObject({ anmeldung: feeRow, ummeldung: feeRow, abmeldung: feeRow }),
    /**
     * Whether a partnership pays per form, that is per managing partner (each files, § 14 GewO), or
     * once per notice. Default false (once).
     */
    feePerForm: z.optional(z.boolean()),
    /** Surcharges for some legal forms (FIM codes of "Rechtsform", e.g. `230` GmbH & Co. KG). */
    surcharges: z.optional(
      z
        .array(
          z.strictObject({
            legalForms: z.array(z.string().check(z.regex(/^\d{3}$/))).check(z.minLength(1)),
            amount: euro(),
            label,
          }),
        )
        .check(z.maxLength(10)),
    ),
    /** The fee statute or the municipality's page about the fee. */
    feeUrl: z.optional(httpUrlSchema()),
    /** The Industrie- und Handelskammer for this municipality. */
    ihk: recipient,
    /** The Handwerkskammer for this municipality. */
    hwk: recipient,
    /**
     * Tax offices (§ 138 Abs. 1 AO): the first whose `postalCodes` hold the establishment's postal
     * code, else the first without `postalCodes` (the default). At least one.
     */
    finanzaemter: z
      .array(
        z.strictObject({
          name: name(),
          en: nameEn(),
          postalCodes: z.optional(z.array(postalCode())),
        }),
      )
      .check(
        z.minLength(1),
        z.refine((list) => list.some((f) => !f.postalCodes), {
          message: 'one tax office without postalCodes is the default',
        }),
      ),
    /**
     * The hub's `strassen` lookup knows this municipality's streets (`streets` below, or any other
     * assistant's in its config): the establishment's street is suggested from them. Default false.
     */
    streetLookup: z.optional(z.boolean()),
    /** The municipality's streets for the hub's `strassen` lookup (domain §2.5 street directory). */
    streets: z.optional(z.array(name()).check(z.maxLength(20000))),
    /** The statistics office (Gewerbeanzeigenstatistik, § 14 Abs. 13 GewO). */
    statistik: recipient,
    /** The municipality's own trade register (Fachverfahren). */
    gewerberegister: recipient,
    /**
     * Further recipients for relevant trades, selected by the WZ 2008 code of an activity
     * (`wzPrefixes`: `56` or `47.11`), e.g. the Eichbehörde, Lebensmittelüberwachung, Arbeitsschutz.
     */
    tradeRecipients: z.optional(
      z
        .array(
          z.strictObject({
            id: z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,39}$/)),
            name: name(),
            en: nameEn(),
            wzPrefixes: z
              .array(z.string().check(z.regex(/^\d{2}(\.\d{1,2}(\.\d)?)?$/)))
              .check(z.minLength(1)),
          }),
        )
        .check(z.maxLength(20)),
    ),
    /** Postal codes of the municipality: the establishment must lie here. Omitted: not checked. */
    postalCodes: z.optional(z.array(postalCode()).check(z.minLength(1))),
    /** How many days ahead a start (or a change) may be notified. */
    maxStartDaysAhead: z.int().check(z.gte(0), z.lte(365)),
    /** How many days back a cessation may lie (FIM help of F05000017451: four weeks). Default 28. */
    maxCessationDaysPast: z.optional(z.int().check(z.gte(0), z.lte(365))),
  }),
);

export type GewerbeanzeigeParams = z.infer<typeof gewerbeanzeigeParamsSchema>;
