import { useState } from 'preact/hooks';
import type { SeveralValues as Way } from '../../lib/highlevel/several-values';
import { problemText, type SettingsEditor } from './editor';
import { FieldError } from './Section';

const WAYS: { key: Way; label: string }[] = [
  {
    key: 'additional-columns',
    label:
      "In HighLevel's Additional Emails and Additional Phones columns of the same row (one row a contact)",
  },
  {
    key: 'extra-rows',
    label:
      "As extra rows with the same name, as HighLevel's troubleshooting FAQ shows (only for a value HighLevel can match a row on)",
  },
];

/** Where the cleaned file writes a contact's second email or phone (PF07). */
export function SeveralValues({ settings, save }: SettingsEditor) {
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset class="toggles" data-setting="severalValues">
      <legend>A contact's other emails and phones</legend>
      {WAYS.map(({ key, label }) => (
        <label key={key} class="checkbox">
          <input
            type="radio"
            name="severalValues"
            value={key}
            checked={settings.severalValues === key}
            onChange={() => setError(problemText(save({ ...settings, severalValues: key })))}
          />
          {label}
        </label>
      ))}
      <FieldError message={error} />
    </fieldset>
  );
}
