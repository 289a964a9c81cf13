import { browser } from 'wxt/browser';

/**
 * Whether this content script still belongs to a running extension. Reloading or updating the
 * extension leaves the scripts already in open tabs orphaned: their `runtime` calls throw
 * "Extension context invalidated", so an orphan must step aside and let the page have its files.
 */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id !== undefined;
  } catch {
    return false;
  }
}
