import { useEffect } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { defaultSettingsItem } from '../utils/storage/default-settings';

/**
 * Starts a check page from the options page's settings (`load`), and follows them live
 * (`follow`): saving a setting in the options re-runs the check open beside HighLevel at once.
 */
export function useDefaultSettings(
  load: (settings: Settings) => void,
  follow: (settings: Settings) => void,
): void {
  useEffect(() => {
    void defaultSettingsItem.get().then(load);
    return defaultSettingsItem.watch(follow);
  }, []);
}
