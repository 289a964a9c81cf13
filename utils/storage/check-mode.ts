// A type-only import: the content script must not bundle the settings schema.
import type { CheckMode } from '../../lib/settings-file';
import { storageItem } from './item';

/**
 * How the content script treats a picked file: `hold` keeps it from the page until the user
 * chooses the cleaned or the original file; `alongside` lets the page have the original at once
 * and only reports. The options page and the panel both switch it.
 */
export type { CheckMode };

export const checkModeItem = storageItem<CheckMode>('local', 'checkMode', (value) =>
  value === 'alongside' ? 'alongside' : 'hold',
);
