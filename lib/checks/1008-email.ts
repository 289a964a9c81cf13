import { defineCheck } from '../check';
import { judgeEmail } from '../values/email';

/** 1008: an email HighLevel would reject, which skips the whole row. */
export default defineCheck('1008', (run) => ({
  cell: {
    applies: (column) => column.kind === 'email' && !column.extra && column.customField === null,
    check(row, column, value) {
      const verdict = judgeEmail(value);
      const details = { row: row.number, column: column.header, value };
      if (verdict.status === 'repaired') {
        run.set(row, column, '1008', verdict.fixed);
        run.report('1008', 'repaired', { ...details, fix: verdict.fixed });
      } else if (verdict.status === 'invalid') {
        run.report('1008', 'invalid', details);
      }
      const typo =
        verdict.status === 'valid' || verdict.status === 'repaired' ? verdict.typo : null;
      if (!typo) return;
      const apply = run.settings.fixes.applyEmailTypos;
      if (apply) run.set(row, column, '1008', typo);
      run.report('1008', 'typo', {
        ...details,
        fix: apply ? typo : null,
        params: { suggestion: typo, hint: apply ? 'applied' : 'suggested' },
      });
    },
  },
}));
