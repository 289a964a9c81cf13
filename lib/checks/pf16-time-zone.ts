import { defineCheck } from '../check';
import { judgeTimeZone } from '../highlevel/time-zones';

/** PF16: a Time Zone that is not exactly a listed zone, which HighLevel drops. */
export default defineCheck('PF16', (run) => ({
  cell: {
    applies: (column) => column.kind === 'timeZone',
    check(row, column, value) {
      const verdict = judgeTimeZone(value);
      if (verdict.status === 'listed') return;
      const details = { row: row.number, column: column.header, value };
      const fix = verdict.status === 'renamed' ? verdict.zone : '';
      run.set(row, column, 'PF16', fix);
      if (verdict.status === 'renamed') run.report('PF16', 'renamed', { ...details, fix });
      else if (verdict.status === 'abbreviation') {
        const params = { candidates: verdict.candidates };
        run.report('PF16', 'abbreviation', { ...details, fix, params });
      } else run.report('PF16', 'unknown', { ...details, fix });
    },
  },
}));
