import { parseSettings, type Settings } from '../../lib/settings';
import { storageItem } from './item';
import { withRemembered, type RememberedMappings } from './mappings';

/** One sub-account's settings: its country, users, custom fields, matching, mappings. */
export interface Profile {
  name: string;
  settings: Settings;
}

/**
 * Settings per HighLevel sub-account, by location id (lib/highlevel/location.ts). A page without
 * a location id, or one with no profile of its own, uses the default settings (the `settings`
 * item the options page edits). A profile whose settings no longer validate is left out.
 */
export const profilesItem = storageItem<Record<string, Profile>>('local', 'profiles', (value) => {
  if (typeof value !== 'object' || value === null) return {};
  const profiles: Record<string, Profile> = {};
  for (const [location, entry] of Object.entries(value as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { name, settings } = entry as { name?: unknown; settings?: unknown };
    const parsed = parseSettings(settings);
    if (parsed.ok)
      profiles[location] = {
        name: typeof name === 'string' ? name : location,
        settings: parsed.settings,
      };
  }
  return profiles;
});

/** A mapping chosen in the panel on one sub-account's page, kept in its profile. */
export async function rememberInProfile(
  location: string,
  chosen: RememberedMappings,
): Promise<void> {
  const profiles = await profilesItem.get();
  const profile = profiles[location];
  if (!profile) return;
  const settings = withRemembered(profile.settings, chosen);
  await profilesItem.set({ ...profiles, [location]: { ...profile, settings } });
}
