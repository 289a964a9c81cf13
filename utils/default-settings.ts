import { defaultSettings, parseSettings, type Settings } from '../lib/settings';

const SETTINGS_KEY = 'settings';

/**
 * The settings every check starts from (the options page edits them), validated on the way out:
 * storage is only as trustworthy as whatever wrote to it last.
 */
export async function getDefaultSettings(): Promise<Settings> {
  const parsed = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  return parsed.ok ? parsed.settings : defaultSettings();
}

export function setDefaultSettings(settings: Settings): Promise<void> {
  return browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
