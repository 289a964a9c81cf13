/**
 * A HighLevel Contact ID: 20 letters and digits, as in its contacts export (Firestore-style IDs).
 * Linear: one character class, fixed length. Source: a contacts export (SOURCES.errorCodes, 1006).
 */
const CONTACT_ID = /^[A-Za-z0-9]{20}$/;

export function isContactId(value: string): boolean {
  return CONTACT_ID.test(value);
}
