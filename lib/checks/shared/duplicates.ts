import type { Row, Run } from '../../check';
import type { Code } from '../../highlevel/codes';
import { ADDITIONAL, ADDITIONAL_SEPARATOR, additionalKindOf } from '../../highlevel/several-values';
import type { Column } from '../../mapping';

/**
 * Row numbers by key, to find values that appear on more than one row. Most keys appear once, so
 * a key holds a bare row number until a second row shares it.
 */
export class Groups {
  private readonly first = new Map<string, number>();
  private readonly shared = new Map<string, number[]>();

  add(key: string, row: Row): void {
    const first = this.first.get(key);
    if (first === undefined) {
      this.first.set(key, row.number);
      return;
    }
    const rows = this.shared.get(key);
    if (rows) rows.push(row.number);
    else this.shared.set(key, [first, row.number]);
  }

  /** Each group of two or more rows sharing a key, in file order. */
  duplicates(): IterableIterator<number[]> {
    return this.shared.values();
  }
}

/**
 * Whether a group of rows is merged: when the user asks, and only when none of them is a row
 * HighLevel would skip anyway, whose unfixed values would otherwise reach a clean row (they go to
 * the rejected file instead).
 */
export function mergesGroup(run: Run, rows: readonly number[]): boolean {
  return run.settings.fixes.mergeDuplicates && !rows.some((number) => run.isRejected(number));
}

/** The row's Contact ID, trimmed; empty when it has none or the file has no such column. */
export function contactIdOf(run: Run, row: Row): string {
  const column = run.columnOf('contactId');
  return column ? (row.values[column.index] ?? '').trim() : '';
}

/**
 * Folds `from` into `into`, in a group `mergesGroup` allows: later non-empty values win; `from`
 * leaves the cleaned file.
 */
export function mergeRows(run: Run, into: Row, from: Row, code: Code): void {
  for (const column of [...run.columns, ...run.addedColumns]) {
    const value = from.values[column.index] ?? '';
    const kept = into.values[column.index] ?? '';
    if (value.trim() === '' || value === kept) continue;
    // Additional Emails / Phones: the merged contact keeps the values of both rows.
    const list = additionalKindOf(column.kind);
    const merged =
      list && kept.trim() !== '' ? joinLists(run, into, column, list, kept, value) : value;
    run.set(into, column, code, merged);
  }
  run.omit(from);
}

/**
 * Both lists' values, each once, up to the number HighLevel keeps; a value past it is named
 * (PF07). PF07 wrote each list normalised and within that number, so a merge costs the same
 * however many rows a group merges.
 */
function joinLists(
  run: Run,
  row: Row,
  column: Column,
  kind: 'email' | 'phone',
  first: string,
  second: string,
): string {
  const { field, max } = ADDITIONAL[kind];
  const values = first.split(ADDITIONAL_SEPARATOR);
  const seen = new Set(values);
  for (const value of second.split(ADDITIONAL_SEPARATOR)) {
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    if (values.length < max) values.push(value);
    else {
      run.report('PF07', 'too-many', {
        row: row.number,
        column: column.header,
        value,
        fix: '',
        params: { field: run.columnOf(kind)?.fieldLabel ?? kind, list: field.label, max },
      });
    }
  }
  return values.join(ADDITIONAL_SEPARATOR);
}
