import { defineCheck } from '../check';
import type { FieldKind } from '../highlevel/fields';
import { tidyText } from '../values/text';

/** Fields where line breaks are content, not damage. */
const MULTILINE: ReadonlySet<FieldKind | null> = new Set(['notes', 'text', null]);

/** PF08: edge spaces, non-breaking spaces, zero-width characters, stray line breaks. */
export default defineCheck('PF08', (run) => ({
  cell: {
    applies: () => true,
    skipsPlainText: true,
    check(row, column, value) {
      const tidied = tidyText(value, MULTILINE.has(column.kind));
      if (!tidied) return;
      run.set(row, column, 'PF08', tidied.value);
      run.report('PF08', 'invisible', {
        row: row.number,
        column: column.header,
        value,
        fix: tidied.value,
        params: { found: tidied.found },
      });
    },
  },
}));
