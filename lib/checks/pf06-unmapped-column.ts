import { defineCheck } from '../check';

/** PF06: a column import would ignore: no field matches it, or another column fills its field. */
export default defineCheck('PF06', (run) => ({
  header({ emptyNames }) {
    for (const column of run.columns) {
      // A column the settings map to nothing is ignored on purpose.
      if (column.source === 'settings') continue;
      if (column.field === null && !emptyNames.includes(column.index)) {
        run.report('PF06', 'unmapped', { column: column.header });
      } else if (column.extra && column.kind !== 'phone' && column.kind !== 'email') {
        const first = run.columns.find((c) => c.field === column.field && !c.extra);
        run.report('PF06', 'second-column', {
          column: column.header,
          params: { field: column.fieldLabel ?? '', first: first?.header ?? '' },
        });
      }
    }
  },
}));
