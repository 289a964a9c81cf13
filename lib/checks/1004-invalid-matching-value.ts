import { defineCheck } from '../check';
import { isContactId } from '../highlevel/contact-id';
import { countryName, fromCountry } from '../values/phone/elsewhere';

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
      const abroad = verdict.status === 'other-country' ? verdict : null;
      const why =
        verdict.status === 'invalid'
          ? verdict.reason
          : abroad?.written === 'international'
            ? 'missing-plus'
            : verdict.status;
      run.report('1004', 'phone', {
        ...details,
        params: {
          country: countryName(run.phone.country),
          why,
          region: abroad ? fromCountry(abroad.region) : '',
          code: abroad?.callingCode ?? '',
          suggestion: abroad?.e164 ?? '',
        },
      });
    } else if (column.kind === 'contactId' && !isContactId(value.trim())) {
      run.report('1004', 'contact-id', details);
    }
  },
}));
