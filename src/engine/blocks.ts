/**
 * Shared building blocks of the domain catalogue (B1 person, B2 address, B3 contact,
 * B4 bank account / SEPA mandate, B6 declarations) as field factories. Their labels live in
 * the shared UI messages under `fields.<path>.*`, so an assistant only overrides what differs.
 */
import type { FieldDef, GroupField, Predicate } from './types.js';

interface BlockOptions<P> {
  path: string;
  visibleWhen?: Predicate<P>;
  required?: boolean;
  /** Autocomplete section, so a browser fills the right person/address. */
  section?: string;
}

/** `section-<name> token`: the HTML grouping that keeps two people's addresses apart in autofill. */
const ac = (section: string | undefined, token: string) =>
  section ? `${section.startsWith('section-') ? section : `section-${section}`} ${token}` : token;

/** B1 natural person: family name, given names, optionally date of birth. */
export function personFields<P>(
  opts: { section?: string; birthDate?: boolean; birthDateRequired?: boolean } = {},
): FieldDef<P>[] {
  const fields: FieldDef<P>[] = [
    {
      type: 'text',
      path: 'givenNames',
      required: true,
      autocomplete: ac(opts.section, 'given-name'),
      maxLength: 120,
    },
    {
      type: 'text',
      path: 'familyName',
      required: true,
      autocomplete: ac(opts.section, 'family-name'),
      maxLength: 120,
    },
  ];
  if (opts.birthDate)
    fields.push({
      type: 'date',
      path: 'birthDate',
      required: opts.birthDateRequired ?? true,
      autocomplete: ac(opts.section, 'bday'),
      dateOf: 'birth',
    });
  return fields;
}

/** B2 postal address (inland). */
export function addressGroup<P>(opts: BlockOptions<P>): GroupField<P> {
  const s = opts.section;
  return {
    type: 'group',
    path: opts.path,
    section: s ?? 'address',
    ...(opts.visibleWhen ? { visibleWhen: opts.visibleWhen } : {}),
    fields: [
      {
        type: 'text',
        path: 'street',
        required: opts.required ?? true,
        autocomplete: ac(s, 'address-line1'),
        maxLength: 120,
      },
      {
        type: 'text',
        path: 'houseNumber',
        required: opts.required ?? true,
        width: 's',
        maxLength: 12,
      },
      {
        type: 'postalCode',
        path: 'postalCode',
        required: opts.required ?? true,
        width: 's',
        autocomplete: ac(s, 'postal-code'),
      },
      {
        type: 'text',
        path: 'city',
        required: opts.required ?? true,
        autocomplete: ac(s, 'address-level2'),
        maxLength: 120,
      },
    ],
  };
}

/** B3 contact: e-mail and phone (both optional unless told). */
export function contactFields<P>(
  opts: { section?: string; emailRequired?: boolean; phoneRequired?: boolean } = {},
): FieldDef<P>[] {
  return [
    {
      type: 'email',
      path: 'email',
      required: opts.emailRequired ?? false,
      autocomplete: ac(opts.section, 'email'),
    },
    {
      type: 'phone',
      path: 'phone',
      required: opts.phoneRequired ?? false,
      autocomplete: ac(opts.section, 'tel'),
    },
  ];
}

/** B4 bank account; with `mandate`, the SEPA direct debit mandate checkbox (creditor id in its text). */
export function bankAccountGroup<P>(opts: BlockOptions<P> & { mandate?: boolean }): GroupField<P> {
  const fields: FieldDef<P>[] = [
    {
      type: 'text',
      path: 'accountHolder',
      required: true,
      autocomplete: 'cc-name',
      maxLength: 140,
    },
    { type: 'iban', path: 'iban', required: true, width: 'l' },
  ];
  if (opts.mandate) fields.push({ type: 'checkbox', path: 'sepaMandateConsent', required: true });
  return {
    type: 'group',
    path: opts.path,
    fields,
    ...(opts.visibleWhen ? { visibleWhen: opts.visibleWhen } : {}),
  };
}

/** B6 declarations: truthfulness and the privacy notice (linked from the municipality's config). */
export function declarationFields<P>(): FieldDef<P>[] {
  return [
    {
      type: 'info',
      path: 'privacyNotice',
      text: 'fields.privacyNotice.text',
      link: 'privacyNotice',
    },
    { type: 'checkbox', path: 'privacyNoticeAck', required: true },
    { type: 'checkbox', path: 'declarationTruth', required: true },
  ];
}
