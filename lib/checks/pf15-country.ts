import { defineCheck } from '../check';
import { judgeCountry } from '../highlevel/countries';

/**
 * PF15: a Country that is not exactly a listed name or code, which HighLevel skips the row for.
 * A value that cannot be placed is emptied, with `fix: ''`, so the row imports without a country
 * instead of being rejected.
 */
export default defineCheck('PF15', (run) => ({
  cell: {
    applies: (column) => column.kind === 'country',
    check(row, column, value) {
      const verdict = judgeCountry(value);
      if (verdict.status === 'listed') return;
      const details = { row: row.number, column: column.header, value };
      const fix = verdict.status === 'renamed' ? verdict.name : '';
      run.set(row, column, 'PF15', fix);
      if (verdict.status === 'renamed') run.report('PF15', 'renamed', { ...details, fix });
      else if (verdict.status === 'ambiguous') {
        run.report('PF15', 'ambiguous', {
          ...details,
          fix,
          params: { candidates: verdict.candidates },
        });
      } else if (verdict.status === 'not-listed') {
        run.report('PF15', 'not-listed', { ...details, fix, params: { place: verdict.place } });
      } else run.report('PF15', 'unknown', { ...details, fix });
    },
  },
}));
