import { checkFile, type EngineDeps } from '../engine';
import { mapColumns, type Column } from '../mapping';
import type { Settings } from '../settings';
import { createPhoneJudge } from '../values/phone';
import { explainLog, predictionsOf, type Explanation } from './explain';
import { matchRows, type Matching } from './match';
import { readErrorLog, type ErrorLog } from './read-log';
import { retryFiles, type CheckedOriginal, type RetryFiles } from './retry';

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
  if (!original) return { ok: true, explanation: explainLog(read.log), original: null };
  const result = checkFile(original, settings, deps);
  if (!result.rows) {
    return { ok: false, message: `The original file ${original.name} cannot be read as a CSV.` };
  }
  return explainAgainst(read.log, result, settings, deps);
}

/**
 * The same against an original checked before (a report kept in the history), with the settings
 * it was checked with.
 */
export function explainAgainstChecked(
  logBytes: Uint8Array,
  checked: CheckedOriginal,
  settings: Settings,
  deps: EngineDeps,
): ExplainResult {
  const read = readErrorLog(logBytes);
  return read.ok ? explainAgainst(read.log, checked, settings, deps) : read;
}

/** Of the log rows, the share a kept report must hold for it to be taken for the original. */
const ORIGINAL_SHARE = 0.5;

/**
 * The same against whichever kept report holds most of the log's rows (each with the settings it
 * was checked with), when one holds at least half of them; otherwise the log alone. `chosen`:
 * the candidate used, or null.
 */
export function explainAgainstBest(
  logBytes: Uint8Array,
  candidates: readonly CheckedOriginal[],
  deps: EngineDeps,
): ExplainResult & { chosen: number | null } {
  const read = readErrorLog(logBytes);
  if (!read.ok) return { ...read, chosen: null };
  const { log } = read;
  let best: { index: number; matched: Matched } | null = null;
  for (const [index, candidate] of candidates.entries()) {
    const matched = matchedIn(log, candidate, candidate.report.settings, deps);
    const found = matched.matching.matches.length;
    if (
      found >= ORIGINAL_SHARE * log.rows.length &&
      found > (best?.matched.matching.matches.length ?? 0)
    ) {
      best = { index, matched };
    }
  }
  const original = best && candidates[best.index];
  if (!best || !original) {
    return { ok: true, explanation: explainLog(log), original: null, chosen: null };
  }
  return { ...explained(log, original, best.matched, deps), chosen: best.index };
}

function phoneOf(settings: Settings, deps: EngineDeps) {
  return createPhoneJudge(settings.phoneCountry ?? settings.country, deps.phoneMetadata);
}

/** The log's rows found in an original, with the columns they were found by. */
interface Matched {
  matching: Matching;
  columns: Column[];
  settings: Settings;
}

function matchedIn(
  log: ErrorLog,
  result: CheckedOriginal,
  settings: Settings,
  deps: EngineDeps,
): Matched {
  const columns = mapColumns(result.report.file.columns, settings);
  const rows = {
    columns,
    rows: result.rows ?? [],
    firstRowNumber: result.firstRowNumber,
    changes: result.report.changes,
  };
  return { matching: matchRows(log, rows, phoneOf(settings, deps)), columns, settings };
}

function explainAgainst(
  log: ErrorLog,
  result: CheckedOriginal,
  settings: Settings,
  deps: EngineDeps,
): ExplainResult {
  return explained(log, result, matchedIn(log, result, settings, deps), deps);
}

/** The explanation and the files, once the log's rows are found in the original. */
function explained(
  log: ErrorLog,
  result: CheckedOriginal,
  { matching, columns, settings }: Matched,
  deps: EngineDeps,
): ExplainResult {
  return {
    ok: true,
    explanation: explainLog(log, predictionsOf(matching.matches, result.report.issues)),
    original: { matching, files: retryFiles(log, matching, { result, columns, settings }, deps) },
  };
}
