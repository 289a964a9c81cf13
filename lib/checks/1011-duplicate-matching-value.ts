import { defineCheck } from '../check';
import { Groups, mergeRows } from './shared/duplicates';
import { matchingKey } from './shared/matching';

/** 1011: two or more rows share a matching value, after normalisation (email case, phone E.164). */
export default defineCheck('1011', (run) => {
  const groups = new Groups();
  return {
    row(row) {
      const key = matchingKey(run, row);
      if (key !== null) groups.add(key, row);
    },
    finish() {
      const merge = run.settings.fixes.mergeDuplicates;
      for (const rows of groups.duplicates()) {
        const [first] = rows as [number, ...number[]];
        const group = rows.map(String);
        for (const number of rows) {
          const row = run.row(number);
          const column = run.matchingColumn(row);
          const details = {
            row: number,
            column: column?.header ?? null,
            value: column ? (row.values[column.index] ?? '') : '',
            params: {
              matching: column?.fieldLabel ?? '',
              others: group,
              first,
            },
          };
          if (merge) {
            if (number !== first) mergeRows(run, run.row(first), row, '1011');
            run.report('1011', 'merged', { ...details, fix: `row ${first}` });
          } else {
            run.report('1011', 'duplicate', details);
          }
        }
      }
    },
  };
});
