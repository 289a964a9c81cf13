import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface GridViewport {
  left: number;
  top: number;
  /** The scroll box's inner width: what is in view across. */
  width: number;
}

/** Where a scroll box is scrolled and how wide it is, following scrolls and resizes. */
export function useGridViewport() {
  const ref = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<GridViewport>({ left: 0, top: 0, width: 0 });
  const measure = () => {
    const box = ref.current;
    if (box) setViewport({ left: box.scrollLeft, top: box.scrollTop, width: box.clientWidth });
  };
  // Measured by the observer's first report, after the browser's own layout and before the first
  // paint: the first frame shows every column in view, and the check's result is not held up by
  // a layout forced in the middle of rendering it (60 ms at 225,000 rows).
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return { ref, viewport, onScroll: measure };
}
