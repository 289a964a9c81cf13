import type { Row, Run } from '../../check';
import type { Code } from '../../highlevel/codes';

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
 * Folds `from` into `into`: later non-empty values win; `from` leaves the cleaned file. Callers
 * merge no row HighLevel would skip (`run.isRejected`): its unfixed values would reach a clean row.
 */
export function mergeRows(run: Run, into: Row, from: Row, code: Code): void {
  for (const column of run.columns) {
    const value = from.values[column.index] ?? '';
    if (value.trim() !== '' && value !== into.values[column.index])
      run.set(into, column, code, value);
  }
  run.omit(from);
}
