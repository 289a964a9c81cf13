import { defineCheck } from '../check';
import { matchingKey } from './shared/matching';

/** 1010: the row's matching value belongs to more than one contact already in HighLevel. */
export default defineCheck('1010', (run) => ({
  row(row) {
    const reference = run.reference;
    const column = run.matchingColumn(row);
    if (!reference || !column) return;
    const key = matchingKey(run, row);
    if (key === null) return;
    const counts =
      column.kind === 'email'
        ? reference.emails
        : column.kind === 'phone'
          ? reference.phones
          : null;
    const count = counts?.get(key) ?? 0;
    if (count < 2) return;
    run.report('1010', 'reference', {
      row: row.number,
      column: column.header,
      value: row.values[column.index] ?? '',
      params: { matching: column.fieldLabel ?? column.header, count },
    });
  },
}));
