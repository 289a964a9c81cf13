import { defineCheck } from '../check';
import { existingContacts } from './shared/matching';

/** 1010: the row's matching value belongs to more than one contact already in HighLevel. */
export default defineCheck('1010', (run) => ({
  row(row) {
    const column = run.matchingColumn(row);
    const count = existingContacts(run, row);
    if (!column || count < 2) return;
    run.report('1010', 'reference', {
      row: row.number,
      column: column.header,
      value: row.values[column.index] ?? '',
      params: { matching: column.fieldLabel ?? column.header, count },
    });
  },
}));
