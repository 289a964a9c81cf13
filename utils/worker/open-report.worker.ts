/// <reference lib="webworker" />
/**
 * Opens a kept report off the page's thread: unpacks its body and writes its cleaned and rejected
 * files again (over a second at 100,000 rows, which froze the reports page). Started by
 * open-report.ts, one worker per report opened.
 */
import { unpackWithRowsText } from '../db/archive';
import { rowBytes } from '../rows/text-rows';
import type { OpenReply } from './open-report-protocol';
import { postGridFacts, postReportParts, type ReportPart } from './report-parts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<Uint8Array<ArrayBuffer>>) => {
  try {
    const { cleaned, rows, rowsText, report, ...opened } = await unpackWithRowsText(data);
    const text = rows && rowsText !== null ? rowBytes(rowsText, rows.length) : null;
    const post = (part: ReportPart, transfer: ArrayBuffer[]) =>
      self.postMessage(part satisfies OpenReply, transfer);
    postGridFacts(report, post);
    const reply: OpenReply = {
      type: 'done',
      ...opened,
      report: postReportParts(report, post),
      cleaned: cleaned === null ? null : new Blob([cleaned], { type: 'text/csv' }),
      rows: text,
    };
    self.postMessage(reply, text ? [text.bytes.buffer, text.starts.buffer] : []);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ type: 'error', message } satisfies OpenReply);
  }
};
