import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { problemText, type SettingsEditor } from './editor';
import { FieldError } from './Section';

const FIXES: { key: keyof Settings['fixes']; label: string }[] = [
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

/** The fixes that change data a person might want kept as it is: off unless chosen here. */
export function Fixes({ settings, save }: SettingsEditor) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="toggles">
      {FIXES.map(({ key, label }) => (
        <label key={key} class="checkbox">
          <input
            type="checkbox"
            name={key}
            checked={settings.fixes[key]}
            onChange={(event) =>
              setError(
                problemText(
                  save({
                    ...settings,
                    fixes: { ...settings.fixes, [key]: event.currentTarget.checked },
                  }),
                ),
              )
            }
          />
          {label}
        </label>
      ))}
      <FieldError message={error} />
    </div>
  );
}
