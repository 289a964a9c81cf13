import { defineCheck } from '../check';
import { ownerMatcher, userLabel } from '../values/owner';

/** 1015: the Owner matches no user; with no users configured, one notice that it is unchecked. */
export default defineCheck('1015', (run) => {
  const matchOwner = ownerMatcher(run.settings.users);
  return {
    header() {
      const owner = run.columnOf('owner');
      if (owner && run.settings.users.length === 0) {
        run.report('1015', 'unverified', { column: owner.header });
      }
    },
    cell: {
      applies: (column) => column.kind === 'owner' && run.settings.users.length > 0,
      check(row, column, value) {
        const match = matchOwner(value);
        if (match.status !== 'unknown') return;
        run.set(row, column, '1015', '');
        run.report('1015', 'unknown', {
          row: row.number,
          column: column.header,
          value,
          fix: '',
          params: match.closest
            ? {
                hint: 'closest',
                closest: userLabel(match.closest),
                // What the cell would hold to name that user (the codes table's suggestion).
                closestEmail: match.closest.email,
              }
            : { hint: 'none' },
        });
      },
    },
  };
});
