import { defineCheck, type Row, type Run } from '../check';
import type { Column } from '../mapping';
import { judgeEmail } from '../values/email';
import { splitPhones } from '../values/phone';

type Kind = 'email' | 'phone';

/** The value as the extra row holds it, or null when it is not a valid email or phone. */
function usable(run: Run, kind: Kind, value: string): string | null {
  if (kind === 'phone') {
    const verdict = run.phone.judge(value);
    return verdict.status === 'valid' ? verdict.e164 : null;
  }
  const verdict = judgeEmail(value);
  if (verdict.status === 'valid') return value.trim();
  return verdict.status === 'repaired' ? verdict.fixed : null;
}

/** The row HighLevel's FAQ adds for an extra value: the same name, the value, nothing else. */
function extraRow(run: Run, row: Row, target: Column, value: string): string[] {
  const values = run.columns.map(() => '');
  for (const kind of ['firstName', 'lastName', 'fullName'] as const) {
    const name = run.columnOf(kind);
    if (name) values[name.index] = row.values[name.index] ?? '';
  }
  values[target.index] = value;
  return values;
}

const isContactColumn = (column: Column) => column.kind === 'email' || column.kind === 'phone';

/**
 * PF07: several emails or phones in one cell, or a second email/phone column. Split as the FAQ
 * shows: the extra row keeps the name and the extra value, with the other unique field blank.
 * Values that are not valid make no extra row: it would create a contact with only a name.
 */
export default defineCheck('PF07', (run) => ({
  header() {
    for (const column of run.columns) {
      if (column.extra && isContactColumn(column)) run.dropColumn(column);
    }
  },
  cell: {
    applies: isContactColumn,
    check(row, column, value) {
      const kind = column.kind as Kind;
      const main = run.columnOf(kind);
      if (!main) return;
      const details = { row: row.number, column: column.header, value };
      const params = { field: main.fieldLabel ?? kind };
      if (column.extra) {
        const extra = usable(run, kind, value);
        if (extra) run.addRowAfter(row, extraRow(run, row, main, extra));
        run.report('PF07', extra ? 'extra-column' : 'extra-invalid', {
          ...details,
          fix: extra ?? '',
          params,
        });
        return;
      }
      if (column !== main) return;
      const email = kind === 'email' ? judgeEmail(value) : null;
      const pieces = email
        ? email.status === 'multiple'
          ? email.values
          : [value]
        : splitPhones(value);
      if (pieces.length < 2) return;
      const [first, ...others] = pieces as [string, ...string[]];
      for (const other of others) {
        const extra = usable(run, kind, other);
        if (extra) run.addRowAfter(row, extraRow(run, row, main, extra));
      }
      run.set(row, column, 'PF07', first);
      run.report('PF07', kind === 'email' ? 'email-cell' : 'phone-cell', {
        ...details,
        fix: first,
        params: { count: pieces.length },
      });
    },
  },
}));
