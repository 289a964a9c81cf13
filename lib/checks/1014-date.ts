import { defineCheck } from '../check';
import { judgeDate } from '../values/date';

/** 1014: a date that does not read in the format chosen for the import. */
export default defineCheck('1014', (run) => ({
  cell: {
    applies: (column) => column.kind === 'date',
    check(row, column, value) {
      const format = run.settings.dateFormat;
      const verdict = judgeDate(value, format);
      const details = { row: row.number, column: column.header, value };
      const params = { format };
      switch (verdict.status) {
        case 'rewritten':
          run.set(row, column, '1014', verdict.fixed);
          run.report('1014', 'rewritten', { ...details, fix: verdict.fixed, params });
          return;
        case 'ambiguous':
          run.set(row, column, '1014', '');
          run.report('1014', 'ambiguous', {
            ...details,
            fix: '',
            params: { ...params, candidates: verdict.candidates },
          });
          return;
        case 'invalid':
          run.set(row, column, '1014', '');
          run.report('1014', 'invalid', { ...details, fix: '', params });
      }
    },
  },
}));
