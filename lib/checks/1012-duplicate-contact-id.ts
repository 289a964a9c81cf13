import { defineCheck } from '../check';
import { Groups, mergeRows } from './shared/duplicates';

/** 1012: two or more rows share a Contact ID; HighLevel updates none of them. */
export default defineCheck('1012', (run) => {
  const groups = new Groups();
  return {
    row(row) {
      const column = run.columnOf('contactId');
      const value = column ? (row.values[column.index] ?? '').trim() : '';
      if (value) groups.add(value, row);
    },
    finish() {
      const merge = run.settings.fixes.mergeDuplicates;
      const column = run.columnOf('contactId');
      for (const rows of groups.duplicates()) {
        const [first] = rows as [number, ...number[]];
        const others = rows.map(String);
        // A row HighLevel would skip anyway is not merged: its values go to the rejected file.
        const mergeGroup = merge && !rows.some((n) => run.isRejected(n));
        for (const number of rows) {
          const value = column ? (run.row(number).values[column.index] ?? '').trim() : '';
          const details = { row: number, column: column?.header ?? null, value };
          if (mergeGroup) {
            if (number !== first) mergeRows(run, run.row(first), run.row(number), '1012');
            run.report('1012', 'merged', {
              ...details,
              fix: `row ${first}`,
              params: { others, first },
            });
          } else {
            run.report('1012', 'duplicate', { ...details, params: { others } });
          }
        }
      }
    },
  };
});
