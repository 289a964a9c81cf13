/**
 * How HighLevel reads a cell of several values (Tags, and checkbox or multi-select custom fields):
 * it splits the cell at each of these, so a period inside a value splits it too ("v1.2" becomes
 * two tags); a slash is no separator ("slashes are invalid"). Source: SOURCES.csvFormat ("Field
 * Formatting": "VIP, Lead", "Gold; Silver", "Yes. No").
 */
export const LIST_SEPARATORS = [',', ';', '.'] as const;

/** A separator that also sits inside values (abbreviations, versions, decimals): PF17 names them. */
export const SEPARATOR_INSIDE_VALUES = '.';

/** What the cleaned file writes between values it separates, as HighLevel's example "VIP, Lead". */
export const LIST_JOINER = ', ';
