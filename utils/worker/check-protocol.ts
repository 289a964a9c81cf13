import type { CheckResult } from '../../lib/engine';
import type { Issue, Progress } from '../../lib/types';

/** What the page asks the validation worker. The bytes are transferred, not copied. */
export interface CheckRequest {
  type: 'check';
  name: string;
  bytes: ArrayBuffer;
  /** Untrusted: the worker validates it with the settings schema. */
  settings: unknown;
  /** A contacts export from HighLevel (the options page loads it), for 1006 and 1010. */
  reference: ArrayBuffer | null;
}

/** The part of the engine's result that crosses to the page. */
export type CheckOutcome = Pick<
  CheckResult,
  'report' | 'cleaned' | 'rejected' | 'parts' | 'overSizeLimit' | 'rows' | 'firstRowNumber'
> & {
  /** SHA-256 of the original bytes (hex): the history tells two attempts at one file apart. */
  hash: string;
};

export type CheckReply =
  | { type: 'progress'; progress: Progress; issues: Issue[] }
  | { type: 'done'; outcome: CheckOutcome }
  /** After `done`: the report compressed for the history (utils/db/archive.ts packForMessage). */
  | { type: 'packed'; body: string }
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
