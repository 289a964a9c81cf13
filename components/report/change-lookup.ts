import type { Change } from '../../lib/types';
import { inRowOrder } from '../../utils/report-index/change-order';

/**
 * What a cell held before its fix, for the rows on screen only. Found by binary search over the
 * changes in row order, so the panel never builds an index over every change when a result
 * arrives (100,000 phones put in E.164 are 100,000 changes). Changes come in row order but for
 * merges, which add theirs at the end: then a copy is sorted once, by row (a stable sort keeps
 * file order). A cell fixed twice (trimmed, then put in E.164) shows what the file had: its first
 * change.
 */
export function changeLookup(
  changes: readonly Change[],
): (row: number, column: string) => string | undefined {
  const sorted = inRowOrder(changes) ? changes : [...changes].sort((a, b) => a.row - b.row);
  const rowAt = (k: number) => sorted[k]?.row ?? Infinity;
  return (row, column) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (rowAt(middle) < row) low = middle + 1;
      else high = middle;
    }
    for (let k = low; rowAt(k) === row; k++) {
      if (sorted[k]?.column === column) return sorted[k]?.before;
    }
    return undefined;
  };
}
