import { browser } from 'wxt/browser';
// A type-only import: the content script must not bundle the settings schema.
import type { CheckMode } from '../../lib/settings-file';
import { watchStorageKey } from './item';

/**
 * How the content script treats a picked file: `hold` keeps it from the page until the user
 * chooses the cleaned or the original file; `alongside` lets the page have the original at once
 * and only reports. The options page and the panel both switch it.
 *
 * Plain `browser.storage.local` rather than WXT's storage helper: the content script runs on every
 * HighLevel page and the helper would add more than half of its size.
 */
export type { CheckMode };

const KEY = 'checkMode';

const asMode = (value: unknown): CheckMode => (value === 'alongside' ? 'alongside' : 'hold');

export async function getCheckMode(): Promise<CheckMode> {
  return asMode((await browser.storage.local.get(KEY))[KEY]);
}

export function setCheckMode(mode: CheckMode): Promise<void> {
  return browser.storage.local.set({ [KEY]: mode });
}

export function watchCheckMode(onChange: (mode: CheckMode) => void): () => void {
  return watchStorageKey(KEY, (value) => onChange(asMode(value)));
}
