import type { Change } from '../../lib/types';

/**
 * Whether a report's changes come in row order, which they do but for merges (those add theirs at
 * the end). Seen as the changes arrive in parts from a worker (ReportParts), so the report's
 * arrival does not read 100,000 changes again to know it; any other list is read on first ask.
 */
export class RowOrder {
  private last = -Infinity;
  inOrder = true;

  add(changes: readonly Change[]): void {
    for (const { row } of changes) {
      if (row < this.last) this.inOrder = false;
      this.last = row;
    }
  }
}

const known = new WeakMap<readonly Change[], boolean>();

export function inRowOrder(changes: readonly Change[]): boolean {
  let inOrder = known.get(changes);
  if (inOrder === undefined) {
    const order = new RowOrder();
    order.add(changes);
    known.set(changes, (inOrder = order.inOrder));
  }
  return inOrder;
}

/** `order` saw exactly these changes, which will not change: later asks get its answer. */
export function keepRowOrder(changes: readonly Change[], order: RowOrder): void {
  known.set(changes, order.inOrder);
}
