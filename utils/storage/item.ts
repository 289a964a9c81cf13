import { browser } from 'wxt/browser';

/**
 * One key in extension storage. Storage holds whatever wrote to it last, so every read goes through
 * `parse`, which turns anything into a valid value. Plain `browser.storage` rather than WXT's
 * storage helper: the content script runs on every HighLevel page, and the helper would add more
 * than half of its size.
 */
export interface StorageItem<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value whenever any extension context changes it; returns the stop. */
  watch(onChange: (value: T) => void): () => void;
}

export function storageItem<T>(
  area: 'local' | 'session',
  key: string,
  parse: (value: unknown) => T,
): StorageItem<T> {
  const storage = browser.storage[area];
  return {
    get: async () => parse((await storage.get(key))[key]),
    set: (value) => storage.set({ [key]: value }),
    remove: () => storage.remove(key),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
        const change = changes[key];
        if (changed === area && change) onChange(parse(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
