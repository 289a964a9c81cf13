import type { Row, Run } from '../../check';
import type { Code } from '../../highlevel/codes';
import { ADDITIONAL_SEPARATOR } from '../../highlevel/several-values';
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
    const merged = isListColumn(column) && kept.trim() !== '' ? joinLists(kept, value) : value;
    run.set(into, column, code, merged);
  }
  run.omit(from);
}

const isListColumn = (column: Column) => column.kind === 'emailList' || column.kind === 'phoneList';

/** Both lists' values, each once (PF07 has written them normalised, `, `-separated). */
function joinLists(first: string, second: string): string {
  const values = [...first.split(ADDITIONAL_SEPARATOR), ...second.split(ADDITIONAL_SEPARATOR)];
  return [...new Set(values.filter((value) => value !== ''))].join(ADDITIONAL_SEPARATOR);
}
