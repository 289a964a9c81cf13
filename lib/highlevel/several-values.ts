import { STANDARD_FIELDS, type FieldDef, type FieldKind } from './fields';

/**
 * How HighLevel takes a contact's second email or phone (PF07). Source: SOURCES.csvFormat (FAQ:
 * "use separate columns like Additional phone numbers and Additional email addresses, and separate
 * entries with commas"; Additional Emails and Additional Phones in its field formats table), and
 * the seed FAQ (SOURCES.faq), which splits the contact into one row per number.
 */
export const SEVERAL_VALUES = ['additional-columns', 'extra-rows'] as const;
export type SeveralValues = (typeof SEVERAL_VALUES)[number];

/** What the Additional columns hold, and how many values each keeps beside the main field. */
export interface AdditionalList {
  field: FieldDef;
  /**
   * Up to 10 additional emails (white-label copies of HighLevel's multiple-emails article); up to
   * 11 numbers a contact (article 155000000448), so 10 beside Phone.
   */
  max: number;
}

function field(key: string): FieldDef {
  const found = STANDARD_FIELDS.find((f) => f.key === key);
  if (!found) throw new Error(`No standard field ${key}`);
  return found;
}

export const ADDITIONAL = {
  email: { field: field('additionalEmails'), max: 10 },
  phone: { field: field('additionalPhones'), max: 10 },
} as const satisfies Record<'email' | 'phone', AdditionalList>;

/** The contact value an Additional column holds ('email' for Additional Emails), or null. */
export function additionalKindOf(kind: FieldKind | null): 'email' | 'phone' | null {
  if (kind === ADDITIONAL.email.field.kind) return 'email';
  return kind === ADDITIONAL.phone.field.kind ? 'phone' : null;
}

/** Between the values of an Additional column: HighLevel writes `, `; reads `,` `;` and `/`. */
export const ADDITIONAL_SEPARATOR = ', ';
