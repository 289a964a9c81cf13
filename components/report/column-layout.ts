import type { RowSource } from '../../utils/rows/text-rows';

/**
 * The grid's columns as shown: the columns with problems first (in the file's order), then the
 * others; each sized to its content, measured on the header and the first rows.
 */
export interface ColumnLayout {
  /** The file's column index shown at each position. */
  order: readonly number[];
  /** Where each position starts, in px from the first column; `starts[count]` is the total width. */
  starts: Float64Array;
}

/** Rows measured for a column's width: enough to see its values. */
const MEASURED_ROWS = 50;
/** Cells measured at most: a file of 100,000 columns is sized on its first row only. */
const MEASURED_CELLS = 100_000;
/** Widths in characters: no column so narrow that its header is lost, none wider than a value needs. */
const MIN_CHARS = 8;
const MAX_CHARS = 26;

/**
 * Each position's start, from the longest of the header and the first rows' values (cut to
 * MIN_CHARS…MAX_CHARS; fewer rows for a very wide file, so that sizing stays a few hundred
 * thousand reads). `charWidth` and `padding` in px: one character and a cell's padding.
 */
export function columnStarts(
  order: readonly number[],
  columns: readonly string[],
  rows: RowSource,
  { charWidth, padding }: { charWidth: number; padding: number },
): Float64Array {
  const count = Math.min(
    rows.length,
    Math.max(1, Math.min(MEASURED_ROWS, Math.floor(MEASURED_CELLS / Math.max(1, order.length)))),
  );
  const measured = Array.from({ length: count }, (_, i) => rows.at(i) ?? []);
  const starts = new Float64Array(order.length + 1);
  order.forEach((index, position) => {
    let chars = columns[index]?.length ?? 0;
    for (const row of measured) chars = Math.max(chars, row.at(index)?.length ?? 0);
    const clamped = Math.min(MAX_CHARS, Math.max(MIN_CHARS, chars));
    starts[position + 1] = (starts[position] ?? 0) + clamped * charWidth + padding;
  });
  return starts;
}
