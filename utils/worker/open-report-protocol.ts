import type { StoredOutcome } from '../db/archive';
import type { ReportPart } from './report-parts';

/**
 * What the report-opening worker answers with a kept report's body, as a check's result comes to
 * the panel: its changes and issues in parts, then the rest of the report, its files written
 * again (the cleaned one as a file), and its rows as the bytes of their text with where each row
 * starts (utils/rows/text-rows.ts), transferred.
 */
export type OpenReply =
  | ReportPart
  | ({ type: 'done' } & Omit<StoredOutcome, 'cleaned' | 'rows'> & {
        cleaned: Blob | null;
        rows: { bytes: Uint8Array; starts: Uint32Array } | null;
      })
  | { type: 'error'; message: string };
