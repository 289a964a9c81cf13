import { COUNTRY_CODE } from '../../lib/regexes';
import { MATCHING_NAMES, SECONDARY_MATCHING_COLUMNS } from '../../lib/highlevel/matching';
import type { ImportScreenSettings } from '../../lib/settings';
import { DATE_FORMATS } from '../../lib/values/date';

/** Sub-account countries offered first; any other two-letter code can be typed. */
const COUNTRIES = [
  'US',
  'CA',
  'GB',
  'AU',
  'NZ',
  'IE',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'IN',
  'MX',
  'BR',
  'ZA',
];

/**
 * The settings of HighLevel's import screen that change the result: editing one re-runs the
 * check at once. The same keys as the settings schema (lib/settings.ts).
 */
export function SettingsBar({
  value,
  onChange,
}: {
  value: ImportScreenSettings;
  onChange: (next: ImportScreenSettings) => void;
}) {
  const set = <K extends keyof ImportScreenSettings>(key: K, next: ImportScreenSettings[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <form
      class="settings"
      aria-label="Import settings"
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        Country
        <input
          name="country"
          list="preflight-countries"
          value={value.country}
          maxLength={2}
          size={3}
          onChange={(event) => {
            const country = event.currentTarget.value.trim().toUpperCase();
            if (COUNTRY_CODE.test(country)) set('country', country);
          }}
        />
        <datalist id="preflight-countries">
          {COUNTRIES.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
      </label>
      <label title="This file's phones written without a country code are from this country (empty: the sub-account's)">
        Phones without + from
        <input
          name="phoneCountry"
          list="preflight-countries"
          value={value.phoneCountry ?? ''}
          placeholder={value.country}
          maxLength={2}
          size={3}
          onChange={(event) => {
            const country = event.currentTarget.value.trim().toUpperCase();
            if (country === '' || country === value.country) set('phoneCountry', null);
            else if (COUNTRY_CODE.test(country)) set('phoneCountry', country);
          }}
        />
      </label>
      <label>
        Date format
        <select
          name="dateFormat"
          value={value.dateFormat}
          onChange={(event) =>
            set('dateFormat', event.currentTarget.value as ImportScreenSettings['dateFormat'])
          }
        >
          {DATE_FORMATS.map((format) => (
            <option key={format}>{format}</option>
          ))}
        </select>
      </label>
      <label>
        Match on
        <select
          name="primary"
          value={value.primary}
          onChange={(event) =>
            set('primary', event.currentTarget.value as ImportScreenSettings['primary'])
          }
        >
          {Object.entries(MATCHING_NAMES).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        then
        <select
          name="secondary"
          value={value.secondary ?? ''}
          onChange={(event) =>
            set(
              'secondary',
              (event.currentTarget.value || null) as ImportScreenSettings['secondary'],
            )
          }
        >
          <option value="">nothing</option>
          {SECONDARY_MATCHING_COLUMNS.map((key) => (
            <option key={key} value={key}>
              {MATCHING_NAMES[key]}
            </option>
          ))}
        </select>
      </label>
      <label class="checkbox">
        <input
          type="checkbox"
          name="updateByContactId"
          checked={value.updateByContactId}
          onChange={(event) => set('updateByContactId', event.currentTarget.checked)}
        />
        Update by Contact ID
      </label>
    </form>
  );
}
