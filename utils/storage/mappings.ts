import { headerKey, isMappableField } from '../../lib/highlevel/fields';
import type { Settings } from '../../lib/settings';
import { storageItem } from './item';

/** A column's field as the user chose it in the panel: a field key, or null for "don't import". */
export type RememberedMappings = Record<string, string | null>;

/**
 * The mappings chosen in the panel, by header (headerKey: case and spacing aside), so that the same
 * headers map the same way next time. Anything else in storage reads as nothing remembered.
 */
export const rememberedMappingsItem = storageItem<RememberedMappings>(
  'local',
  'mappings',
  (value) => {
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string | null] =>
          entry[1] === null || typeof entry[1] === 'string',
      ),
    );
  },
);

/**
 * The settings with the remembered mappings on top (the user's latest choice wins), leaving out any
 * that no longer name a field (a custom field deleted since): those settings would not validate.
 */
export function withRemembered(settings: Settings, remembered: RememberedMappings): Settings {
  const usable = Object.entries(remembered).filter(
    ([, key]) => key === null || isMappableField(key, settings.customFields),
  );
  if (usable.length === 0) return settings;
  const chosen = new Set(usable.map(([header]) => header));
  // The same header written differently in the settings gives way to the remembered choice.
  const kept = Object.entries(settings.mapping).filter(
    ([header]) => !chosen.has(headerKey(header)),
  );
  const mapping = Object.fromEntries([...kept, ...usable]);
  return { ...settings, mapping };
}
