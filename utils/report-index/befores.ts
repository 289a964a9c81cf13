import type { Change } from '../../lib/types';
import { firstAtLeast } from './first-at-least';
import { joinStrings, stringAt, type JoinedStrings } from './joined-strings';

/**
 * What each changed cell held before its fix, the only thing the page reads of a report's
 * changes (the grid shows it struck through, for the rows on screen). Made in the worker and sent
 * as typed arrays and one text, so the page never holds a change object: a 30 MB file's 230,000
 * of them kept the page's garbage collector busy 100 ms and more at a time. A cell fixed twice
 * (trimmed, then put in E.164) keeps what the file had: its first change.
 */
export interface Befores {
  /** The row of each changed cell, ascending. */
  rows: Int32Array;
  /** Its column, as an index into `columns`. */
  columnAt: Int32Array;
  columns: string[];
  /** Each changed cell's value before its fix. */
  values: JoinedStrings;
}

/**
 * The first change of each cell, by row. Changes come in row order but for merges, which add
 * theirs at the end: then they are sorted, stably, so each cell's changes keep their order.
 */
export function beforesOf(changes: readonly Change[]): Befores {
  const inOrder = changes.every(
    (change, k) => k === 0 || (changes[k - 1] as Change).row <= change.row,
  );
  const sorted = inOrder ? changes : [...changes].sort((a, b) => a.row - b.row);
  const columns: string[] = [];
  const columnIndex = new Map<string, number>();
  /** The last row each column was recorded for: the changes come by row. */
  const lastRow: number[] = [];
  const rows: number[] = [];
  const columnAt: number[] = [];
  const values: string[] = [];
  for (const { row, column, before } of sorted) {
    let index = columnIndex.get(column);
    if (index === undefined) {
      columnIndex.set(column, (index = columns.length));
      columns.push(column);
    }
    if (lastRow[index] === row) continue;
    lastRow[index] = row;
    rows.push(row);
    columnAt.push(index);
    values.push(before);
  }
  return {
    rows: Int32Array.from(rows),
    columnAt: Int32Array.from(columnAt),
    columns,
    values: joinStrings(values),
  };
}

/** What a cell held before its fix; undefined when it has none. By binary search over the rows. */
export function beforeLookup(
  befores: Befores,
): (row: number, column: string) => string | undefined {
  const { rows, columnAt, columns, values } = befores;
  return (row, column) => {
    for (let k = firstAtLeast(rows, row); k < rows.length && rows[k] === row; k++) {
      if (columns[columnAt[k] as number] === column) return stringAt(values, k);
    }
    return undefined;
  };
}
