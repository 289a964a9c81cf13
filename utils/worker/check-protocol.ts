import type { CellEdit, CheckResult } from '../../lib/engine';
import type { Progress } from '../../lib/types';
import type { GridFacts } from '../report-index/grid-facts';
import type { ReportPart } from './report-parts';
import type { RowSource } from '../rows/text-rows';

/** What the page asks the validation worker. The bytes are transferred, not copied. */
export interface CheckRequest {
  type: 'check';
  name: string;
  /** The file; null to check again the file this worker was last sent. */
  bytes: ArrayBuffer | null;
  /** Untrusted: the worker validates it with the settings schema. */
  settings: unknown;
  /** A contacts export from HighLevel (the options page loads it), for 1006 and 1010. */
  reference: ArrayBuffer | null;
  /** Values typed in the grid, written into the file before it is checked. Untrusted too. */
  edits: readonly CellEdit[];
}

/**
 * The part of the engine's result that crosses to the page. The cleaned file and its parts come
 * as files: a Blob crosses threads and frames as a handle, where 30 MB of text took the panel
 * 140 ms to receive, and the HighLevel page as long again when the panel handed it over. The rows
 * are read from their text (utils/rows/text-rows.ts).
 */
export type CheckOutcome = Pick<
  CheckResult,
  'report' | 'rejected' | 'overSizeLimit' | 'firstRowNumber' | 'layout'
> & {
  /** The cleaned CSV, UTF-8; null when the file was not read as text. */
  cleaned: Blob | null;
  /** The cleaned file split into files that each fit the limits; empty when none is needed. */
  parts: Blob[];
  /** Null when the file was not read as text. */
  rows: RowSource | null;
  /**
   * What the grid needs of the changes and columns: the page's report holds no changes. Empty
   * until the rows come, with which the grid shows.
   */
  grid: GridFacts;
  /** SHA-256 of the original bytes (hex): the history tells two attempts at one file apart. */
  hash: string;
};

/** What the worker writes after the result: the cleaned and rejected files, and the rows. */
export type CheckFiles = Pick<CheckOutcome, 'cleaned' | 'parts' | 'rejected' | 'overSizeLimit'> & {
  /** The rows as the bytes of their text and where each starts (utils/rows/text-rows.ts). */
  rows: { bytes: Uint8Array; starts: Uint32Array } | null;
};

/**
 * The worker's replies, in order: progress, each with the issues found since the last in parts
 * (each part is read and indexed on the page's main thread as a task of its own, while the check
 * goes on); the file's facts; the rest of the result (`done`: the page shows it); what the grid
 * needs of the changes; the files and rows, which take the worker a second at 30 MB; then the
 * packed report.
 */
export type CheckReply =
  | { type: 'progress'; progress: Progress }
  | ReportPart
  /** The outcome without its changes and issues, which came before, and the files, which follow. */
  | { type: 'done'; outcome: Omit<CheckOutcome, 'grid' | keyof CheckFiles> }
  /** The rows' bytes are transferred. */
  | ({ type: 'files' } & CheckFiles)
  /**
   * After the files: the report compressed for the history (utils/db/archive.ts packForMessage),
   * in pieces: a message of the whole of it held the page's thread 70 ms at 30 MB.
   */
  | { type: 'packed-piece'; text: string }
  /** The last piece has come. */
  | { type: 'packed' }
  | { type: 'error'; message: string; about: FailureCause };

/** A check fails for its settings (an unknown country: fix them and it runs) or for its file. */
export type FailureCause = 'settings' | 'file';

export class CheckFailure extends Error {
  constructor(
    message: string,
    readonly about: FailureCause,
  ) {
    super(message);
  }
}
