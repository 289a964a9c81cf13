import { browser } from 'wxt/browser';
import { defaultSettings, parseSettings, type Settings } from '../../lib/settings';
import { watchStorageKey } from './item';

const SETTINGS_KEY = 'settings';

/** Storage is only as trustworthy as whatever wrote to it last: the defaults stand in for junk. */
function settingsFrom(value: unknown): Settings {
  const parsed = parseSettings(value);
  return parsed.ok ? parsed.settings : defaultSettings();
}

/** The settings every check starts from (the options page edits them), validated on the way out. */
export async function getDefaultSettings(): Promise<Settings> {
  return settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export function setDefaultSettings(settings: Settings): Promise<void> {
  return browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/**
 * Calls back with the new settings whenever the options page (in any tab) saves them, so open
 * panels and checker pages follow at once; returns the function that stops listening.
 */
export function watchDefaultSettings(onChange: (settings: Settings) => void): () => void {
  return watchStorageKey(SETTINGS_KEY, (value) => onChange(settingsFrom(value)));
}
