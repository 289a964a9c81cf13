import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { defaultSettingsItem } from '../utils/storage/default-settings';

/**
 * Starts a check page from the options page's settings (`load`), and follows them live
 * (`follow`): saving a setting in the options re-runs the check open beside HighLevel at once.
 * `allowed`: whether this page may read them (null while that is being asked); a page that may
 * not keeps the defaults. Returns whether the settings are settled, read or refused.
 */
export function useDefaultSettings(
  load: (settings: Settings) => void | Promise<void>,
  follow: (settings: Settings) => void,
  allowed: boolean | null = true,
): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (allowed !== true) return;
    let live = true;
    void defaultSettingsItem.get().then(async (settings) => {
      if (!live) return;
      await load(settings);
      setLoaded(true);
    });
    const stop = defaultSettingsItem.watch(follow);
    return () => {
      live = false;
      stop();
    };
  }, [allowed]);
  return allowed === false || loaded;
}
