import { defineCheck } from '../check';
import { CONTACT_ID } from '../regexes';
import { PHONE_HINTS } from './shared/labels';

const SCIENTIFIC_HINT =
  'A spreadsheet turned it into scientific notation and its last digits are lost; re-export the phones as text.';

/**
 * 1004: the value HighLevel matches the row on is present but invalid for its type, so the row is
 * skipped. (An invalid email is 1008, which skips the row too.)
 */
export default defineCheck('1004', (run) => ({
  row(row) {
    const column = run.matchingColumn(row);
    if (!column) return;
    const value = row.values[column.index] ?? '';
    const details = { row: row.number, column: column.header, value };
    if (column.kind === 'phone') {
      const verdict = run.phone.judge(value);
      if (verdict.status === 'valid') return;
      const hint =
        verdict.status === 'scientific'
          ? SCIENTIFIC_HINT
          : verdict.status === 'other-country'
            ? `It would be valid as ${verdict.suggestion}: add the country code.`
            : verdict.status === 'invalid'
              ? PHONE_HINTS[verdict.reason]
              : '';
      run.report('1004', 'phone', { ...details, params: { country: run.settings.country, hint } });
    } else if (column.kind === 'contactId' && !CONTACT_ID.test(value.trim())) {
      run.report('1004', 'contact-id', details);
    }
  },
}));
