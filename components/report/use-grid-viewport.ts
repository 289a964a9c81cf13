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
  // Measured before the first paint, so the first frame already shows every column in view.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return { ref, viewport, onScroll: measure };
}
