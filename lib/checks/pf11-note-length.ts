import { defineCheck } from '../check';

/** HighLevel's FAQ: one note per contact, up to 5,000 characters. */
const NOTE_LIMIT = 5000;

/** PF11: a note longer than HighLevel keeps. */
export default defineCheck('PF11', (run) => ({
  cell: {
    applies: (column) => column.kind === 'notes',
    check(row, column, value) {
      if (value.length <= NOTE_LIMIT) return;
      run.report('PF11', 'long', {
        row: row.number,
        column: column.header,
        value,
        params: { count: value.length.toLocaleString('en-US') },
      });
    },
  },
}));
