/**
 * Expected dog tax (domain §1.2), a pure function of the municipality's parameters and the dogs.
 * Non-binding: the Steuerbescheid sets the amount. Every rule that differs between statutes comes
 * from the parameters (rate model, dangerous rates and sequence, relief, counting of exempt dogs,
 * tax start).
 */
import type { ChipReduction, HundesteuerParams, ReliefEntry } from './hundesteuer.params.js';

/** One newly registered dog, as the computation needs it. */
export interface TaxDogInput {
  name?: string;
  /** ISO date the household took the dog in. */
  heldSince: string;
  /** ISO date of birth (or litter). */
  birthDate: string;
  /** Dangerous under GefHundG (presumed by breed or found in the individual case). */
  dangerous: boolean;
  /** The requested relief, resolved from the catalogue; ignored for dangerous dogs. */
  relief?: ReliefEntry;
  /** Chip number given and reading consented (`chipReduction`). */
  chipConsent?: boolean;
  /** Taken from the municipality's animal shelter (`shelterExemption`). */
  fromShelter?: boolean;
}

export interface TaxInput {
  dogs: TaxDogInput[];
  /** Dogs of the household already registered (not exempt); they take the first positions. */
  registeredDogs: number;
  /** Of those, how many are dangerous. */
  registeredDangerousDogs: number;
  /** "Today" (ISO date): its year is the current tax year. */
  today: string;
}

export interface DogTax {
  /** Index of the dog in the input (and in `hunde`). */
  index: number;
  name?: string;
  /** Taxed at the dangerous-dog rate (false when the statute has none). */
  dangerous: boolean;
  /** Position in its sequence (1 = first dog); null when an exempt dog is not counted. */
  position: number | null;
  /** Annual rate before relief, in euros. */
  rate: number;
  /** 100 for an exemption, the catalogue's percentage for a reduction, else 0. */
  reductionPercent: number;
  reliefCode?: string;
  /** Last day of a time-limited exemption (ISO). */
  reliefUntil?: string;
  /** Set when a requested reduction does not apply to this dog. */
  reliefNotApplied?: 'firstDogOnly';
  /** Fixed chip reduction (EUR/year), taken off `rate` before `reductionPercent`. */
  chipReduction?: number;
  /** Why the tax starts later than on taking the dog in: its age or the shelter exemption. */
  taxFreeReason?: 'age' | 'shelter';
  /** Expected annual tax for this dog, in euros. */
  annualTax: number;
  /** First day the dog is taxable (ISO). */
  taxableFrom: string;
  /** Taxable months of the current year (0–12). */
  monthsCurrentYear: number;
  /** Expected tax for the current year, 1/12 of the annual tax per taxable month. */
  taxCurrentYear: number;
}

export interface TaxResult {
  /** The current tax year (year of `today`). */
  year: number;
  perDog: DogTax[];
  /** Sum of the new dogs' annual tax. */
  expectedAnnualTax: number;
  /** Sum of the new dogs' tax for the current year. */
  expectedTaxCurrentYear: number;
  /**
   * Change of the annual tax of the already registered dogs (count-based rates: a second dog
   * raises the rate of the first). Assumes they have no relief.
   */
  registeredDogsAnnualChange: number;
  /** Instalment due dates (`MM-DD`) from the parameters. */
  dueDates: string[];
}

/** Rounds to cents (half away from zero, robust against binary fractions like 1.005). */
export const roundMoney = (v: number): number =>
  (Math.sign(v) * Math.round(Math.abs(v) * 100 + 1e-9)) / 100;

const parse = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};
const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Adds calendar months; the day is clamped to the month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parse(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return iso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** 1st of the month of `date` plus `months`. */
const firstOfMonth = (date: string, months = 0): string => {
  const [y, m] = parse(addMonths(`${date.slice(0, 7)}-01`, months));
  return iso(y, m, 1);
};

/** The day before `date`. */
const dayBefore = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** First taxable day: the later of taking the dog in and the dog reaching the taxable age, then the rule. */
export function taxableFrom(
  dog: Pick<TaxDogInput, 'heldSince' | 'birthDate'>,
  rule: HundesteuerParams['taxStartRule'],
  freeMonths = 0,
): string {
  const ofAge = addMonths(dog.birthDate, rule.minAgeMonths);
  const held = addMonths(dog.heldSince, freeMonths);
  const start = held > ofAge ? held : ofAge;
  return firstOfMonth(start, rule.start === 'followingMonth' ? 1 : 0);
}

/** Taxable months of `year` for a dog taxable from `from` (held until the end of the year). */
export function monthsInYear(from: string, year: number): number {
  const [y, m] = parse(from);
  if (y < year) return 12;
  if (y > year) return 0;
  return 13 - m;
}

function normalRate(params: HundesteuerParams, position: number, count: number): number {
  const r = params.rates;
  switch (r.model) {
    case 'ordinal':
      return position <= 1 ? r.first : position === 2 ? r.second : r.further;
    case 'countBased':
      return count <= 1 ? r.one : count === 2 ? r.two : r.threeOrMore;
    case 'increment':
      return position <= 1 ? r.base : r.base + r.increment;
  }
}

function dangerousRate(params: HundesteuerParams, position: number): number {
  const r = params.dangerousRates;
  if (r.model === 'flat') return r.rate;
  if (r.model === 'ordinal') return position <= 1 ? r.first : r.further;
  return 0;
}

/** The chip reduction is offered until its `validUntil` (inclusive). */
export const chipValid = (chip: ChipReduction, today: string): boolean =>
  !chip.validUntil || today <= chip.validUntil;

type Sequence = 'normal' | 'dangerous';

/** Computes the expected tax of the new dogs. */
export function computeTax(params: HundesteuerParams, input: TaxInput): TaxResult {
  const year = parse(input.today)[0];
  const ownDangerRate = params.dangerousRates.model !== 'none';
  const separate = ownDangerRate && params.separateDangerousSequence;
  const seqOf = (dangerous: boolean): Sequence => (separate && dangerous ? 'dangerous' : 'normal');

  const registered = Math.max(0, Math.floor(input.registeredDogs));
  const registeredDangerous = ownDangerRate
    ? Math.min(registered, Math.max(0, Math.floor(input.registeredDangerousDogs)))
    : 0;
  const start: Record<Sequence, number> = separate
    ? { normal: registered - registeredDangerous, dangerous: registeredDangerous }
    : { normal: registered, dangerous: 0 };

  const dogs = input.dogs.map((dog, index) => {
    const dangerous = ownDangerRate && dog.dangerous;
    // Statutes grant no relief for dangerous dogs (SSG model), whatever the rate model.
    const relief = dog.dangerous ? undefined : dog.relief;
    const exempt = relief?.kind === 'befreiung';
    return { dog, index, dangerous, relief, exempt, counted: !exempt || !!params.countExemptDogs };
  });

  // Where exempt dogs count (Dresden: the other dogs "gelten als zweiter oder weitere Hunde"),
  // they take the first positions; otherwise by `heldSince` or as listed.
  const byHeld = (params.orderingRule ?? 'heldSince') === 'heldSince';
  const rank = (d: (typeof dogs)[number]) => (params.countExemptDogs && d.exempt ? 0 : 1);
  const order = [...dogs].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (byHeld && a.dog.heldSince !== b.dog.heldSince
        ? a.dog.heldSince < b.dog.heldSince
          ? -1
          : 1
        : 0) ||
      a.index - b.index,
  );

  const counter = { ...start };
  const positions = new Map<number, number>();
  for (const d of order) if (d.counted) positions.set(d.index, ++counter[seqOf(d.dangerous)]);
  const count = counter;

  const perDog: DogTax[] = dogs.map((d) => {
    const position = positions.get(d.index) ?? null;
    const seq = seqOf(d.dangerous);
    const rate =
      position === null
        ? 0
        : d.dangerous
          ? dangerousRate(params, position)
          : normalRate(params, position, count[seq]);
    const base = taxableFrom(d.dog, params.taxStartRule);
    const shelter = d.dog.fromShelter ? params.shelterExemption : undefined;
    const from = shelter ? taxableFrom(d.dog, params.taxStartRule, shelter.months) : base;
    const out: DogTax = {
      index: d.index,
      ...(d.dog.name ? { name: d.dog.name } : {}),
      dangerous: d.dangerous,
      position,
      rate,
      reductionPercent: 0,
      annualTax: 0,
      taxableFrom: from,
      monthsCurrentYear: monthsInYear(from, year),
      taxCurrentYear: 0,
    };
    if (from > base) out.taxFreeReason = 'shelter';
    else if (addMonths(d.dog.birthDate, params.taxStartRule.minAgeMonths) > d.dog.heldSince)
      out.taxFreeReason = 'age';
    if (d.relief) {
      out.reliefCode = d.relief.code;
      if (d.relief.kind === 'befreiung') {
        out.reductionPercent = 100;
        if (d.relief.durationMonths)
          out.reliefUntil = dayBefore(addMonths(from, d.relief.durationMonths));
      } else if (d.relief.firstDogOnly && position !== 1) {
        out.reliefNotApplied = 'firstDogOnly';
      } else {
        out.reductionPercent = d.relief.reductionPercent;
      }
    }
    // Leipzig: the chip reduction first, then the percentage (Leipzig-Pass) of the rest.
    const chip = params.chipReduction;
    let net = rate;
    if (chip && d.dog.chipConsent && rate > 0 && !d.exempt && chipValid(chip, input.today)) {
      out.chipReduction = Math.min(chip.amount, rate);
      net -= out.chipReduction;
    }
    out.annualTax = roundMoney((net * (100 - out.reductionPercent)) / 100);
    out.taxCurrentYear = roundMoney((out.annualTax * out.monthsCurrentYear) / 12);
    return out;
  });

  let registeredDogsAnnualChange = 0;
  if (params.rates.model === 'countBased') {
    const registeredNormal = registered - registeredDangerous;
    const before = start.normal;
    if (registeredNormal > 0 && count.normal !== before)
      registeredDogsAnnualChange = roundMoney(
        registeredNormal * (normalRate(params, 1, count.normal) - normalRate(params, 1, before)),
      );
  }

  return {
    year,
    perDog,
    expectedAnnualTax: roundMoney(perDog.reduce((s, d) => s + d.annualTax, 0)),
    expectedTaxCurrentYear: roundMoney(perDog.reduce((s, d) => s + d.taxCurrentYear, 0)),
    registeredDogsAnnualChange,
    dueDates: [...params.dueDates],
  };
}
