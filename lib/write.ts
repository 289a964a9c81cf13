import Papa from 'papaparse';
import type { Row } from './check';
import type { Settings } from './settings';
import type { Issue } from './types';

export interface Outputs {
  /** The cleaned CSV: UTF-8 text, comma-separated, one header; null when the file was not read. */
  cleaned: string | null;
  /** Rows HighLevel would still skip after the fixes, with why; null when there are none. */
  rejected: string | null;
  /** The cleaned rows split into files that each fit the limits; empty when no split is needed. */
  parts: string[];
  cleanedRows: number;
  rejectedRows: number;
}

export interface WriteInput {
  header: readonly string[];
  rows: readonly Row[];
  issues: readonly Issue[];
  omitted: ReadonlySet<number>;
  droppedColumns: ReadonlySet<number>;
  extraRows: ReadonlyMap<number, string[][]>;
  limits: Settings['limits'];
  inputBytes: number;
}

/** Headroom under the byte limit, since the cleaned text may grow a little (UTF-8, quoting). */
const BYTE_HEADROOM = 0.9;

/** How many files the cleaned rows must be split into to fit the limits (1: no split). */
export function partsNeeded(bytes: number, rows: number, limits: Settings['limits']): number {
  const byBytes =
    bytes > limits.maxBytes ? Math.ceil(bytes / (limits.maxBytes * BYTE_HEADROOM)) : 1;
  const byRows = limits.maxRows && rows > limits.maxRows ? Math.ceil(rows / limits.maxRows) : 1;
  return Math.max(byBytes, byRows);
}

export const REJECTED_COLUMNS = ['Preflight row', 'Preflight reason'] as const;

/** Rows are written whole: a ragged rejected row keeps every field beyond the header's width. */
function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse([header, ...rows] as string[][], { newline: '\r\n' });
}

/** Rows HighLevel would skip even after the fixes: a row-skipped issue that has no fix. */
function rejectionReasons(issues: readonly Issue[]): Map<number, string[]> {
  const reasons = new Map<number, string[]>();
  for (const issue of issues) {
    if (issue.class !== 'row-skipped' || issue.fix !== null || issue.row === null) continue;
    const list = reasons.get(issue.row) ?? [];
    list.push(`${issue.code}: ${issue.message}`);
    reasons.set(issue.row, list);
  }
  return reasons;
}

export function writeOutputs(input: WriteInput): Outputs {
  const keep = input.header.map((_, i) => i).filter((i) => !input.droppedColumns.has(i));
  const project = (values: readonly string[]) => keep.map((i) => values[i] ?? '');
  const reasons = rejectionReasons(input.issues);
  const cleanedRows: string[][] = [];
  const rejectedRows: string[][] = [];
  for (const row of input.rows) {
    const why = reasons.get(row.number);
    if (why) {
      // Every field is kept, even beyond the header's width, so nothing is lost.
      rejectedRows.push([String(row.number), why.join(' | '), ...row.values]);
      continue;
    }
    if (!input.omitted.has(row.number)) {
      cleanedRows.push(project(row.values));
    }
    for (const extra of input.extraRows.get(row.number) ?? []) cleanedRows.push(project(extra));
  }
  const header = project(input.header);
  const parts = partsNeeded(input.inputBytes, cleanedRows.length, input.limits);
  const size = Math.ceil(cleanedRows.length / parts);
  return {
    cleaned: toCsv(header, cleanedRows),
    rejected: rejectedRows.length
      ? toCsv([...REJECTED_COLUMNS, ...input.header], rejectedRows)
      : null,
    parts:
      parts > 1
        ? Array.from({ length: parts }, (_, p) =>
            toCsv(header, cleanedRows.slice(p * size, (p + 1) * size)),
          )
        : [],
    cleanedRows: cleanedRows.length,
    rejectedRows: rejectedRows.length,
  };
}
