import { defineCheck } from '../check';
import { matchingKey } from './shared/matching';

/** 1010: the row's matching value belongs to more than one contact already in HighLevel. */
export default defineCheck('1010', (run) => ({
  row(row) {
    const reference = run.reference;
    if (!reference) return;
    const match = matchingKey(run, row);
    if (!match) return;
    const [kind, key] = [match.key.slice(0, 2), match.key.slice(2)];
    const count =
      kind === 'e:'
        ? reference.emails.get(key)
        : kind === 'p:'
          ? reference.phones.get(key)
          : undefined;
    if (!count || count < 2) return;
    run.report('1010', 'reference', {
      row: row.number,
      column: run.matchingColumn(row)?.header ?? null,
      value: match.value,
      params: { matching: match.label, count },
    });
  },
}));
