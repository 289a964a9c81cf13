import { defineCheck } from '../check';
import { TRUTHY } from '../regexes';

/** PF12: a DND column sets Do Not Disturb on every channel, as HighLevel's FAQ warns. */
export default defineCheck('PF12', (run) => {
  let on = 0;
  return {
    cell: {
      applies: (column) => column.kind === 'dnd',
      check(_row, _column, value) {
        if (TRUTHY.test(value.trim())) on++;
      },
    },
    finish() {
      const column = run.columns.find((c) => c.kind === 'dnd');
      if (column) run.report('PF12', 'dnd', { column: column.header, params: { count: on } });
    },
  };
});
