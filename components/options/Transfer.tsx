import { useState } from 'preact/hooks';
import {
  buildSettingsFile,
  parseSettingsFile,
  SETTINGS_FILE_NAME,
  type SettingsFileResult,
} from '../../lib/settings-file';
import type { Settings } from '../../lib/settings';
import { downloadText } from '../../utils/pages/download';
import { send } from '../../utils/messaging/send';
import { checkModeItem } from '../../utils/storage/check-mode';
import { retentionItem } from '../../utils/storage/retention';
import type { Track } from './editor';
import { phoneMetadata } from './phone-metadata';
import { FieldError, ProblemList } from './Section';

/** A settings file is a few KB; anything this big is the wrong file. */
const MAX_BYTES = 1024 * 1024;

/**
 * Writes a valid file's contents: the settings (to the sub-account shown, or the defaults), and
 * the hold switch and retention, which are every sub-account's, if it has them.
 */
async function apply(
  file: Extract<SettingsFileResult, { ok: true }>,
  store: (settings: Settings) => Promise<void>,
): Promise<void> {
  await store(file.settings);
  if (file.checkMode) await checkModeItem.set(file.checkMode);
  if (file.retention) {
    await retentionItem.set(file.retention);
    const reply = await send({ type: 'apply-retention' });
    if (!reply.ok) throw new Error(`older reports could not be deleted yet: ${reply.message}`);
  }
}

/** The sub-account whose settings the page shows; null for the defaults. */
export interface Shown {
  location: string;
  name: string;
}

/**
 * Every setting of this page as one JSON file, and back: all of it applied, or none of it. The
 * settings are the ones shown, a sub-account's when one is chosen above.
 */
export function Transfer({
  settings,
  shown,
  store,
  track,
  onImported,
}: {
  settings: Settings;
  shown: Shown | null;
  /** Saves imported settings where the page's own edits go. */
  store: (settings: Settings) => Promise<void>;
  track: Track;
  /** The parts that read storage only when they start (hold switch, retention) read it again. */
  onImported: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const whose = shown ? `the settings of ${shown.name}` : 'the default settings';

  const exportFile = async () => {
    const [checkMode, retention] = await Promise.all([checkModeItem.get(), retentionItem.get()]);
    downloadText(
      shown ? `preflight-settings-${shown.location}.json` : SETTINGS_FILE_NAME,
      buildSettingsFile({ settings, checkMode, retention }),
      'application/json',
    );
  };

  const importFile = async (file: File) => {
    setMessage(null);
    setProblems([]);
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(`Nothing imported: ${file.name} is over 1 MB, too big to be a settings file.`);
      return;
    }
    try {
      const parsed = parseSettingsFile(await file.text(), phoneMetadata);
      if (!parsed.ok) {
        const count = parsed.errors.length;
        setMessage(
          `Nothing imported: ${file.name} has ${count === 1 ? 'a problem' : `${count} problems`}.`,
        );
        setProblems(parsed.errors);
        return;
      }
      const write = apply(parsed, store);
      track(write);
      await write;
      setMessage(`Imported ${file.name} into ${whose}.`);
      onImported();
    } catch (failure) {
      setError(`Import stopped: ${(failure as Error).message}.`);
    }
  };

  return (
    <>
      <p data-transfer-target={shown?.location ?? 'default'}>
        Export and import act on {whose}
        {shown ? ' (chosen under Sub-accounts)' : ''}; the hold switch and the reports history are
        the same for every sub-account.
      </p>
      <div class="row-actions">
        <button type="button" data-action="export-settings" onClick={() => void exportFile()}>
          Export the settings
        </button>
        <label class="file-button">
          Import settings
          <input
            type="file"
            accept=".json,application/json"
            data-action="import-settings"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      {message && (
        <p class="import-result" data-import-settings={problems.length > 0 ? 'refused' : 'done'}>
          {message}
        </p>
      )}
      <ProblemList problems={problems} />
      <FieldError message={error} />
    </>
  );
}
