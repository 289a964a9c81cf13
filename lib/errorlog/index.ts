import { checkFile, type EngineDeps } from '../engine';
import { mapColumns } from '../mapping';
import type { Settings } from '../settings';
import { createPhoneJudge } from '../values/phone';
import { explainLog, predictionsOf, type Explanation } from './explain';
import { matchRows, type Matching } from './match';
import { readErrorLog } from './read-log';
import { retryFiles, type RetryFiles } from './retry';

export type { Explanation } from './explain';
export type { RetryFiles } from './retry';

/** What the original adds: where each log row is in it, and the files that finish the import. */
export interface AgainstOriginal {
  matching: Matching;
  files: RetryFiles;
}

export type ExplainResult =
  | { ok: true; explanation: Explanation; original: AgainstOriginal | null }
  | { ok: false; message: string };

/**
 * An import's error log explained: per code, what it means and what to do; with the file that was
 * imported, each failed row found in it, whether Preflight predicts its codes with `settings`,
 * and the files that finish the import.
 */
export function explainErrorLog(
  logBytes: Uint8Array,
  original: { name: string; bytes: Uint8Array } | null,
  settings: Settings,
  deps: EngineDeps,
): ExplainResult {
  const read = readErrorLog(logBytes);
  if (!read.ok) return read;
  const { log } = read;
  if (!original) return { ok: true, explanation: explainLog(log), original: null };
  const result = checkFile(original, settings, deps);
  if (!result.rows) {
    return { ok: false, message: `The original file ${original.name} cannot be read as a CSV.` };
  }
  const columns = mapColumns(result.report.file.columns, settings);
  const phone = createPhoneJudge(settings.phoneCountry ?? settings.country, deps.phoneMetadata);
  const matching = matchRows(
    log,
    {
      columns,
      rows: result.rows,
      firstRowNumber: result.firstRowNumber,
      changes: result.report.changes,
    },
    phone,
  );
  return {
    ok: true,
    explanation: explainLog(log, predictionsOf(matching.matches, result.report.issues)),
    original: { matching, files: retryFiles(log, matching, { result, columns, settings }, deps) },
  };
}
