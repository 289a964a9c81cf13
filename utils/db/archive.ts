import type { CheckResult } from '../../lib/engine';
import { upgradeReport, type ReportV1 } from '../../lib/report';
import type { Report } from '../../lib/types';
import { writeOutputs } from '../../lib/write';
import type { CheckOutcome } from '../worker/check-protocol';
import { fromChangeColumns, toChangeColumns, type ChangeColumns } from './change-columns';

/** A kept report as the reports pages show and download it. */
export type StoredOutcome = Pick<
  CheckOutcome,
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
 * The stored JSON since the rows are kept once. Bodies without `format` are the first format: a
 * StoredOutcome as it was, cleaned and rejected files included (they still open).
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

export function pack({ report, rows, firstRowNumber, layout }: KeptCheck): Promise<Uint8Array> {
  const packed: PackedV2 = {
    format: 2,
    report: { ...report, changes: [] },
    changes: toChangeColumns(report.changes),
    rows,
    firstRowNumber,
    layout: layout && {
      addedColumns: layout.addedColumns,
      omitted: [...layout.omitted],
      droppedColumns: [...layout.droppedColumns],
      extraRows: [...layout.extraRows],
    },
  };
  return gzip(new Blob([JSON.stringify(packed)]));
}

/** The report as checked, its changes back in it. */
const reportOf = ({ report, changes }: PackedV2): Report => ({
  ...report,
  changes: fromChangeColumns(changes),
});

/** The report as checked, and its cleaned and rejected files written again as the check wrote them. */
function rewritten(packed: PackedV2): StoredOutcome {
  const { rows, firstRowNumber, layout } = packed;
  const report = reportOf(packed);
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

async function parsed(data: Uint8Array<ArrayBuffer>): Promise<PackedV1 | PackedV2> {
  return JSON.parse(new TextDecoder().decode(await gunzip(data))) as PackedV1 | PackedV2;
}

export async function unpack(data: Uint8Array<ArrayBuffer>): Promise<StoredOutcome> {
  const kept = await parsed(data);
  if (kept.format === 2) return rewritten(kept);
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
  const report = kept.format === 2 ? reportOf(kept) : upgradeReport(kept.report);
  return { report, rows: kept.rows, firstRowNumber: kept.firstRowNumber };
}

/** A report as the history's save message carries it; made in the worker, off the page. */
export async function packForMessage(kept: KeptCheck): Promise<string> {
  return toBase64(await pack(kept));
}

const ALPHABET = new TextEncoder().encode(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
);
const PAD = '='.charCodeAt(0);

/**
 * Extension messages travel as JSON, where a Uint8Array would become an object of numbers:
 * compressed bytes cross as base64. Written as bytes and decoded once as ASCII: building the text
 * a character at a time took a quarter of the time keeping a large report took.
 */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4).fill(PAD);
  for (let at = 0, to = 0; at < bytes.length; at += 3, to += 4) {
    // Past the end reads as 0; a last group of 1 or 2 bytes writes 2 or 3 digits, then padding.
    const group = ((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    const digits = Math.min(4, bytes.length - at + 1);
    for (let d = 0; d < digits; d++) out[to + d] = ALPHABET[(group >> (18 - 6 * d)) & 63] ?? PAD;
  }
  return new TextDecoder().decode(out);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}
