import type { CheckOutcome } from '../worker/check-protocol';
import { fileKeyOf, type ReportEntry } from '../db/db';

/**
 * Messages extension pages send the background, which alone writes the database. The background
 * answers only senders whose URL is one of the extension's own pages.
 */
export interface SaveReportRequest {
  type: 'save-report';
  /** The report this one replaces (the same file checked again with other settings), or null. */
  replaces: number | null;
  entry: Omit<ReportEntry, 'id'>;
  /** The report compressed, as base64 (utils/db/archive.ts packForMessage): messages are JSON. */
  body: string;
  /** From the panel: the pass our content script gave it (utils/background/panel-pass.ts). */
  pass?: string;
}

export type HistoryRequest =
  | SaveReportRequest
  | { type: 'delete-reports'; ids: number[] }
  | { type: 'clear-reports' }
  | { type: 'apply-retention' }
  /** From the options page: the contacts export to check against; its bytes gzip'd, as base64. */
  | { type: 'set-reference'; fileName: string; rows: number; data: string }
  | { type: 'clear-reference' }
  /** From the panel, which cannot read the database (its IndexedDB is the page's partition). */
  | { type: 'get-reference'; pass?: string };

/** All the panel may ask, and only with its pass: it is a frame any site could open. */
export const PANEL_REQUESTS: readonly HistoryRequest['type'][] = ['save-report', 'get-reference'];

export type HistoryReply =
  { ok: true; id?: number } | { ok: false; reason: 'quota' | 'error'; message: string };

/** The answer to get-reference: the export's bytes gzip'd, as base64, or null when none is loaded. */
export type ReferenceReply = {
  fileName: string;
  rows: number;
  loadedAt: number;
  data: string;
} | null;

/** Every request type, once: the compiler fails here when the union gains or loses one. */
const HISTORY_REQUEST_TYPES: Record<HistoryRequest['type'], true> = {
  'save-report': true,
  'delete-reports': true,
  'clear-reports': true,
  'apply-retention': true,
  'set-reference': true,
  'clear-reference': true,
  'get-reference': true,
};

export const isHistoryRequest = (message: { type?: unknown } | null): message is HistoryRequest =>
  typeof message?.type === 'string' && Object.hasOwn(HISTORY_REQUEST_TYPES, message.type);

/** The message that keeps a finished check in the history. */
export function saveReportRequest(
  outcome: CheckOutcome,
  body: string,
  context: { site: string | null; replaces: number | null; checkedAt?: number; pass?: string },
): SaveReportRequest {
  const { report, hash } = outcome;
  return {
    type: 'save-report',
    replaces: context.replaces,
    entry: {
      fileName: report.file.name,
      fileKey: fileKeyOf(report.file.name),
      size: report.file.bytes,
      hash,
      checkedAt: context.checkedAt ?? Date.now(),
      site: context.site,
      settings: report.settings,
      summary: report.summary,
      fileKind: report.file.kind,
    },
    body,
    pass: context.pass,
  };
}
