import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { getDefaultSettings, setDefaultSettings } from '../utils/default-settings';
import { HoldSwitch } from './HoldSwitch';
import { SettingsBar } from './SettingsBar';
import './report.css';

/**
 * The options page: the settings every check starts from, saved as soon as they change. (Users,
 * custom fields, the contacts export and the history settings come with the history issue.)
 */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void getDefaultSettings().then(setSettings);
  }, []);
  if (!settings) return null;

  const save = (next: Settings) => {
    setSettings(next);
    void setDefaultSettings(next).then(() => setSaved(true));
  };
  return (
    <main class="preflight" data-preflight-options>
      <header class="brand">
        <h1>Preflight options</h1>
        <p>The settings every check starts from. You can still change them beside each check.</p>
      </header>
      <SettingsBar value={settings} onChange={(changed) => save({ ...settings, ...changed })} />
      <HoldSwitch onSaved={() => setSaved(true)}>
        On HighLevel, hold the file until I choose (otherwise the page gets the original at once)
      </HoldSwitch>
      <p class="facts" role="status">
        {saved ? 'Saved.' : ''}
      </p>
    </main>
  );
}
