import { defineCheck } from '../check';
import { MAX_NOTE_CHARACTERS } from '../highlevel/limits';

/** PF11: a note longer than HighLevel keeps. */
export default defineCheck('PF11', (run) => ({
  cell: {
    applies: (column) => column.kind === 'notes',
    check(row, column, value) {
      if (value.length <= MAX_NOTE_CHARACTERS) return;
      run.report('PF11', 'long', {
        row: row.number,
        column: column.header,
        value,
        params: { count: value.length.toLocaleString('en-US') },
      });
    },
  },
}));
