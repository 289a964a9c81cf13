import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Its content, rendered a task after it mounts: a heavy part of a view (the row grid) comes once
 * the rest is painted, so that neither makes one long task of a result. Only the content renders
 * then, not the view around it.
 */
export function Deferred({ children }: { children: () => ComponentChildren }) {
  const [shown, show] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => show(true));
    return () => clearTimeout(timer);
  }, []);
  return shown ? <>{children()}</> : null;
}
