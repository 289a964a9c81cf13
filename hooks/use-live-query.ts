import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * A database query that re-runs whenever the data it read changes, in this page or in the
 * background (Dexie broadcasts writes between same-origin contexts). Undefined while loading.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Preflight: reading the reports failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
