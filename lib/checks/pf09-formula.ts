import { defineCheck } from '../check';
import { runsAsFormula, spreadsheetSafe } from '../values/formula';

/**
 * PF09: a value a spreadsheet would run as a formula (CSV injection). Runs last on cells. The
 * writer neutralises every cell it writes by the same rule; this check names the values so the
 * user knows, and records the change so the grid and the changes show what the file holds (the
 * writer leaves the apostrophe-led value as it is).
 */
export default defineCheck('PF09', (run) => ({
  // Not asked when the header shows nothing can be imported: the writer still prefixes the names.
  header() {
    for (const { header } of run.columns) {
      if (!runsAsFormula(header)) continue;
      run.report('PF09', 'formula-header', {
        column: header,
        value: header,
        fix: spreadsheetSafe(header),
        params: { first: header[0] ?? '' },
      });
    }
  },
  cell: {
    applies: () => true,
    check(row, column, value) {
      if (!runsAsFormula(value)) return;
      const fixed = spreadsheetSafe(value);
      run.set(row, column, 'PF09', fixed);
      run.report('PF09', 'formula', {
        row: row.number,
        column: column.header,
        value,
        fix: fixed,
        params: { first: value[0] ?? '' },
      });
    },
  },
}));
