import type { Row, Run } from '../../check';
import { matchingPhraseKey } from '../../highlevel/matching';
import { emailKey, judgeEmail } from '../../values/email';

/** The matching columns chosen in the settings, as the phrase key 1009's message names. */
export function matchingPhrase(run: Run): string {
  return matchingPhraseKey(run.settings.primary, run.settings.secondary);
}

/**
 * The value HighLevel matches this row on, normalised so that equal contacts compare equal
 * (email case, phone to E.164); null when the row has none or it is invalid. Emails and phones
 * cannot collide: only a phone key starts with '+'.
 */
export function matchingKey(run: Run, row: Row): string | null {
  const column = run.matchingColumn(row);
  if (!column) return null;
  const value = (row.values[column.index] ?? '').trim();
  if (column.kind === 'email') {
    return judgeEmail(value).status === 'valid' ? emailKey(value) : null;
  }
  if (column.kind === 'phone') {
    const verdict = run.phone.judge(value);
    return verdict.status === 'valid' ? verdict.e164 : null;
  }
  return value || null;
}

/** How many contacts of the loaded contacts export hold the row's matching value (0 without one). */
export function existingContacts(run: Run, row: Row): number {
  const reference = run.reference;
  // Without an export there is nothing to count: two checks ask for every row, so no key is made.
  if (!reference) return 0;
  const column = run.matchingColumn(row);
  const key = matchingKey(run, row);
  if (!column || key === null) return 0;
  if (column.kind === 'email') return reference.emails.get(key) ?? 0;
  if (column.kind === 'phone') return reference.phones.get(key) ?? 0;
  return column.kind === 'contactId' && reference.contactIds.has(key) ? 1 : 0;
}
