import { defineCheck } from '../check';
import { DATE_FORMATS, type DateFormat } from '../values/date';
import { convertDate, parsesAs } from '../values/date';

interface ColumnDates {
  /** Cells that do not read in the chosen format. */
  failing: number;
  /** Other formats that have read every date so far. */
  candidates: DateFormat[];
  /** Cells that do read in the chosen format: misread if the column is in another one. */
  readable: { row: number; value: string }[];
}

/**
 * PF14: a date column written in another format than the one chosen for the import. Where every
 * date reads in that other format, the ones the chosen format would silently misread (02.11.1985
 * as February 11) are rewritten; 1014 has already rewritten the ones it cannot read.
 */
export default defineCheck('PF14', (run) => {
  const chosen = run.settings.dateFormat;
  const columns = new Map<number, ColumnDates>();
  return {
    cell: {
      applies: (column) => column.kind === 'date',
      check(row, column, value) {
        let dates = columns.get(column.index);
        if (!dates) {
          dates = {
            failing: 0,
            candidates: DATE_FORMATS.filter((f) => f !== chosen),
            readable: [],
          };
          columns.set(column.index, dates);
        }
        // A format drops out at its first miss, so a column costs about one lookup per cell.
        if (dates.candidates.length) {
          dates.candidates = dates.candidates.filter((f) => parsesAs(value, f));
          // With no other format left, no cell will be rewritten: none need be kept.
          if (!dates.candidates.length) dates.readable = [];
        }
        if (!parsesAs(value, chosen)) dates.failing++;
        else if (dates.candidates.length) dates.readable.push({ row: row.number, value });
      },
    },
    finish() {
      for (const [index, { failing, candidates, readable }] of columns) {
        const [better] = candidates;
        const column = run.columns[index];
        if (failing === 0 || !better || !column) continue;
        let swapped = 0;
        for (const { row, value } of readable) {
          const meant = convertDate(value, better, chosen);
          if (meant === null || meant === convertDate(value, chosen, chosen)) continue;
          run.set(run.row(row), column, 'PF14', meant);
          swapped++;
        }
        run.report('PF14', 'other-format', {
          column: column.header,
          fix: chosen,
          params: { suggestion: better, format: chosen, count: failing, swapped },
        });
      }
    },
  };
});
