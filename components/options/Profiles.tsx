import { useState } from 'preact/hooks';
import { isLocationId } from '../../lib/highlevel/location';
import type { Settings } from '../../lib/settings';
import { buildProfileFile } from '../../lib/settings-file';
import { downloadText } from '../../utils/pages/download';
import { profilesItem, type Profile } from '../../utils/storage/profiles';
import type { Track } from './editor';
import { FieldError } from './Section';

/**
 * The sub-accounts with settings of their own, and which settings this page edits: the defaults
 * or one sub-account's. A new one starts as a copy of the settings shown; each can be renamed,
 * exported (the settings file the CLI's --settings reads) or deleted.
 */
export function Profiles({
  profiles,
  editing,
  onEdit,
  shown,
  track,
}: {
  profiles: Record<string, Profile>;
  /** The location id whose settings the page shows, or null for the defaults. */
  editing: string | null;
  onEdit: (location: string | null) => void;
  shown: Settings;
  track: Track;
}) {
  const [location, setLocation] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const write = (next: Record<string, Profile>) => track(profilesItem.set(next));
  const current = editing === null ? undefined : profiles[editing];

  const add = () => {
    const id = location.trim();
    if (!isLocationId(id)) {
      setError('A location id is the letters and digits after /location/ in HighLevel’s address.');
      return;
    }
    if (profiles[id]) {
      setError(`${id} has settings already: choose it above.`);
      return;
    }
    setError(null);
    write({ ...profiles, [id]: { name: name.trim() || id, settings: shown } });
    setLocation('');
    setName('');
    onEdit(id);
  };

  return (
    <div class="profiles" data-profiles>
      <label>
        Settings shown on this page{' '}
        <select
          name="profile"
          value={editing ?? ''}
          onChange={(event) => onEdit(event.currentTarget.value || null)}
        >
          <option value="">Default settings (every other sub-account)</option>
          {Object.entries(profiles).map(([id, profile]) => (
            <option key={id} value={id}>
              {profile.name} ({id})
            </option>
          ))}
        </select>
      </label>
      {editing !== null && current && (
        <p class="profile-actions">
          <label>
            Name{' '}
            <input
              name="profile-name"
              value={current.name}
              onChange={(event) => {
                const renamed = event.currentTarget.value.trim() || editing;
                write({ ...profiles, [editing]: { ...current, name: renamed } });
              }}
            />
          </label>{' '}
          <button
            type="button"
            data-action="export-profile"
            onClick={() =>
              downloadText(
                `preflight-${editing}.json`,
                buildProfileFile(current.settings),
                'application/json',
              )
            }
          >
            Export
          </button>{' '}
          <button
            type="button"
            data-action="delete-profile"
            onClick={() => {
              const rest = Object.fromEntries(
                Object.entries(profiles).filter(([id]) => id !== editing),
              );
              write(rest);
              onEdit(null);
            }}
          >
            Delete
          </button>
        </p>
      )}
      <p class="profile-add">
        <label>
          Location id{' '}
          <input
            name="new-profile-location"
            value={location}
            placeholder="ve9EPM428h8vShlRW1KT"
            onInput={(event) => setLocation(event.currentTarget.value)}
          />
        </label>{' '}
        <label>
          Name{' '}
          <input
            name="new-profile-name"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="button" data-action="add-profile" onClick={add}>
          Add a sub-account with the settings shown
        </button>
      </p>
      <FieldError message={error} />
    </div>
  );
}
