import type { Row, Run } from '../../check';
import type { Code } from '../../codes';

/** Rows grouped by a key, to find values that appear on more than one row. */
export class Groups {
  private readonly rows = new Map<string, number[]>();
  private readonly values = new Map<string, string>();

  add(key: string, value: string, row: Row): void {
    const list = this.rows.get(key);
    if (list) list.push(row.number);
    else {
      this.rows.set(key, [row.number]);
      this.values.set(key, value);
    }
  }

  *duplicates(): Generator<{ value: string; rows: number[] }> {
    for (const [key, rows] of this.rows) {
      if (rows.length > 1) yield { value: this.values.get(key) ?? key, rows };
    }
  }
}

/** Folds `from` into `into`: later non-empty values win; `from` leaves the cleaned file. */
export function mergeRows(run: Run, into: Row, from: Row, code: Code): void {
  for (const column of run.columns) {
    const value = from.values[column.index] ?? '';
    if (value.trim() !== '' && value !== into.values[column.index])
      run.set(into, column, code, value);
  }
  run.omit(from);
}

/** "4, 9 and 12" */
export function listRows(rows: readonly number[]): string {
  return rows.length < 2 ? rows.join('') : `${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`;
}
