import { defineCheck } from '../check';
import type { FieldKind } from '../highlevel/fields';

const IDENTITY: readonly FieldKind[] = ['email', 'phone', 'firstName', 'lastName', 'fullName'];

/**
 * 1021: a row with none of email, phone, first name, last name (a full name counts). An extra
 * email or phone column does not count: PF07 leaves it out (or has moved its value into the main one).
 */
export default defineCheck('1021', (run) => {
  let identity: number[] = [];
  return {
    header() {
      identity = run.columns
        .filter((c) => c.kind && IDENTITY.includes(c.kind) && c.customField === null && !c.extra)
        .map((c) => c.index);
    },
    row(row) {
      if (identity.some((i) => (row.values[i] ?? '').trim() !== '')) return;
      run.report('1021', 'no-identity', { row: row.number });
    },
  };
});
