import { defineCheck } from '../check';
import { matchingPhrase } from './shared/matching';

/** 1009: the matching column (and the secondary, when set) is empty on this row. */
export default defineCheck('1009', (run) => {
  let hasColumn = true;
  return {
    header() {
      const { primary, secondary } = run.settings;
      hasColumn = [primary, secondary].some((m) => m && run.columnOf(m));
      if (!hasColumn)
        run.report('1009', 'no-column', { params: { matching: matchingPhrase(run) } });
    },
    row(row) {
      if (!hasColumn || run.matchingColumn(row)) return;
      run.report('1009', 'empty', { row: row.number, params: { matching: matchingPhrase(run) } });
    },
  };
});
