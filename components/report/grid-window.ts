/** The items of one axis of the grid to render: indexes `first` up to, not including, `last`. */
export interface GridWindow {
  first: number;
  last: number;
}

export interface Axis {
  /** How far the axis is scrolled, in px. */
  offset: number;
  /** How much of it is in view, in px. */
  viewport: number;
  /** Every item is this many px: fixed sizes keep the window a few sums, whatever the count. */
  size: number;
  count: number;
  /** Items rendered beyond each edge, so that a fast scroll does not show blank space. */
  overscan: number;
}

/**
 * The items in view plus the overscan. Scrolled past the end (the grid just got fewer items) it is
 * the last screenful, never an empty grid.
 */
export function gridWindow({ offset, viewport, size, count, overscan }: Axis): GridWindow {
  if (count <= 0 || size <= 0) return { first: 0, last: 0 };
  const end = Math.min(count, Math.ceil((Math.max(0, offset) + viewport) / size));
  const start = Math.max(0, Math.min(Math.floor(offset / size), end - Math.ceil(viewport / size)));
  return { first: Math.max(0, start - overscan), last: Math.min(count, end + overscan) };
}

/**
 * The columns in view plus the overscan, for columns of their own widths: `starts` holds where
 * each begins and, last, where the last ends (column-layout.ts). Two binary searches.
 */
export function spanWindow(
  starts: Float64Array,
  { offset, viewport, overscan }: Pick<Axis, 'offset' | 'viewport' | 'overscan'>,
): GridWindow {
  const count = starts.length - 1;
  if (count <= 0) return { first: 0, last: 0 };
  // Scrolled past the end (the grid just got narrower): the last screenful.
  const from = Math.max(0, Math.min(offset, (starts[count] ?? 0) - viewport));
  const first = positionAt(starts, from);
  const last = positionAt(starts, from + viewport) + 1;
  return { first: Math.max(0, first - overscan), last: Math.min(count, last + overscan) };
}

/** The first column that ends after `offset`; the last one when the offset is past the end. */
export function positionAt(starts: Float64Array, offset: number): number {
  let low = 0;
  let high = Math.max(0, starts.length - 2);
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle + 1] ?? Infinity) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
