import type { StoredOutcome } from '../db/archive';
import { TextRows, type RowSource } from '../rows/text-rows';
import type { OpenReply } from './open-report-protocol';
import { ReportParts } from './report-parts';
import OpenReportWorker from './open-report.worker?worker';

/** How long opening a report may take: a 30 MB file's report takes a few seconds. */
const OPEN_TIMEOUT_MS = 60_000;

/** A kept report as the reports page shows it: its cleaned file as a file, its rows read from text. */
export type OpenedReport = Omit<StoredOutcome, 'cleaned' | 'rows'> & {
  cleaned: Blob | null;
  rows: RowSource | null;
};

/**
 * A kept report's body, opened in a worker of its own; rejects with a message a person can read,
 * also when the worker dies or takes too long.
 */
export function openReport(data: Uint8Array<ArrayBuffer>): Promise<OpenedReport> {
  const worker = new OpenReportWorker();
  const parts = new ReportParts();
  return new Promise<OpenedReport>((resolve, reject) => {
    const end = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      end();
      reject(new Error(`opening the report took over ${OPEN_TIMEOUT_MS / 1000} seconds`));
    }, OPEN_TIMEOUT_MS);
    worker.onmessage = ({ data: reply }: MessageEvent<OpenReply>) => {
      if (parts.take(reply)) return;
      end();
      if (reply.type === 'error') {
        reject(new Error(reply.message));
        return;
      }
      const { rows, report, ...opened } = reply;
      const shown = {
        ...opened,
        report: parts.into(report),
        rows: rows && new TextRows(rows.bytes, rows.starts),
      };
      // Shown in a task of its own: reading this message was already a task's worth of work.
      setTimeout(() => resolve(shown));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new Error(`the report could not be opened: ${event.message || 'it crashed'}`));
    };
    // Copied, not transferred: the page's copy of the body stays whole for the next open.
    worker.postMessage(data);
  });
}
