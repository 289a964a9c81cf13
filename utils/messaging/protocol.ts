import type { CheckOutcome } from '../worker/check-protocol';
import { verdictOf } from '../../lib/verdict';
import { fileKeyOf, type ReportEntry } from '../db/db';

/**
 * Every runtime message sent to the background, by type: what is asked and what comes back. The
 * background alone writes the database and registers content scripts; who may ask what is its
 * call (utils/background/handlers.ts), by who sends it (utils/background/sender.ts).
 */
export interface Messages {
  /** From our content script: the pass for the panel it opens (utils/background/panel-pass.ts). */
  'panel-pass': { request: object; reply: string };
  /** From the panel: whether its pass is the one for its tab (its saved settings depend on it). */
  'check-pass': { request: { pass?: string }; reply: boolean };
  /** From the popup and the options page: a white-label domain turned on or off. */
  'enable-site': { request: { origin: string }; reply: SiteReply };
  'disable-site': { request: { origin: string }; reply: SiteReply };
  /**
   * A piece of a finished check's compressed body, sent ahead of its `save-report` (see
   * utils/messaging/keep-report.ts): a 30 MB file's body in one message would hold the panel's
   * thread for a tenth of a second or more while the browser copies it.
   */
  'report-piece': {
    request: { upload: string; index: number; text: string; pass?: string };
    reply: WriteReply;
  };
  /** A finished check, kept in the history once all its body's pieces have arrived. */
  'save-report': {
    request: Omit<ReportToKeep, 'body'> & {
      /** The pieces of the body sent under this id, and how many there are. */
      upload: string;
      pieces: number;
      /** From the panel: the pass our content script gave it. */
      pass?: string;
    };
    reply: WriteReply;
  };
  'delete-reports': { request: { ids: number[] }; reply: WriteReply };
  'clear-reports': { request: object; reply: WriteReply };
  'apply-retention': { request: object; reply: WriteReply };
  /** From the options page: the contacts export to check against; its bytes gzip'd, as base64. */
  'set-reference': { request: { fileName: string; rows: number; data: string }; reply: WriteReply };
  'clear-reference': { request: object; reply: WriteReply };
  /** From the panel too, which cannot read the database (its IndexedDB is the page's partition). */
  'get-reference': { request: { pass?: string }; reply: ReferenceReply };
}

export type MessageType = keyof Messages;
export type Request<T extends MessageType> = { type: T } & Messages[T]['request'];
export type Reply<T extends MessageType> = Messages[T]['reply'];
/** Any message the background is sent. */
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];

/**
 * Every refusal the background answers, in one shape: why, as a word the caller can act on (a full
 * disk, `quota`, is the user's to know; `refused` is a request the user has not allowed), and the
 * message to show.
 */
export type Failure = { ok: false; reason: 'quota' | 'error' | 'refused'; message: string };

/** A database write's answer. */
export type WriteReply = { ok: true; id?: number } | Failure;

export type SiteReply = { ok: true } | Failure;

/** The answer to get-reference: the export's bytes gzip'd, as base64, or null when none is loaded. */
export type ReferenceReply = {
  fileName: string;
  rows: number;
  loadedAt: number;
  data: string;
} | null;

/** A write that failed for any cause but a full disk, or a message that never got its answer. */
export function errorReply(error: unknown): WriteReply {
  return {
    ok: false,
    reason: 'error',
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * A finished check as the history keeps it: its list entry and its compressed body (on the page,
 * the body's pieces as the worker sent them: see keep-report.ts).
 */
export interface ReportToKeep<Body = string> {
  /** The report this one replaces (its file checked again with other settings), or null. */
  replaces: number | null;
  entry: Omit<ReportEntry, 'id'>;
  /** The report compressed, as base64 (utils/db/archive.ts packForMessage): JSON carries it. */
  body: Body;
}

/** What the history keeps of a finished check. */
export function reportToKeep<Body>(
  outcome: Pick<CheckOutcome, 'report' | 'hash'>,
  body: Body,
  context: { site: string | null; replaces: number | null; checkedAt?: number },
): ReportToKeep<Body> {
  const { report, hash } = outcome;
  return {
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
      verdict: verdictOf(report),
      fileKind: report.file.kind,
    },
    body,
  };
}
