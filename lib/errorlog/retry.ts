import Papa from 'papaparse';
import { checkFile, type CheckResult, type EngineDeps } from '../engine';
import { ERROR_LOG, type HighLevelCode } from '../highlevel/error-log';
import { codeNameColumn, rejectsRow } from '../issue';
import type { Column } from '../mapping';
import type { Settings } from '../settings';
import type { Issue } from '../types';
import { rowOutcome } from './explain';
import type { Matching } from './match';
import type { ErrorLog } from './read-log';

/** A failed row no file can finish: the user decides, told why. */
export interface NeedsYou {
  line: number;
  /** The original's row, when the log row was found in it. */
  row: number | null;
  codes: HighLevelCode[];
  why: string;
}

/** A failed row found in the original. */
interface Failed {
  line: number;
  row: number;
  codes: HighLevelCode[];
}

export interface RetryFile {
  /** The CSV to import: Preflight's cleaned file of these rows. */
  csv: string;
  /** The original's rows it holds. */
  rows: number[];
}

export interface RetryFiles {
  /** Rows that were not imported, fixed: importing it creates them. */
  create: RetryFile | null;
  /** Contacts that lost a field: the matching column and the fields, fixed, and nothing else. */
  update: (RetryFile & { columns: string[] }) | null;
  needsYou: NeedsYou[];
}

/** The original as checked: its report (with the settings it was checked with) and fixed rows. */
export type CheckedOriginal = Pick<CheckResult, 'report' | 'rows' | 'firstRowNumber'>;

export interface Original {
  result: CheckedOriginal;
  columns: readonly Column[];
  settings: Settings;
}

const NOT_FOUND =
  'Not found in the original file: no row has its row number, Contact ID, email, phone or name.';
const NOTHING_IMPORTED =
  'HighLevel imported none of the file: import the whole cleaned file (preflight check --out) instead.';
const FIELD_UNKNOWN =
  'Preflight cannot tell which field HighLevel left empty: fill it on the contact by hand.';

/** A failed row the engine still cannot import, told with its reasons. */
const cannotFix = (failed: Failed, issues: readonly Issue[]): NeedsYou => ({
  ...failed,
  why: `Preflight cannot fix it: ${issues.map(codeNameColumn).join('; ')}.`,
});

/** Rows as CSV text for the engine: as written, not neutralised (the engine's output will be). */
function subsetCsv(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  return new TextEncoder().encode(
    Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }),
  );
}

/**
 * The engine on some rows: its cleaned file, and for each row it still cannot import (by its
 * place in `rows`, 0-based) why. `dropped`: also count a field the cleaned file cannot fix, in
 * the columns given, as a reason.
 */
function checkRows(
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  settings: Settings,
  deps: EngineDeps,
  dropped?: (index: number) => ReadonlySet<string>,
): { csv: string; blocked: Map<number, Issue[]> } {
  const checked = checkFile({ name, bytes: subsetCsv(header, rows) }, settings, deps);
  const blocked = new Map<number, Issue[]>();
  for (const issue of checked.report.issues) {
    if (issue.row === null) continue;
    const index = issue.row - checked.firstRowNumber;
    const stillDropped =
      issue.class === 'field-dropped' && !issue.fix && dropped?.(index).has(issue.column ?? '');
    if (!rejectsRow(issue) && !stillDropped) continue;
    const list = blocked.get(index);
    if (list) list.push(issue);
    else blocked.set(index, [issue]);
  }
  return { csv: checked.cleaned ?? '', blocked };
}

/**
 * The files that finish an import its error log shows unfinished, each Preflight's cleaned file
 * of its rows (so it re-checks clean), and the rows no file can finish, with why.
 */
export function retryFiles(
  log: ErrorLog,
  matching: Matching,
  original: Original,
  deps: EngineDeps,
): RetryFiles {
  const { result, columns, settings } = original;
  const header = result.report.file.columns;
  const valuesOf = (row: number) =>
    (result.rows?.[row - result.firstRowNumber] ?? []).slice(0, header.length);
  const byLine = new Map(log.rows.map((row) => [row.line, row]));
  const needsYou: NeedsYou[] = matching.unmatched.map((line) => ({
    line,
    row: null,
    codes: byLine.get(line)?.codes ?? [],
    why: NOT_FOUND,
  }));
  const toCreate: Failed[] = [];
  const toUpdate: Failed[] = [];
  for (const { line, row } of matching.matches) {
    const codes = byLine.get(line)?.codes ?? [];
    const failed: Failed = { line, row, codes };
    const outcome = rowOutcome(codes);
    if (outcome === 'not-imported') toCreate.push(failed);
    else if (outcome === 'field-lost') toUpdate.push(failed);
    else if (outcome === 'nothing-imported') needsYou.push({ ...failed, why: NOTHING_IMPORTED });
    else {
      const code = codes.find((c) => ERROR_LOG[c].outcome === 'check-it') ?? codes[0];
      needsYou.push({ ...failed, why: code ? ERROR_LOG[code].todo : '' });
    }
  }

  let create: RetryFile | null = null;
  if (toCreate.length > 0) {
    const { csv, blocked } = checkRows(
      'create.csv',
      header,
      toCreate.map(({ row }) => valuesOf(row)),
      settings,
      deps,
    );
    const rows: number[] = [];
    toCreate.forEach((failed, index) => {
      const issues = blocked.get(index);
      if (issues) needsYou.push(cannotFix(failed, issues));
      else rows.push(failed.row);
    });
    create = rows.length > 0 ? { csv, rows } : null;
  }

  const update = updateFile(toUpdate, { result, columns, settings }, deps, needsYou, valuesOf);
  needsYou.sort((a, b) => a.line - b.line);
  return { create, update, needsYou };
}

/** The columns HighLevel matches the contacts on: kept in the update file so it finds them. */
function matchingColumns(columns: readonly Column[], settings: Settings): number[] {
  const keys = new Set<string>([
    settings.primary,
    ...(settings.secondary ? [settings.secondary] : []),
  ]);
  if (settings.updateByContactId) keys.add('contactId');
  return columns
    .filter((c) => c.field !== null && !c.extra && keys.has(c.field))
    .map((c) => c.index);
}

/**
 * The columns a failed row lost, code by code: where Preflight finds the code on the row, its
 * column; otherwise every column of the kind of field the code empties. The original's issues
 * are read once, not once for every failed row.
 */
function lostColumnsOf({ result, columns }: Original): (failed: Failed) => number[] {
  const at = new Map(columns.map((c) => [c.header, c.index]));
  const onRow = columnIssuesByRow(result.report.issues);
  return (failed) => {
    const issues = onRow.get(failed.row) ?? [];
    const lost = failed.codes.flatMap((code) => {
      const found = issues.filter((issue) => issue.code === code);
      if (found.length > 0) return found.flatMap((issue) => at.get(issue.column ?? '') ?? []);
      const kinds = new Set(ERROR_LOG[code].emptied ?? []);
      return columns
        .filter((c) => c.field !== null && !c.extra && c.kind !== null && kinds.has(c.kind))
        .map((c) => c.index);
    });
    return [...new Set(lost)].sort((a, b) => a - b);
  };
}

/** The issues about a column, by row: read once, not once for every failed row. */
function columnIssuesByRow(issues: readonly Issue[]): Map<number, Issue[]> {
  const byRow = new Map<number, Issue[]>();
  for (const issue of issues) {
    if (issue.row === null || issue.column === null) continue;
    const list = byRow.get(issue.row);
    if (list) list.push(issue);
    else byRow.set(issue.row, [issue]);
  }
  return byRow;
}

function updateFile(
  toUpdate: readonly Failed[],
  original: Original,
  deps: EngineDeps,
  needsYou: NeedsYou[],
  valuesOf: (row: number) => readonly string[],
): RetryFiles['update'] {
  const { columns, settings } = original;
  const matchAt = matchingColumns(columns, settings);
  const lostColumns = lostColumnsOf(original);
  const lost = new Map<Failed, number[]>();
  for (const failed of toUpdate) {
    const found = lostColumns(failed);
    // A value Preflight could not fix is empty in its cleaned rows: nothing to fill it with.
    const values = valuesOf(failed.row);
    const filled = found.filter((c) => values[c]);
    if (found.length === 0) needsYou.push({ ...failed, why: FIELD_UNKNOWN });
    else if (filled.length === 0) {
      const names = found.map((c) => columns[c]?.header ?? '').join(', ');
      needsYou.push({ ...failed, why: `Preflight cannot fix ${names}: correct it by hand.` });
    } else lost.set(failed, filled);
  }
  // Checked until every row left imports whole: a row whose field Preflight cannot fix is
  // told and left out, and the rest checked again (once more, in practice).
  let rows = [...lost.keys()];
  while (rows.length > 0) {
    const current = rows;
    const kept = [
      ...new Set([...matchAt, ...current.flatMap((failed) => lost.get(failed) ?? [])]),
    ].sort((a, b) => a - b);
    const header = kept.map((c) => columns[c]?.header ?? '');
    const values = current.map((failed) => {
      const own = new Set([...matchAt, ...(lost.get(failed) ?? [])]);
      const row = valuesOf(failed.row);
      return kept.map((c) => (own.has(c) ? (row[c] ?? '') : ''));
    });
    const lostNames = (index: number) =>
      new Set((lost.get(current[index] as Failed) ?? []).map((c) => columns[c]?.header ?? ''));
    const { csv, blocked } = checkRows('update.csv', header, values, settings, deps, lostNames);
    if (blocked.size === 0)
      return { csv, rows: current.map((failed) => failed.row), columns: header };
    current.forEach((failed, index) => {
      const issues = blocked.get(index);
      if (issues) needsYou.push(cannotFix(failed, issues));
    });
    rows = current.filter((_, index) => !blocked.has(index));
  }
  return null;
}
