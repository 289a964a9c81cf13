import { fieldByAlias } from '../highlevel/fields';
import type { HighLevelCode } from '../highlevel/error-log';
import { readTable } from '../read/table';
import { LOG_ROW_HEADER, WHOLE_NUMBER } from '../regexes';
import { codesInCell } from './codes-in-cell';

/** The contact's own values a log row may carry, by which it is found in the original file. */
export const CONTACT_KINDS = ['contactId', 'email', 'phone', 'firstName', 'lastName'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface LogRow {
  /** The log's own spreadsheet row (its header, when it has one, is row 1). */
  line: number;
  /** The row of the imported file the log names, when it has a row-number column. */
  row: number | null;
  codes: HighLevelCode[];
  /** The contact's values the log carries, by kind. */
  contact: Partial<Record<ContactKind, string>>;
  /** The log row's cells, header order. */
  values: string[];
}

export interface ErrorLog {
  header: string[];
  /** The columns that hold codes or their names. */
  errorColumns: number[];
  rowColumn: number | null;
  rows: LogRow[];
  /** Log rows that name no code (a blank error cell): told, not explained. */
  withoutCode: number[];
}

export type LogResult = { ok: true; log: ErrorLog } | { ok: false; message: string };

/** Share of a column's filled cells that must name codes for it to be the log's error column. */
const ERROR_SHARE = 0.9;

const NOT_A_LOG =
  'names no HighLevel error code (1001–1024) or error name in any column, so it is not an import error log. Download the log from Bulk Actions → the import → Show Stats → Error tab.';

/** Per column: how many cells are filled, and how many of those name codes. */
function columnCounts(rows: readonly (readonly string[])[], width: number) {
  const counts = Array.from({ length: width }, () => ({ filled: 0, naming: 0 }));
  for (const row of rows) {
    counts.forEach((count, c) => {
      const cell = row[c]?.trim() ?? '';
      if (!cell) return;
      count.filled++;
      if (codesInCell(cell)) count.naming++;
    });
  }
  return counts;
}

/** A column of whole numbers under a row header ("Row", "Line", "#"): the file's row numbers. */
function rowColumnOf(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): number | null {
  const at = header.findIndex(
    (name, c) =>
      LOG_ROW_HEADER.test(name.trim()) &&
      rows.every((row) => !row[c]?.trim() || WHOLE_NUMBER.test(row[c]?.trim() ?? '')),
  );
  return at < 0 ? null : at;
}

/**
 * Reads an error log as HighLevel's import leaves it, in whatever layout: any CSV whose rows name
 * codes, their names, or both, in any column; with or without a row-number column and the
 * contact's own columns; with or without a header row.
 */
export function readErrorLog(bytes: Uint8Array): LogResult {
  const table = readTable(bytes);
  if (!table) return { ok: false, message: `The file is not text: it ${NOT_A_LOG}` };
  // A header names no code ("Error", "Error Code"); a first row that does is the log's first row.
  const headerless = (table[0] ?? []).some((cell) => codesInCell(cell) !== null);
  const width = table.reduce((widest, row) => Math.max(widest, row.length), 0);
  const header = headerless
    ? Array.from({ length: width }, (_, c) => `Column ${c + 1}`)
    : (table[0] ?? []);
  const rows = headerless ? table : table.slice(1);
  const firstLine = headerless ? 1 : 2;
  const rowColumn = rowColumnOf(header, rows);
  const errorColumns = columnCounts(rows, width).flatMap(({ filled, naming }, c) =>
    c !== rowColumn && filled > 0 && naming >= ERROR_SHARE * filled ? [c] : [],
  );
  if (errorColumns.length === 0) return { ok: false, message: `The file ${NOT_A_LOG}` };
  const kinds = header.map((name) => fieldByAlias(name)?.kind);
  const logRows: LogRow[] = [];
  const withoutCode: number[] = [];
  rows.forEach((values, index) => {
    const line = index + firstLine;
    const codes = [...new Set(errorColumns.flatMap((c) => codesInCell(values[c] ?? '') ?? []))];
    if (codes.length === 0) {
      withoutCode.push(line);
      return;
    }
    const contact: LogRow['contact'] = {};
    kinds.forEach((kind, c) => {
      const value = values[c]?.trim();
      if (value && CONTACT_KINDS.includes(kind as ContactKind))
        contact[kind as ContactKind] ??= value;
    });
    const row = rowColumn === null ? NaN : Number(values[rowColumn]);
    logRows.push({
      line,
      row: Number.isInteger(row) && row > 0 ? row : null,
      codes,
      contact,
      values,
    });
  });
  return { ok: true, log: { header, errorColumns, rowColumn, rows: logRows, withoutCode } };
}
