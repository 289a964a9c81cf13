import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { validateSettings } from '../../lib/settings-file';
import { defaultSettingsItem } from '../../utils/storage/default-settings';
import { useDefaultSettings } from '../../hooks/use-default-settings';
import { CustomFields } from './CustomFields';
import type { Track } from './editor';
import { FileLimits } from './FileLimits';
import { Fixes } from './Fixes';
import { SeveralValues } from './SeveralValues';
import { ImportScreen } from './ImportScreen';
import { phoneMetadata } from './phone-metadata';
import { Privacy } from './Privacy';
import { Profiles } from './Profiles';
import { profilesItem, type Profile } from '../../utils/storage/profiles';
import { Reference } from './Reference';
import { Retention } from './Retention';
import { Section } from './Section';
import { Sites } from './Sites';
import { Transfer } from './Transfer';
import { Users } from './Users';
import '../theme.css';
import '../report/report.css';
import './options.css';

/**
 * The options page: the settings every check starts from, and what Preflight keeps. Every change
 * is validated and saved at once; open panels and checker pages follow (defaultSettingsItem.watch).
 */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // `saves` counts the saves made: a hook for tests and scripts to tell one "Saved." from the next.
  const [status, setStatus] = useState({ text: '', failed: false, saves: 0 });
  // Bumped by an import: the parts that read storage once, when they start, start again.
  const [imported, setImported] = useState(0);
  useDefaultSettings(setSettings, setSettings);
  const [profiles, setProfiles] = useState<Record<string, Profile>>({});
  // The sub-account whose settings the page shows and saves, or null for the defaults.
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    void profilesItem.get().then(setProfiles);
    return profilesItem.watch(setProfiles);
  }, []);
  if (!settings) return null;
  const profile = editing === null ? undefined : profiles[editing];
  const shown = profile?.settings ?? settings;

  const track: Track = (write) => {
    // Emptied first, so that a second "Saved." is announced again.
    setStatus((old) => ({ ...old, text: '', failed: false }));
    write.then(
      () => setStatus((old) => ({ text: 'Saved.', failed: false, saves: old.saves + 1 })),
      (failure: Error) =>
        setStatus((old) => ({ ...old, text: `Not saved: ${failure.message}`, failed: true })),
    );
  };
  /** Valid settings, into the sub-account's profile shown or the defaults. */
  const store = (next: Settings): Promise<void> => {
    if (editing !== null && profile) {
      const updated = { ...profiles, [editing]: { ...profile, settings: next } };
      setProfiles(updated);
      return profilesItem.set(updated);
    }
    setSettings(next);
    return defaultSettingsItem.set(next);
  };
  const save = (next: Settings): string[] => {
    const checked = validateSettings(next, phoneMetadata);
    if (!checked.ok) return checked.errors;
    track(store(checked.settings));
    return [];
  };
  const editor = { settings: shown, save };

  return (
    <main class="preflight options" data-preflight-options>
      <header class="brand">
        <h1>Preflight options</h1>
        <p>
          The settings every check starts from: you can still change the import screen's choices
          beside each check. Every change is saved at once.
        </p>
      </header>
      <Privacy />
      <Section
        id="sub-accounts"
        title="Sub-accounts"
        intro="Agencies run many sub-accounts, each with its own country, users and custom fields. On a HighLevel page of a sub-account listed here (its location id is in the address, after /location/), checks use its settings; everywhere else, the defaults. The sections below edit the settings chosen here."
      >
        <Profiles
          profiles={profiles}
          editing={editing}
          onEdit={(location) => {
            setEditing(location);
            setImported(imported + 1);
          }}
          shown={shown}
          track={track}
        />
      </Section>
      <Section
        id="import-screen"
        title="HighLevel's import screen"
        intro="Choose what you choose on HighLevel's import screen, so that Preflight predicts what it will do."
      >
        <ImportScreen key={imported} {...editor} track={track} />
      </Section>
      <Section
        id="checks"
        title="File limits and fixes"
        intro="HighLevel refuses files over its size limit: the cleaned file is then split into parts that fit. Over the row limit (10,000, the figure HighLevel's troubleshooting FAQ gives), the parts are offered as well."
      >
        <FileLimits {...editor} />
        <Fixes {...editor} />
        <SeveralValues {...editor} />
      </Section>
      <Section
        id="users"
        title="Users of the account"
        intro="The Owner column must name one of these users, by email or as First Last (1002, 1015)."
      >
        <Users {...editor} />
      </Section>
      <Section
        id="custom-fields"
        title="Custom fields"
        intro="Columns named like these are mapped to them, and dropdown, radio and checkbox values are checked against their options (1005, 1016, 1018)."
      >
        <CustomFields {...editor} />
      </Section>
      <Section
        id="reference"
        title="Contacts already in HighLevel"
        intro="Load a contacts export from HighLevel (Contacts → Export) to find Contact IDs that do not exist (1006) and rows matching several existing contacts (1010)."
      >
        <Reference country={shown.country} track={track} />
      </Section>
      <Section
        id="retention"
        title="Reports history"
        intro="Each check is kept as a report on this device. Older reports are deleted once either limit is passed."
      >
        <Retention key={imported} track={track} />
      </Section>
      <Section
        id="sites"
        title="Your own HighLevel domains"
        intro="The white-label domains Preflight runs on, besides HighLevel's own (gohighlevel.com and leadconnectorhq.com)."
      >
        <Sites track={track} />
      </Section>
      <Section
        id="transfer"
        title="Move these settings"
        intro="Export every setting on this page as one file, to import here again or in another browser."
      >
        <Transfer
          settings={shown}
          shown={editing !== null && profile ? { location: editing, name: profile.name } : null}
          store={store}
          track={track}
          onImported={() => setImported(imported + 1)}
        />
      </Section>
      <p
        class={`saved ${status.failed ? 'is-failed' : ''}`}
        role="status"
        data-saves={status.saves}
      >
        {status.text}
      </p>
    </main>
  );
}
