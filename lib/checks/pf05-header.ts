import { defineCheck } from '../check';
import { EMAIL_COMMON, NON_DIGITS } from '../regexes';

/** A header cell that is itself contact data: an email address or a phone number. */
function looksLikeData(cell: string): boolean {
  const text = cell.trim();
  return EMAIL_COMMON.test(text) || text.replace(NON_DIGITS, '').length >= 7;
}

/**
 * PF05: blank lines before the header, header cells that are data, empty or duplicate names, or
 * no column that maps to a HighLevel field.
 */
export default defineCheck('PF05', (run) => {
  let unnamed: readonly number[] = [];
  return {
    header({ raw, blankLinesBefore, rowsAbove, headerRow, renamed, emptyNames }) {
      unnamed = emptyNames;
      for (const above of rowsAbove) {
        run.report('PF05', 'rows-above-header', {
          row: above.number,
          value: above.fields.filter((field) => field.trim() !== '').join(', '),
          fix: 'removed',
          params: { line: above.number, header: headerRow },
        });
      }
      // Blank lines between a title and the header go with the title: only a file that starts
      // blank is told so.
      if (blankLinesBefore > 0 && rowsAbove.length === 0) {
        run.report('PF05', 'blank-first-row', {
          fix: 'removed',
          params: { count: blankLinesBefore },
        });
      }
      for (const { index, from, to } of renamed) {
        run.report('PF05', 'duplicate', {
          column: run.columns[index]?.header ?? to,
          value: from,
          fix: to,
        });
      }
      const data = raw.filter(looksLikeData);
      if (data.length > 0) {
        run.report('PF05', 'looks-like-data', {
          value: raw.join(', '),
          params: { detail: data.join(', ') },
        });
        return 'stop';
      }
      if (!run.columns.some((c) => c.field !== null)) {
        run.report('PF05', 'nothing-maps', { params: { columns: raw.join(', ') } });
        return 'stop';
      }
    },
    // Asked of the rows themselves, not of the cell checks: those do not run on a file that
    // nothing maps in, and a column that holds a value is never dropped.
    finish() {
      for (const index of unnamed) {
        const column = run.columns[index];
        if (!column) continue;
        if (run.hasValue(column)) {
          run.report('PF05', 'empty-name', {
            column: column.header,
            fix: column.header,
            params: { index: index + 1, hint: 'renamed' },
          });
        } else {
          run.dropColumn(column);
          run.report('PF05', 'empty-name', {
            column: column.header,
            fix: '',
            params: { index: index + 1, hint: 'dropped' },
          });
        }
      }
    },
  };
});
