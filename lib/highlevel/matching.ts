/**
 * The columns HighLevel matches an imported row to an existing contact on: the location's
 * primary and secondary duplicate setting, or the Contact ID when "update by Contact ID" is on.
 * Source: SOURCES.csvFormat ("Matching"), and HighLevel's duplicate-contact settings.
 */
export const MATCHING_COLUMNS = ['email', 'phone', 'contactId'] as const;
export type MatchingColumn = (typeof MATCHING_COLUMNS)[number];

/**
 * The order HighLevel matches an updating row in: its Contact ID, then its email, then its phone
 * (article 155000004432, "Import contacts": "Contact ID, then Email, then Phone"). So a row
 * with a Contact ID, while updating by Contact ID, is matched whatever its email or phone.
 */
export const UPDATE_MATCHING_ORDER = ['contactId', 'email', 'phone'] as const;

/** A secondary matching column is Email or Phone, never the Contact ID. */
export const SECONDARY_MATCHING_COLUMNS = ['email', 'phone'] as const;
export type SecondaryMatchingColumn = (typeof SECONDARY_MATCHING_COLUMNS)[number];

/** HighLevel's name for each, as its settings show it. */
export const MATCHING_NAMES: Record<MatchingColumn, string> = {
  email: 'Email',
  phone: 'Phone',
  contactId: 'Contact ID',
};

/** The phrase key of a primary/secondary pair: "email", "email+phone". */
export function matchingPhraseKey(
  primary: MatchingColumn,
  secondary: SecondaryMatchingColumn | null,
): string {
  return secondary ? `${primary}+${secondary}` : primary;
}

/** "Email", "Email (or Phone)": every pair's words, keyed by `matchingPhraseKey`. */
export const MATCHING_PHRASES: Record<string, string> = Object.fromEntries(
  MATCHING_COLUMNS.flatMap((primary) => [
    [matchingPhraseKey(primary, null), MATCHING_NAMES[primary]],
    ...SECONDARY_MATCHING_COLUMNS.map((secondary) => [
      matchingPhraseKey(primary, secondary),
      `${MATCHING_NAMES[primary]} (or ${MATCHING_NAMES[secondary]})`,
    ]),
  ]),
);
