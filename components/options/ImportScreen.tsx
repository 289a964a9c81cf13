import { useState } from 'preact/hooks';
import { COUNTRY_CODE } from '../../lib/regexes';
import { HoldSwitch } from '../panel/HoldSwitch';
import { SettingsBar } from '../panel/SettingsBar';
import { problemText, type SettingsEditor, type Track } from './editor';
import { FieldError } from './Section';

const countryProblem = (typed: string) =>
  `${typed ? `"${typed}" is not a country code Preflight knows` : 'The country is empty'}: use two letters, such as US, GB or AU. Not saved.`;

/** The choices of HighLevel's import screen, which every check starts from, and hold or not. */
export function ImportScreen({ settings, save, track }: SettingsEditor & { track: Track }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <div
        // The bar ignores a country that is not two letters; say so here rather than stay silent.
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          const typed = input.value.trim().toUpperCase();
          if (input.name === 'country' && !COUNTRY_CODE.test(typed))
            setError(countryProblem(typed));
        }}
      >
        <SettingsBar
          value={settings}
          onChange={(changed) => {
            const errors = save({ ...settings, ...changed });
            const country = errors.some((e) => e.startsWith('country:'));
            setError(country ? countryProblem(changed.country) : problemText(errors));
          }}
        />
        <FieldError message={error} />
      </div>
      <HoldSwitch onSaved={() => track(Promise.resolve())}>
        On HighLevel, hold the file until I choose the cleaned or the original one (otherwise the
        page gets the original at once and Preflight only reports)
      </HoldSwitch>
    </>
  );
}
