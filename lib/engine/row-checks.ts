import type { CheckHooks, Malformed, Row } from '../check';
import type { Column } from '../mapping';
import { PLAIN_TEXT } from '../regexes';

type CellHook = NonNullable<CheckHooks['cell']>;

/**
 * The checks' row hooks, sorted out once per file: for each column, the cell checks that apply
 * to it, in run order; every row then costs no lookup and no allocation.
 */
export class RowChecks {
  private readonly rowStart: CheckHooks[];
  private readonly rowEnd: CheckHooks[];
  private readonly pipelines: { column: Column; cells: CellHook[] }[];

  constructor(hooks: readonly CheckHooks[], columns: readonly Column[]) {
    this.rowStart = hooks.filter((h) => h.rowStart);
    this.rowEnd = hooks.filter((h) => h.row);
    this.pipelines = columns
      .map((column) => ({
        column,
        cells: hooks.flatMap((h) => (h.cell && h.cell.applies(column) ? [h.cell] : [])),
      }))
      .filter((p) => p.cells.length > 0);
  }

  check(row: Row, malformed: Malformed | null): void {
    for (const hook of this.rowStart) {
      if (hook.rowStart?.(row, malformed) === 'skip') return;
    }
    for (const { column, cells } of this.pipelines) {
      let plain: boolean | undefined;
      for (const cell of cells) {
        const value = row.values[column.index];
        if (value === undefined || value === '') break;
        if (cell.skipsPlainText && (plain ??= PLAIN_TEXT.test(value))) continue;
        cell.check(row, column, value);
      }
    }
    for (const hook of this.rowEnd) hook.row?.(row);
  }
}
