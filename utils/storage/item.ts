import { browser } from 'wxt/browser';
/**
 * Calls back with a `browser.storage.local` key's new value whenever any extension page changes
 * it; returns the function that stops listening.
 */
export function watchStorageKey(key: string, onValue: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key];
    if (area === 'local' && change) onValue(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
