import type { LogOutcome } from '../highlevel/error-log';
import type { CodeExplanation } from './explain';

/**
 * The words an explanation is shown in, the same in the CLI and the extension: each outcome after
 * its number of rows, and what Preflight can tell of a code.
 */
export const OUTCOME_WORDS: Record<LogOutcome, string> = {
  'nothing-imported': 'in a file HighLevel did not import at all: import the whole file again',
  'not-imported': 'not imported: a file that creates them finishes the job',
  'field-lost': 'imported without a field: a file that updates only that field fills it',
  'check-it': 'imported, but to look at yourself: possible duplicates or a missed workflow',
};

/** A count as an explanation writes it: "1,234". */
export const number = (n: number) => n.toLocaleString('en-US');
/** "1 row", "1,234 rows". */
export const rows = (n: number) => `${number(n)} ${n === 1 ? 'row' : 'rows'}`;

/** "Preflight …": whether it finds the code before an import, and on how many of the rows. */
export function predictionWords(code: CodeExplanation): string {
  if (!code.predictable) return 'cannot see this in a file: it happens inside HighLevel.';
  if (code.predicted === null) {
    return 'finds this before an import: give the original file to see on which rows.';
  }
  const these = code.count === 1 ? 'this row' : `these ${number(code.count)} rows`;
  const why =
    "the import's settings (country, date format, matching column) or the file differed, or the row is not in the original.";
  if (code.predicted === code.count) {
    return `finds it on ${code.count === 1 ? 'this row' : `all ${number(code.count)} rows`} with these settings.`;
  }
  if (code.predicted === 0) return `does not find it on ${these} with these settings: ${why}`;
  return `finds it on ${number(code.predicted)} of its ${rows(code.count)} with these settings: for the others ${why}`;
}
