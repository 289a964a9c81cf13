import type { CheckResult } from '../../lib/engine';
import { upgradeReport, type ReportV1 } from '../../lib/report';
import type { Report } from '../../lib/types';
import { writeOutputs } from '../../lib/write';
import { rowsAsText, rowsFromText } from '../rows/text-rows';
import { isLz, lzCompress, lzDecompress } from './lz';
import {
  fromChangeColumns,
  fromIndexedChangeColumns,
  toIndexedChangeColumns,
  type ChangeColumns,
  type IndexedChangeColumns,
} from './change-columns';

/** A kept report as the reports pages show and download it. */
export type StoredOutcome = Pick<
  CheckResult,
  'report' | 'cleaned' | 'rejected' | 'rows' | 'firstRowNumber'
>;

/**
 * What the history stores of a check: the rows once. The cleaned and rejected files are written
 * again from them when the report is opened; storing them too made keeping a report twice as slow.
 */
export type KeptCheck = Pick<CheckResult, 'report' | 'rows' | 'firstRowNumber' | 'layout'>;

/** The layout as JSON holds it: sets and maps as lists. */
interface LayoutJson {
  addedColumns: readonly string[];
  omitted: number[];
  droppedColumns: number[];
  extraRows: [number, string[][]][];
}

/**
 * The stored JSON of the second format: the rows once, as JSON. Bodies without `format` are the
 * first format: a StoredOutcome as it was, cleaned and rejected files included (they still open).
 */
interface PackedV2 {
  format: 2;
  /** The report, its changes kept apart in `changes`. */
  report: Report;
  changes: ChangeColumns;
  rows: CheckResult['rows'];
  firstRowNumber: number;
  layout: LayoutJson | null;
}

type PackedV1 = Omit<StoredOutcome, 'report' | 'rejected'> & {
  format?: undefined;
  report: Report | ReportV1;
  rejected: StoredOutcome['rejected'] | string;
};

/**
 * The third format: this JSON on the body's first line, the rows as text after it (rowsAsText),
 * compressed by lz.ts, not gzip. Gzip took most of a second on a 100,000-row report, and its time
 * grows with the bytes: JSON of the rows quoted and comma-separated every value.
 */
interface PackedV3 {
  format: 3;
  /** The report, its changes kept apart in `changes`. */
  report: Report;
  changes: IndexedChangeColumns;
  /** Null when the file was not read as text; the count tells no rows from one empty row. */
  rowCount: number | null;
  firstRowNumber: number;
  layout: LayoutJson | null;
}

/** A kept body as read back: the rows in the JSON, or (format 3) after it. */
type Packed = PackedV1 | PackedV2 | (PackedV3 & { rowsText: string });

/**
 * The browser's own gzip (Compression Streams): native and streamed, several times faster than
 * a JavaScript deflate on the tens of MB of JSON a 100,000-row report makes.
 */
function through(data: Blob, transform: CompressionStream | DecompressionStream): Response {
  return new Response(data.stream().pipeThrough(transform));
}

export async function gzip(data: Blob): Promise<Uint8Array> {
  return new Uint8Array(await through(data, new CompressionStream('gzip')).arrayBuffer());
}

export async function gunzip(data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  return through(new Blob([data]), new DecompressionStream('gzip')).arrayBuffer();
}

const layoutJson = (layout: KeptCheck['layout']): LayoutJson | null =>
  layout && {
    addedColumns: layout.addedColumns,
    omitted: [...layout.omitted],
    droppedColumns: [...layout.droppedColumns],
    extraRows: [...layout.extraRows],
  };

/** `rowsText`: the rows as text, when the caller has written it already (the worker has). */
export async function pack(
  { report, rows, firstRowNumber, layout }: KeptCheck,
  rowsText = rows && rowsAsText(rows),
): Promise<Uint8Array> {
  const packed: PackedV3 = {
    format: 3,
    report: { ...report, changes: [] },
    changes: toIndexedChangeColumns(report.changes),
    rowCount: rows && rows.length,
    firstRowNumber,
    layout: layoutJson(layout),
  };
  // JSON.stringify never writes a line break, so the first one ends the JSON.
  const text = `${JSON.stringify(packed)}\n${rowsText ?? ''}`;
  return lzCompress(new TextEncoder().encode(text));
}

/** The report as checked, its changes back in it. */
function reportOf(kept: Packed): Report {
  if (kept.format === 3) return { ...kept.report, changes: fromIndexedChangeColumns(kept.changes) };
  if (kept.format === 2) return { ...kept.report, changes: fromChangeColumns(kept.changes) };
  return upgradeReport(kept.report);
}

function rowsOf(kept: Packed): CheckResult['rows'] {
  if (kept.format !== 3) return kept.rows;
  return kept.rowCount === null ? null : rowsFromText(kept.rowsText, kept.rowCount);
}

/** The report as checked, and its cleaned and rejected files written again as the check wrote them. */
function rewritten(kept: PackedV2 | (PackedV3 & { rowsText: string })): StoredOutcome {
  const { firstRowNumber, layout } = kept;
  const report = reportOf(kept);
  const rows = rowsOf(kept);
  const { cleaned, rejected } =
    !rows || !layout
      ? { cleaned: null, rejected: null }
      : writeOutputs({
          addedColumns: layout.addedColumns,
          omitted: new Set(layout.omitted),
          droppedColumns: new Set(layout.droppedColumns),
          extraRows: new Map(layout.extraRows),
          header: report.file.columns,
          rows,
          firstRowNumber,
          issues: report.issues,
          limits: report.settings.limits,
        });
  return { report, cleaned, rejected, rows, firstRowNumber };
}

/** Formats 1 and 2 are one gzipped JSON text; format 3 is its JSON, a line break, then its rows. */
async function parsed(data: Uint8Array<ArrayBuffer>): Promise<Packed> {
  const text = new TextDecoder().decode(isLz(data) ? lzDecompress(data) : await gunzip(data));
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0) return JSON.parse(text) as PackedV1 | PackedV2;
  const kept = JSON.parse(text.slice(0, lineEnd)) as PackedV3;
  return { ...kept, rowsText: text.slice(lineEnd + 1) };
}

export async function unpack(data: Uint8Array<ArrayBuffer>): Promise<StoredOutcome> {
  return outcomeOf(await parsed(data));
}

/**
 * A kept report as `unpack` gives it, with its rows also as their text (rowsAsText): a body of
 * the third format holds that text already, so whoever sends the rows on as text (the
 * report-opening worker) does not join them again.
 */
export async function unpackWithRowsText(
  data: Uint8Array<ArrayBuffer>,
): Promise<StoredOutcome & { rowsText: string | null }> {
  const kept = await parsed(data);
  const outcome = outcomeOf(kept);
  const rowsText =
    kept.format === 3
      ? kept.rowCount === null
        ? null
        : kept.rowsText
      : outcome.rows && rowsAsText(outcome.rows);
  return { ...outcome, rowsText };
}

function outcomeOf(kept: Packed): StoredOutcome {
  if (kept.format !== undefined) return rewritten(kept);
  const { report, cleaned, rejected, rows, firstRowNumber } = kept;
  return {
    report: upgradeReport(report),
    cleaned,
    // Kept whole before the writer handed the rejected file over in pieces.
    rejected: typeof rejected === 'string' ? [rejected] : rejected,
    rows,
    firstRowNumber,
  };
}

/**
 * A kept report and its rows, without writing its files again: what explaining an error log
 * reads of each of the latest reports (rewriting them took seconds a large report).
 */
export async function unpackRows(
  data: Uint8Array<ArrayBuffer>,
): Promise<Pick<StoredOutcome, 'report' | 'rows' | 'firstRowNumber'>> {
  const kept = await parsed(data);
  return { report: reportOf(kept), rows: rowsOf(kept), firstRowNumber: kept.firstRowNumber };
}

/** A report as the history's save message carries it; made in the worker, off the page. */
export async function packForMessage(kept: KeptCheck, rowsText?: string | null): Promise<string> {
  return toBase64(await pack(kept, rowsText));
}

const ALPHABET = new TextEncoder().encode(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
);
const PAD = '='.charCodeAt(0);

/**
 * Extension messages travel as JSON, where a Uint8Array would become an object of numbers:
 * compressed bytes cross as base64. The platform's own where it has it (Chromium 140, Firefox 133):
 * about four times the speed of the JavaScript below, which Node 20 still needs.
 */
export function toBase64(bytes: Uint8Array): string {
  return 'toBase64' in bytes ? bytes.toBase64() : base64Written(bytes);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return 'fromBase64' in Uint8Array ? Uint8Array.fromBase64(text) : base64Read(text);
}

/**
 * Written as bytes and decoded once as ASCII: building the text a character at a time took a
 * quarter of the time keeping a large report took.
 */
function base64Written(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4).fill(PAD);
  for (let at = 0, to = 0; at < bytes.length; at += 3, to += 4) {
    // Past the end reads as 0; a last group of 1 or 2 bytes writes 2 or 3 digits, then padding.
    const group = ((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    const digits = Math.min(4, bytes.length - at + 1);
    for (let d = 0; d < digits; d++) out[to + d] = ALPHABET[(group >> (18 - 6 * d)) & 63] ?? PAD;
  }
  return new TextDecoder().decode(out);
}

function base64Read(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}
