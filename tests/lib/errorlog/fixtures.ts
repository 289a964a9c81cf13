import { explainErrorLog } from '../../../lib/errorlog';
import { parseSettings, type SettingsInput } from '../../../lib/settings';
import { phoneMetadata } from '../../helpers';

export const encode = (text: string) => new TextEncoder().encode(text);

/** A log explained against an original, both as CSV text; fails the test on a bad log. */
export function explainAgainst(log: string, original: string | null, settings: SettingsInput = {}) {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const result = explainErrorLog(
    encode(log),
    original === null ? null : { name: 'original.csv', bytes: encode(original) },
    parsed.settings,
    { phoneMetadata },
  );
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** An original with one row per kind of failure, rows 2–8. */
export const ORIGINAL = [
  'First Name,Last Name,Email,Phone,Birthday,Contact Id',
  'Ann,Lee,ann@example.com,202-555-0147,07/04/1981,',
  'Bob,Ray,bob@example,202-555-0148,,',
  'Cy,Day,cy@example.com,(202) 555-0149,1981-07-04,',
  'Di,Fox,Di@Example.com ,555,,',
  'Ed,Gu,,,,',
  'Flo,Hu,flo@example.com,2025550150,,',
  'Gus,Ib,gus@example.com,,,',
].join('\n');
