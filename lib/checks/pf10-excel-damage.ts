import { defineCheck, type Row, type Run } from '../check';
import { SCIENTIFIC_NUMBER, US_COUNTRY, ZIP_MISSING_ZERO } from '../regexes';

/** A row's address is in the US when its Country says so, or it has none and the account is US. */
function isUsAddress(run: Run, row: Row): boolean {
  const country = run.columnOf('country');
  const value = country ? (row.values[country.index] ?? '').trim() : '';
  return value === '' ? run.settings.country === 'US' : US_COUNTRY.test(value);
}

/** PF10: what a spreadsheet did to the file: phones in scientific notation, ZIPs without their 0. */
export default defineCheck('PF10', (run) => ({
  cell: {
    applies: (column) => column.kind === 'phone' || column.kind === 'postalCode',
    check(row, column, value) {
      const details = { row: row.number, column: column.header, value };
      if (column.kind === 'phone') {
        // In the matching column the row itself is skipped: 1004 says so.
        if (!SCIENTIFIC_NUMBER.test(value.trim()) || run.matchingColumn(row) === column) return;
        run.set(row, column, 'PF10', '');
        run.report('PF10', 'scientific-phone', { ...details, fix: '' });
      } else if (ZIP_MISSING_ZERO.test(value) && isUsAddress(run, row)) {
        const fixed = `0${value}`;
        run.set(row, column, 'PF10', fixed);
        run.report('PF10', 'zip-zero', { ...details, fix: fixed });
      }
    },
  },
}));
