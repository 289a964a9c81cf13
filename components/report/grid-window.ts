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
