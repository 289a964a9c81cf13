import { pack, toBase64 } from './archive';
import type { CheckOutcome } from './check-protocol';
import type { ReportEntry } from './db';

/**
 * Messages extension pages send the background, which alone writes the database. The background
 * answers only senders whose URL is one of the extension's own pages.
 */
export interface SaveReportRequest {
  type: 'save-report';
  /** The report this one replaces (the same file checked again with other settings), or null. */
  replaces: number | null;
  entry: Omit<ReportEntry, 'id'>;
  /** utils/archive.ts pack(), as base64: messages travel as JSON. */
  body: string;
}

export type HistoryRequest =
  | SaveReportRequest
  | { type: 'delete-reports'; ids: number[] }
  | { type: 'clear-reports' }
  | { type: 'apply-retention' };

export type HistoryReply =
  { ok: true; id?: number } | { ok: false; reason: 'quota' | 'error'; message: string };

export const isHistoryRequest = (message: { type?: unknown } | null): message is HistoryRequest =>
  typeof message?.type === 'string' &&
  ['save-report', 'delete-reports', 'clear-reports', 'apply-retention'].includes(message.type);

/** The message that keeps a finished check in the history. */
export function saveReportRequest(
  outcome: CheckOutcome,
  context: { site: string | null; replaces: number | null; checkedAt?: number },
): SaveReportRequest {
  const { report, hash } = outcome;
  return {
    type: 'save-report',
    replaces: context.replaces,
    entry: {
      fileName: report.file.name,
      size: report.file.bytes,
      hash,
      checkedAt: context.checkedAt ?? Date.now(),
      site: context.site,
      settings: report.settings,
      summary: report.summary,
      fileKind: report.file.kind,
    },
    body: toBase64(pack(outcome)),
  };
}
