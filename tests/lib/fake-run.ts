import type { Row } from '../../lib/check';
import { CheckContext } from '../../lib/engine/context';
import { mapColumns } from '../../lib/mapping';
import { parseSettings, type SettingsInput } from '../../lib/settings';
import { createPhoneJudge } from '../../lib/values/phone';
import { phoneMetadata } from '../helpers';

/**
 * The checks' context for a file with this header, without the engine, to run one check's hooks
 * by hand: `addRow` adds a data row (row 2 first) and returns it as the checks see it.
 */
export function fakeRun(header: string[], input: SettingsInput = {}) {
  const parsed = parseSettings(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { settings } = parsed;
  const run = new CheckContext(settings, createPhoneJudge(settings.country, phoneMetadata));
  run.useColumns(mapColumns(header, settings));
  run.firstRowNumber = 2;
  const addRow = (...values: string[]): Row => {
    run.rows.push(values);
    return { number: run.firstRowNumber + run.rows.length - 1, values };
  };
  return { run, addRow };
}
