import { defineCheck } from '../check';
import { DATE_FORMATS, type DateFormat } from '../settings';
import { parsesAs } from '../values/date';

interface ColumnDates {
  /** Cells that do not read in the chosen format. */
  failing: number;
  /** Other formats that have read every date so far. */
  candidates: DateFormat[];
}

/** PF14: a date column that reads entirely in another format than the one chosen for the import. */
export default defineCheck('PF14', (run) => {
  const chosen = run.settings.dateFormat;
  const columns = new Map<number, ColumnDates>();
  return {
    cell: {
      applies: (column) => column.kind === 'date',
      check(_row, column, value) {
        let dates = columns.get(column.index);
        if (!dates) {
          dates = { failing: 0, candidates: DATE_FORMATS.filter((f) => f !== chosen) };
          columns.set(column.index, dates);
        }
        if (!parsesAs(value, chosen)) dates.failing++;
        // A format drops out at its first miss, so a column costs about one lookup per cell.
        if (dates.candidates.length)
          dates.candidates = dates.candidates.filter((f) => parsesAs(value, f));
      },
    },
    finish() {
      for (const [index, { failing, candidates }] of columns) {
        const better = candidates[0];
        if (failing === 0 || !better) continue;
        run.report('PF14', 'other-format', {
          column: run.columns[index]?.header ?? null,
          params: { suggestion: better, format: chosen, count: failing },
        });
      }
    },
  };
});
