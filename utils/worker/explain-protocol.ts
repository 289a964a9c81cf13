import type { ExplainResult } from '../../lib/errorlog';
import type { CheckedOriginal } from '../../lib/errorlog/retry';

/** What the reports page asks the explaining worker. The bytes are transferred, not copied. */
export interface ExplainRequest {
  log: ArrayBuffer;
  /** The file that was imported, when the user gave it. */
  original: { name: string; bytes: ArrayBuffer } | null;
  /** Otherwise the latest kept reports, one of which may be the original's. */
  kept: CheckedOriginal[];
  /** Untrusted: the worker validates it with the settings schema. Used with `original`. */
  settings: unknown;
}

export type ExplainReply =
  /** `chosen`: the kept report used as the original, by its place in `kept`; null for none. */
  | { type: 'done'; result: ExplainResult; chosen: number | null }
  | { type: 'error'; message: string };
