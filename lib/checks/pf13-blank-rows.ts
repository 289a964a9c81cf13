import { defineCheck } from '../check';

/** PF13: rows with no values at all; the cleaned file leaves them out. */
export default defineCheck('PF13', (run) => ({
  rowStart(row) {
    if (!row.values.every((value) => value.trim() === '')) return;
    run.report('PF13', 'blank', { row: row.number, fix: '' });
    run.omit(row);
    return 'skip';
  },
}));
