import { useRef } from 'preact/hooks';
import type { RowSource } from '../../utils/rows/text-rows';
import { columnStarts, type ColumnLayout } from './column-layout';

const sameHeaders = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((header, i) => header === b[i]);

/**
 * The grid's column order and widths for this file, made when its columns first arrive and kept
 * through re-checks of the same columns: a column whose last problem an edit fixed stays where
 * the user is working, instead of jumping to the back.
 */
export function useColumnLayout(
  columns: readonly string[],
  rows: RowSource,
  columnOrder: ArrayLike<number>,
  sizes: { charWidth: number; padding: number },
): ColumnLayout & { headers: readonly string[] } {
  const kept = useRef<{
    columns: readonly string[];
    layout: ColumnLayout & { headers: string[] };
  } | null>(null);
  const current = kept.current;
  if (current && (current.columns === columns || sameHeaders(current.columns, columns))) {
    current.columns = columns;
    return current.layout;
  }
  const order = Array.from(columnOrder);
  const layout = {
    order,
    starts: columnStarts(order, columns, rows, sizes),
    headers: order.map((index) => columns[index] ?? ''),
  };
  kept.current = { columns, layout };
  return layout;
}
