import { useRef, useState } from 'preact/hooks';
import { headerKey } from '../lib/highlevel/fields';
import type { Settings } from '../lib/settings';
import {
  rememberedMappingsItem,
  withRemembered,
  type RememberedMappings,
} from '../utils/storage/mappings';
import { profilesItem, rememberInProfile } from '../utils/storage/profiles';
import { useDefaultSettings } from './use-default-settings';
import type { useCheck } from './use-check';

type Check = ReturnType<typeof useCheck>;

/**
 * The settings a panel checks with: the options page's defaults with the mappings chosen before,
 * or, on a sub-account's page, that sub-account's profile. `ours`: whether the panel is our own
 * (usePassCheck); one a page framed itself reads and keeps none of these.
 */
export function usePanelSettings({
  ours,
  settings,
  changeSettings,
  check,
}: {
  ours: boolean | null;
  settings: Settings;
  changeSettings: Check['changeSettings'];
  check: Check['check'];
}) {
  // The mappings chosen in this panel before: the same headers map the same way again.
  const remembered = useRef<RememberedMappings>({});
  // The default settings as last read, and the sub-account profile in use (null: the defaults).
  const defaults = useRef<Settings | null>(null);
  // A ref for the handlers bound once (the port's, the options' watch), state for the screen.
  const activeProfile = useRef<{ location: string; name: string } | null>(null);
  const [profile, setProfile] = useState(activeProfile.current);
  const settled = useDefaultSettings(
    async (saved) => {
      remembered.current = await rememberedMappingsItem.get();
      defaults.current = saved;
      changeSettings(withRemembered(saved, remembered.current));
    },
    (next) => {
      defaults.current = next;
      // A sub-account's own profile stands; only the defaults follow the options page.
      if (activeProfile.current === null) {
        changeSettings(withRemembered(next, remembered.current), { newAttempt: true });
      }
    },
    ours,
  );
  /** Checks a new file with its sub-account's profile, or the defaults when it has none. */
  const checkWithProfile = async (file: File, location: string | null) => {
    const profiles = ours && location ? await profilesItem.get() : {};
    const found = location ? profiles[location] : undefined;
    const next = found && location ? { location, name: found.name } : null;
    if (next?.location === activeProfile.current?.location || !defaults.current) {
      return check(file);
    }
    activeProfile.current = next;
    setProfile(next);
    check(file, found?.settings ?? withRemembered(defaults.current, remembered.current));
  };
  /** A column mapped in the panel: checked again at once, and remembered. */
  const map = (header: string, field: string | null) => {
    const chosen = { [headerKey(header)]: field };
    const mapping = withRemembered(settings, chosen).mapping;
    changeSettings({ mapping });
    // Remembered only by our own panel (a page that frames one keeps nothing): in the
    // sub-account's profile when it has one, else for every other page.
    if (!ours) return;
    const active = activeProfile.current;
    if (active) void rememberInProfile(active.location, chosen);
    else {
      remembered.current = { ...remembered.current, ...chosen };
      void rememberedMappingsItem.set(remembered.current);
    }
  };

  return { settled, profile, checkWithProfile, map };
}
