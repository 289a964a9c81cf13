import { useState } from 'preact/hooks';
import { FIX_KIND_KEYS, FIX_KINDS, withFixKind } from '../../lib/fixes';
import type { Settings } from '../../lib/settings';
import { problemText, type SettingsEditor } from './editor';
import { FieldError } from './Section';

const OPT_IN: { key: 'mergeDuplicates' | 'applyEmailTypos'; label: string }[] = [
  {
    key: 'mergeDuplicates',
    label: 'Merge rows that share an email, a phone or a Contact ID into one contact (1011, 1012)',
  },
  {
    key: 'applyEmailTypos',
    label:
      'Fix likely email domain typos (gmial.com → gmail.com) in the cleaned file, instead of only suggesting them',
  },
];

/**
 * The fixes that change data a person might want kept as it is, off unless chosen here; then
 * every other kind of fix, on unless turned off (the cleaned file keeps those values as written).
 */
export function Fixes({ settings, save }: SettingsEditor) {
  const [error, setError] = useState<string | null>(null);
  const saveFixes = (fixes: Settings['fixes']) =>
    setError(problemText(save({ ...settings, fixes })));
  return (
    <div class="toggles">
      {OPT_IN.map(({ key, label }) => (
        <label key={key} class="checkbox">
          <input
            type="checkbox"
            name={key}
            checked={settings.fixes[key]}
            onChange={(event) =>
              saveFixes({ ...settings.fixes, [key]: event.currentTarget.checked })
            }
          />
          {label}
        </label>
      ))}
      <p class="muted">
        The fixes the cleaned file makes; untick one to keep those values as written.
      </p>
      {FIX_KIND_KEYS.map((kind) => (
        <label key={kind} class="checkbox">
          <input
            type="checkbox"
            name={`fix-${kind}`}
            data-fix-kind={kind}
            checked={!settings.fixes.off.includes(kind)}
            onChange={(event) =>
              saveFixes(withFixKind(settings.fixes, kind, event.currentTarget.checked))
            }
          />
          {FIX_KINDS[kind].label}
        </label>
      ))}
      <FieldError message={error} />
    </div>
  );
}
