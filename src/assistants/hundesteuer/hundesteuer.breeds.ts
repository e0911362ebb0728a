/**
 * The breed list of the dog step and the check whether a dog belongs to a breed the municipality
 * lists as presumed dangerous (DVOGefHundG § 1 Abs. 1: American Staffordshire Terrier, Bullterrier,
 * Pitbull Terrier and their crossbreeds). Breed names are proper names and hardly differ between
 * German and English, so they are data here rather than message keys.
 */
import type { Option } from '../../engine/types.js';
import type { HundesteuerParams } from './hundesteuer.params.js';

interface Breed {
  value: string;
  de: string;
  en: string;
}

/** Frequent breeds in Germany plus the listed ones; anything else is `andere` with free text. */
export const BREEDS: readonly Breed[] = [
  {
    value: 'americanStaffordshireTerrier',
    de: 'American Staffordshire Terrier',
    en: 'American Staffordshire Terrier',
  },
  { value: 'australianShepherd', de: 'Australian Shepherd', en: 'Australian Shepherd' },
  { value: 'beagle', de: 'Beagle', en: 'Beagle' },
  {
    value: 'belgischerSchaeferhund',
    de: 'Belgischer Schäferhund (Malinois)',
    en: 'Belgian Shepherd (Malinois)',
  },
  { value: 'bernerSennenhund', de: 'Berner Sennenhund', en: 'Bernese Mountain Dog' },
  { value: 'borderCollie', de: 'Border Collie', en: 'Border Collie' },
  { value: 'boxer', de: 'Boxer', en: 'Boxer' },
  { value: 'bullterrier', de: 'Bullterrier', en: 'Bull Terrier' },
  { value: 'chihuahua', de: 'Chihuahua', en: 'Chihuahua' },
  { value: 'cockerSpaniel', de: 'English Cocker Spaniel', en: 'English Cocker Spaniel' },
  { value: 'dackel', de: 'Dackel (Teckel)', en: 'Dachshund' },
  { value: 'dalmatiner', de: 'Dalmatiner', en: 'Dalmatian' },
  { value: 'deutscheDogge', de: 'Deutsche Dogge', en: 'Great Dane' },
  { value: 'deutscherSchaeferhund', de: 'Deutscher Schäferhund', en: 'German Shepherd Dog' },
  { value: 'dobermann', de: 'Dobermann', en: 'Dobermann' },
  { value: 'franzoesischeBulldogge', de: 'Französische Bulldogge', en: 'French Bulldog' },
  { value: 'goldenRetriever', de: 'Golden Retriever', en: 'Golden Retriever' },
  { value: 'havaneser', de: 'Havaneser', en: 'Havanese' },
  { value: 'jackRussellTerrier', de: 'Jack Russell Terrier', en: 'Jack Russell Terrier' },
  { value: 'labradorRetriever', de: 'Labrador Retriever', en: 'Labrador Retriever' },
  { value: 'magyarVizsla', de: 'Magyar Vizsla', en: 'Hungarian Vizsla' },
  { value: 'malteser', de: 'Malteser', en: 'Maltese' },
  { value: 'mops', de: 'Mops', en: 'Pug' },
  { value: 'pitbullTerrier', de: 'Pitbull Terrier', en: 'Pit Bull Terrier' },
  { value: 'pudel', de: 'Pudel', en: 'Poodle' },
  { value: 'rhodesianRidgeback', de: 'Rhodesian Ridgeback', en: 'Rhodesian Ridgeback' },
  { value: 'rottweiler', de: 'Rottweiler', en: 'Rottweiler' },
  { value: 'shihTzu', de: 'Shih Tzu', en: 'Shih Tzu' },
  { value: 'siberianHusky', de: 'Siberian Husky', en: 'Siberian Husky' },
  {
    value: 'staffordshireBullterrier',
    de: 'Staffordshire Bullterrier',
    en: 'Staffordshire Bull Terrier',
  },
  { value: 'weimaraner', de: 'Weimaraner', en: 'Weimaraner' },
  {
    value: 'westHighlandWhiteTerrier',
    de: 'West Highland White Terrier',
    en: 'West Highland White Terrier',
  },
  { value: 'yorkshireTerrier', de: 'Yorkshire Terrier', en: 'Yorkshire Terrier' },
  { value: 'zwergspitz', de: 'Zwergspitz', en: 'Pomeranian' },
];

/** Lower-case letters only: "Pit-Bull Terrier" and "pitbullterrier" are the same breed. */
export const normalizeBreed = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

/** Each breed by value and by its normalised German and English names, built on first use. */
let index: { byName: Map<string, Breed>; byValue: Map<string, Breed> } | undefined;
const breedIndex = () => {
  if (!index) {
    index = { byName: new Map(), byValue: new Map() };
    for (const b of BREEDS) {
      index.byValue.set(b.value, b);
      for (const n of [normalizeBreed(b.de), normalizeBreed(b.en)])
        if (!index.byName.has(n)) index.byName.set(n, b);
    }
  }
  return index;
};

const byNormalizedName = (name: string): Breed | undefined =>
  breedIndex().byName.get(normalizeBreed(name));

/**
 * Results per list of dangerous breeds (the municipality's parameters are parsed once and then
 * never change), so validating an application does not rebuild and re-sort the breed list.
 */
const optionsCache = new WeakMap<readonly string[], Option[]>();
const listedCache = new WeakMap<readonly string[], Set<string>>();

/**
 * Options of the breed select: mixed breed first, then the list and any breed the municipality
 * lists as dangerous that the list lacks (so it can be chosen, not only typed), then "other".
 */
export function breedOptions(params: Pick<HundesteuerParams, 'dangerousBreeds'>): Option[] {
  const cached = optionsCache.get(params.dangerousBreeds);
  if (cached) return cached;
  const extra = params.dangerousBreeds
    .filter((name) => !byNormalizedName(name))
    .map((name) => ({ value: normalizeBreed(name), text: { de: name, en: name } }));
  const listed = [
    ...BREEDS.map((b) => ({ value: b.value, text: { de: b.de, en: b.en } })),
    ...extra,
  ].sort((a, b) => a.text.de.localeCompare(b.text.de, 'de'));
  const options: Option[] = [{ value: 'mischling' }, ...listed, { value: 'andere' }];
  optionsCache.set(params.dangerousBreeds, options);
  return options;
}

/** Short names people type for the listed breeds. */
const ALIASES: Record<string, string> = {
  amstaff: 'americanstaffordshireterrier',
  americanstaffordshire: 'americanstaffordshireterrier',
  pitbull: 'pitbullterrier',
  americanpitbullterrier: 'pitbullterrier',
  bullterrierstandard: 'bullterrier',
};

/** A breed name as typed by a citizen, normalised and with short names resolved. */
const typedBreed = (text: string): string => {
  const n = normalizeBreed(text).replace(/(mischling|mix)$/, '');
  return ALIASES[n] ?? n;
};

/** Parts of "Pitbull-Mix / Labrador", "Bullterrier x Boxer", "Staffordshire und Beagle". */
const crossbreedParts = (text: string): string[] =>
  text
    .split(/[,;/+&]|\s(?:x|und|and|mit)\s|-(?=mix)/i)
    .map(typedBreed)
    .filter(Boolean);

export interface BreedAnswer {
  breed?: unknown;
  breedOther?: unknown;
  mixedBreedOf?: unknown;
}

/**
 * Whether the answers name a breed of the municipality's list, or a crossbreed with one. Only a
 * hint for a warning: the danger class itself is the citizen's answer.
 */
export function isListedBreed(
  dog: BreedAnswer,
  params: Pick<HundesteuerParams, 'dangerousBreeds'>,
): boolean {
  let listed = listedCache.get(params.dangerousBreeds);
  if (!listed) {
    listed = new Set(params.dangerousBreeds.map(normalizeBreed));
    listedCache.set(params.dangerousBreeds, listed);
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (dog.breed === 'andere') return listed.has(typedBreed(str(dog.breedOther)));
  if (dog.breed === 'mischling')
    return crossbreedParts(str(dog.mixedBreedOf)).some((p) => listed.has(p));
  if (typeof dog.breed !== 'string') return false;
  const known = breedIndex().byValue.get(dog.breed);
  if (known) return listed.has(normalizeBreed(known.de)) || listed.has(normalizeBreed(known.en));
  return listed.has(dog.breed);
}
