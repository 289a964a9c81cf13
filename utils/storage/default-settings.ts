import { defaultSettings, parseSettings, type Settings } from '../../lib/settings';
import { storageItem } from './item';

/**
 * The settings every check starts from: the options page edits them, open panels and checker
 * pages follow (watch) at once. The defaults stand in for junk.
 */
export const defaultSettingsItem = storageItem<Settings>('local', 'settings', (value) => {
  const parsed = parseSettings(value);
  return parsed.ok ? parsed.settings : defaultSettings();
});
