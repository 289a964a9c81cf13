import { defineCheck } from '../check';
import { ownerMatcher, userLabel } from '../values/owner';

/** 1002: the Owner is a name that more than one user of the account has. */
export default defineCheck('1002', (run) => {
  const matchOwner = ownerMatcher(run.settings.users);
  return {
    cell: {
      applies: (column) => column.kind === 'owner' && run.settings.users.length > 0,
      check(row, column, value) {
        const match = matchOwner(value);
        if (match.status !== 'ambiguous') return;
        run.set(row, column, '1002', '');
        run.report('1002', 'ambiguous', {
          row: row.number,
          column: column.header,
          value,
          fix: '',
          params: {
            count: match.users.length,
            candidates: match.users.map(userLabel).join(', '),
          },
        });
      },
    },
  };
});
