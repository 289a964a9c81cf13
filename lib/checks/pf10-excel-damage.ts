import { defineCheck, type Row, type Run } from '../check';
import { countryCodeOf } from '../highlevel/countries';
import type { Column } from '../mapping';
import { SCIENTIFIC_NUMBER, ZIP_MISSING_ZERO } from '../regexes';

/** A row's address is in the US when its Country names the US, or it has none and the account is US. */
function isUsAddress(run: Run, row: Row): boolean {
  const country = run.columnOf('country');
  const value = country ? (row.values[country.index] ?? '').trim() : '';
  return value === '' ? run.settings.country === 'US' : countryCodeOf(value) === 'US';
}

/** PF10: what a spreadsheet did to the file: phones in scientific notation, ZIPs without their 0. */
export default defineCheck('PF10', (run) => {
  let zipColumns: readonly Column[] = [];
  return {
    header() {
      zipColumns = run.columns.filter((column) => column.kind === 'postalCode');
      return undefined;
    },
    cell: {
      applies: (column) => column.kind === 'phone',
      check(row, column, value) {
        // In the matching column the row itself is skipped: 1004 says so.
        if (!SCIENTIFIC_NUMBER.test(value.trim()) || run.matchingColumn(row) === column) return;
        run.set(row, column, 'PF10', '');
        run.report('PF10', 'scientific-phone', {
          row: row.number,
          column: column.header,
          value,
          fix: '',
        });
      },
    },
    // After the cells, so the Country reads as PF15 leaves it, whichever column comes first.
    row(row) {
      for (const column of zipColumns) {
        const value = row.values[column.index] ?? '';
        if (!ZIP_MISSING_ZERO.test(value) || !isUsAddress(run, row)) continue;
        const fixed = `0${value}`;
        run.set(row, column, 'PF10', fixed);
        run.report('PF10', 'zip-zero', {
          row: row.number,
          column: column.header,
          value,
          fix: fixed,
        });
      }
    },
  };
});
