import { defineCheck } from '../check';
import { contactIdOf, Groups, mergeRows, mergesGroup } from './shared/duplicates';
import { matchingKey } from './shared/matching';

/**
 * 1011: two or more rows share a matching value, after normalisation (email case, phone E.164).
 * Rows that share a Contact ID are 1012's: HighLevel updates neither, so they are no duplicate
 * risk; rows already merged away are left out, so that no row merges into one that is gone.
 */
export default defineCheck('1011', (run) => {
  const groups = new Groups();
  const contactIds = new Groups();
  return {
    row(row) {
      const key = matchingKey(run, row);
      if (key !== null) groups.add(key, row);
      const id = contactIdOf(run, row);
      if (id) contactIds.add(id, row);
    },
    finish() {
      const repeatedId = new Set<number>();
      for (const rows of contactIds.duplicates()) for (const number of rows) repeatedId.add(number);
      for (const found of groups.duplicates()) {
        const rows = found.filter((n) => !repeatedId.has(n) && !run.isOmitted(n));
        if (rows.length < 2) continue;
        const [first] = rows as [number, ...number[]];
        const group = rows.map(String);
        const mergeGroup = mergesGroup(run, rows);
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
          if (mergeGroup) {
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
