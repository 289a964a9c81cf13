import { parseSettings, type Settings } from '../../lib/settings';
import exampleSettings from '../../assets/samples/settings.example.json';
import clean from '../../assets/samples/clean-contacts.csv?url';
import damaged from '../../assets/samples/damaged.csv?url';
import duplicates from '../../assets/samples/duplicates.csv?url';
import google from '../../assets/samples/google-contacts.csv?url';
import keap from '../../assets/samples/keap-export.csv?url';
import semicolon from '../../assets/samples/semicolon-export.csv?url';
import windows1252 from '../../assets/samples/windows-1252.csv?url';

/** One of assets/samples, bundled as bytes (an url, not text: windows-1252.csv is no UTF-8). */
export interface Sample {
  /** The file name without .csv: the button's `data-sample`. */
  id: string;
  label: string;
  about: string;
  url: string;
  /** settings.example.json's users and custom fields change what this file's check finds. */
  exampleSettings: boolean;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'keap-export',
    label: 'Keap export',
    about: 'phone formats, duplicates, bad emails, mixed dates',
    url: keap,
    exampleSettings: true,
  },
  {
    id: 'google-contacts',
    label: 'Google Contacts',
    about: 'values joined by " ::: ", type columns, ISO birthdays',
    url: google,
    exampleSettings: false,
  },
  {
    id: 'duplicates',
    label: 'Duplicates',
    about: 'contacts listed twice, owners, lifecycle stages',
    url: duplicates,
    exampleSettings: true,
  },
  {
    id: 'damaged',
    label: 'Damaged',
    about: 'shifted columns, an unclosed quote, invisible characters, a formula',
    url: damaged,
    exampleSettings: false,
  },
  {
    id: 'windows-1252',
    label: 'Windows-1252',
    about: 'an old encoding, with accented names',
    url: windows1252,
    exampleSettings: false,
  },
  {
    id: 'semicolon-export',
    label: 'Semicolons',
    about: 'a German export: semicolons, decimal commas, dotted dates',
    url: semicolon,
    exampleSettings: false,
  },
  {
    id: 'clean-contacts',
    label: 'Clean',
    about: 'no problems at all',
    url: clean,
    exampleSettings: false,
  },
];

/**
 * The settings a sample is checked with: Preflight's defaults, or settings.example.json, as the
 * README's CLI commands check it, so that the page and `preflight check` agree on every sample.
 */
export function sampleSettings(sample: Sample): Settings {
  const parsed = parseSettings(sample.exampleSettings ? exampleSettings : {});
  // The example is a file of this repository that tests/lib/settings-file.test.ts keeps valid.
  if (!parsed.ok) throw new Error(`settings.example.json: ${parsed.errors.join('; ')}`);
  return parsed.settings;
}

/** The sample as the File a pick would give (same name, same bytes). */
export async function sampleFile(sample: Sample): Promise<File> {
  const response = await fetch(sample.url);
  if (!response.ok) throw new Error(`${sample.id}.csv could not be read (${response.status})`);
  return new File([await response.blob()], `${sample.id}.csv`, { type: 'text/csv' });
}
