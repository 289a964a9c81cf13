/** A cell of the grid by position: the index among the rows shown and the column's index. */
export interface Spot {
  row: number;
  column: number;
}

export interface GridSize {
  rows: number;
  columns: number;
  /** Rows in one screenful, for PageUp and PageDown. */
  page: number;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max - 1));

/**
 * Where a navigation key moves the selection (the ARIA grid pattern's keys): arrows by one cell,
 * Home and End to the row's ends (with Ctrl, the grid's), PageUp and PageDown by a screenful.
 * Null for any other key.
 */
export function moveFor(key: string, ctrl: boolean, at: Spot, size: GridSize): Spot | null {
  const { row, column } = at;
  const to = (r: number, c: number) => ({
    row: clamp(r, size.rows),
    column: clamp(c, size.columns),
  });
  switch (key) {
    case 'ArrowUp':
      return to(row - 1, column);
    case 'ArrowDown':
      return to(row + 1, column);
    case 'ArrowLeft':
      return to(row, column - 1);
    case 'ArrowRight':
      return to(row, column + 1);
    case 'Home':
      return to(ctrl ? 0 : row, 0);
    case 'End':
      return to(ctrl ? size.rows - 1 : row, size.columns - 1);
    case 'PageUp':
      return to(row - size.page, column);
    case 'PageDown':
      return to(row + size.page, column);
    default:
      return null;
  }
}

/**
 * The next problem cell after `at` in reading order (backwards with `back`), wrapping around;
 * `problems(row)` lists a shown row's problem columns in order. Null when there is none.
 */
export function nextProblem(
  at: Spot,
  rows: number,
  problems: (row: number) => readonly number[],
  back = false,
): Spot | null {
  const step = back ? -1 : 1;
  for (let k = 0; k <= rows; k++) {
    const row = (((at.row + step * k) % rows) + rows) % rows;
    const columns = back ? [...problems(row)].reverse() : problems(row);
    const found = columns.find((c) => (k === 0 ? (back ? c < at.column : c > at.column) : true));
    if (found !== undefined) return { row, column: found };
  }
  return null;
}
