import { useEffect } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { getDefaultSettings, watchDefaultSettings } from './default-settings';

/**
 * Starts a check page from the options page's settings, and follows them live: saving a setting
 * in the options re-runs the check open beside HighLevel at once.
 */
export function useDefaultSettings(apply: (settings: Settings) => void): void {
  useEffect(() => {
    void getDefaultSettings().then(apply);
    return watchDefaultSettings(apply);
  }, []);
}
