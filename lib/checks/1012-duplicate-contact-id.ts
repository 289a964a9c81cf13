import { defineCheck } from '../check';
import { contactIdOf, Groups, mergeRows, mergesGroup } from './shared/duplicates';

/** 1012: two or more rows share a Contact ID; HighLevel updates none of them. */
export default defineCheck('1012', (run) => {
  const groups = new Groups();
  return {
    row(row) {
      const value = contactIdOf(run, row);
      if (value) groups.add(value, row);
    },
    finish() {
      const column = run.columnOf('contactId');
      for (const rows of groups.duplicates()) {
        const [first] = rows as [number, ...number[]];
        const others = rows.map(String);
        const mergeGroup = mergesGroup(run, rows);
        for (const number of rows) {
          const value = contactIdOf(run, run.row(number));
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
