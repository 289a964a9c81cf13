import { defineCheck } from '../check';

/**
 * 1013: a phone HighLevel cannot parse; the field arrives empty. Valid numbers are rewritten as
 * E.164, which HighLevel reads whatever the sub-account's country.
 */
export default defineCheck('1013', (run) => ({
  cell: {
    applies: (column) => column.kind === 'phone' && !column.extra,
    check(row, column, value) {
      const verdict = run.phone.judge(value);
      if (verdict.status === 'valid') {
        run.set(row, column, '1013', verdict.e164);
        return;
      }
      // Scientific notation is PF10's; an invalid matching value skips the row (1004).
      if (verdict.status === 'scientific' || verdict.status === 'empty') return;
      if (run.matchingColumn(row) === column) return;
      const details = { row: row.number, column: column.header, value, fix: '' };
      const country = run.settings.country;
      run.set(row, column, '1013', '');
      if (verdict.status === 'other-country') {
        run.report('1013', 'other-country', {
          ...details,
          params: { country, suggestion: verdict.suggestion },
        });
      } else {
        run.report('1013', 'invalid', {
          ...details,
          params: { country, why: verdict.reason },
        });
      }
    },
  },
}));
