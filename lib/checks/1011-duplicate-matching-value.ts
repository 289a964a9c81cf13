import { defineCheck } from '../check';
import { Groups, listRows, mergeRows } from './shared/duplicates';
import { matchingKey } from './shared/matching';

/** 1011: two or more rows share a matching value, after normalisation (email case, phone E.164). */
export default defineCheck('1011', (run) => {
  const groups = new Groups();
  const labels = new Map<number, { label: string; column: string }>();
  return {
    row(row) {
      const match = matchingKey(run, row);
      if (!match) return;
      groups.add(match.key, match.value, row);
      labels.set(row.number, { label: match.label, column: run.matchingColumn(row)?.header ?? '' });
    },
    finish() {
      const merge = run.settings.fixes.mergeDuplicates;
      for (const { value, rows } of groups.duplicates()) {
        const [first] = rows as [number, ...number[]];
        for (const number of rows) {
          const { label, column } = labels.get(number) ?? { label: '', column: '' };
          const others = listRows(rows.filter((r) => r !== number));
          const details = {
            row: number,
            column,
            value,
            params: { matching: label, others, first },
          };
          if (merge) {
            if (number !== first) mergeRows(run, run.row(first), run.row(number), '1011');
            run.report('1011', 'merged', { ...details, fix: `row ${first}` });
          } else {
            run.report('1011', 'duplicate', details);
          }
        }
      }
    },
  };
});
