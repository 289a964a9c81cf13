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
 * An extra row is made only for a value HighLevel can match it on (the primary or secondary
 * matching field), else it would be skipped (1009): such a value is named instead. An empty main
 * field takes the first valid extra value, so a contact's only phone stays on its row. Values that
 * are not valid make no extra row either: it would create a contact with only a name.
 */
export default defineCheck('PF07', (run) => {
  /** This row's extra rows, built at its end from the fixed values (names tidied by PF08). */
  const pending: { target: Column; value: string }[] = [];
  const matchable = (kind: Kind) =>
    run.settings.primary === kind || run.settings.secondary === kind;

  /** Extra email and phone columns: their value may fill an empty main field. */
  let extras: Column[] = [];
  /** The extra columns whose value this row moved into its main field. */
  const moved = new Set<number>();

  /** An extra valid value: into an extra row, or named when HighLevel could not match that row. */
  function place(row: Row, column: Column, main: Column, kind: Kind, value: string, extra: string) {
    const details = {
      row: row.number,
      column: column.header,
      value,
      params: { field: main.fieldLabel ?? kind },
    };
    if (matchable(kind)) {
      pending.push({ target: main, value: extra });
      if (column !== main) run.report('PF07', 'extra-column', { ...details, fix: extra });
    } else {
      run.report('PF07', 'extra-not-matching', { ...details, fix: '' });
    }
  }

  return {
    header() {
      extras = run.columns.filter((column) => column.extra && isContactColumn(column));
      for (const column of extras) run.dropColumn(column);
    },
    // Before any cell is checked, so that every check sees the main field as it will be written.
    rowStart(row) {
      moved.clear();
      for (const column of extras) {
        const kind = column.kind as Kind;
        const main = run.columnOf(kind);
        const value = row.values[column.index] ?? '';
        if (!main || value.trim() === '' || (row.values[main.index] ?? '').trim() !== '') continue;
        const extra = usable(run, kind, value);
        if (!extra) continue;
        run.set(row, main, 'PF07', extra);
        run.report('PF07', 'extra-fills-main', {
          row: row.number,
          column: column.header,
          value,
          fix: extra,
          params: { field: main.fieldLabel ?? kind },
        });
        moved.add(column.index);
      }
      return undefined;
    },
    cell: {
      applies: isContactColumn,
      check(row, column, value) {
        const kind = column.kind as Kind;
        const main = run.columnOf(kind);
        if (!main) return;
        const field = main.fieldLabel ?? kind;
        if (moved.has(column.index)) return;
        if (column.extra) {
          const extra = usable(run, kind, value);
          if (extra) place(row, column, main, kind, value, extra);
          else {
            const details = { row: row.number, column: column.header, value, params: { field } };
            run.report('PF07', 'extra-invalid', { ...details, fix: '' });
          }
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
        run.set(row, column, 'PF07', first);
        run.report('PF07', kind === 'email' ? 'email-cell' : 'phone-cell', {
          row: row.number,
          column: column.header,
          value,
          fix: first,
          params: { count: pieces.length },
        });
        for (const other of others) {
          const extra = usable(run, kind, other);
          if (extra) place(row, column, main, kind, other, extra);
          else {
            const details = {
              row: row.number,
              column: column.header,
              value: other,
              params: { field },
            };
            run.report('PF07', 'piece-invalid', { ...details, fix: '' });
          }
        }
      },
    },
    row(row) {
      for (const { target, value } of pending)
        run.addRowAfter(row, extraRow(run, row, target, value));
      pending.length = 0;
    },
  };
});
