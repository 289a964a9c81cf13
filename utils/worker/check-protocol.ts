import type { CellEdit, CheckResult } from '../../lib/engine';
import type { Change, Issue, Progress } from '../../lib/types';

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

/** The part of the engine's result that crosses to the page. */
export type CheckOutcome = Pick<
  CheckResult,
  | 'report'
  | 'cleaned'
  | 'rejected'
  | 'parts'
  | 'partSpans'
  | 'overSizeLimit'
  | 'rows'
  | 'firstRowNumber'
  | 'layout'
> & {
  /** SHA-256 of the original bytes (hex): the history tells two attempts at one file apart. */
  hash: string;
};

/**
 * The worker's replies, in order: progress; the rows, changes and issues in parts (each part is read
 * on the page's main thread as a task of its own, so no single task reads 100,000 rows); then the
 * rest of the outcome; then the packed report.
 */
export type CheckReply =
  | { type: 'progress'; progress: Progress }
  | { type: 'rows'; rows: (readonly string[])[] }
  | { type: 'changes'; changes: Change[] }
  | { type: 'issues'; issues: Issue[] }
  /**
   * The outcome without its rows, changes and issues, which came before in parts, and without
   * the parts of a file over the limits: the page makes them from the cleaned text and
   * `partSpans` (a 30 MB file's parts would be 30 MB more to copy on its main thread).
   */
  | { type: 'done'; outcome: CheckOutcome }
  /** After `done`: the report compressed for the history (utils/db/archive.ts packForMessage). */
  | { type: 'packed'; body: string }
  | { type: 'error'; message: string; about: FailureCause };

/**
 * Rows go in parts of about this many cells, issues and changes of this many: each part is read
 * in a few tens of milliseconds, even while the panel's heap grows.
 */
export const CELLS_PER_PART = 25_000;
export const ITEMS_PER_PART = 5_000;

/** The list in parts of `size` items. */
export function* inParts<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < list.length; start += size) yield list.slice(start, start + size);
}

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
