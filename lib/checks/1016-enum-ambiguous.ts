import { defineCheck } from '../check';
import { isEnumColumn, matchCell } from './shared/enum';

/** 1016: a value that matches more than one option of the field (options differing by case). */
export default defineCheck('1016', (run) => ({
  cell: {
    applies: isEnumColumn,
    check(row, column, value) {
      for (const { part, match } of matchCell(column, value)) {
        if (match.status !== 'ambiguous') continue;
        run.report('1016', 'ambiguous', {
          row: row.number,
          column: column.header,
          value: part,
          params: { candidates: match.options.join(', ') },
        });
      }
    },
  },
}));
