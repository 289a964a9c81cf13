import type { StoredOutcome } from '../db/archive';
import type { GridFacts } from '../report-index/grid-facts';
import { TextRows, type RowSource } from '../rows/text-rows';
import type { OpenReply } from './open-report-protocol';
import { settleWorker } from './settle-worker';
import { ReportParts } from './report-parts';
import OpenReportWorker from './open-report.worker?worker';

/** How long opening a report may take: a 30 MB file's report takes a few seconds. */
const OPEN_TIMEOUT_MS = 60_000;

/** A kept report as the reports page shows it: its cleaned file as a file, its rows read from text. */
export type OpenedReport = Omit<StoredOutcome, 'cleaned' | 'rows'> & {
  cleaned: Blob | null;
  rows: RowSource | null;
  /** What the grid needs of the changes and columns: the report holds no changes. */
  grid: GridFacts;
};

/**
 * A kept report's body, opened in a worker of its own; rejects with a message a person can read,
 * also when the worker dies or takes too long.
 */
export async function openReport(data: Uint8Array<ArrayBuffer>): Promise<OpenedReport> {
  const worker = new OpenReportWorker();
  const parts = new ReportParts();
  const opening = settleWorker<OpenReply, OpenedReport>(
    worker,
    {
      doing: 'opening the report',
      stopped: 'the report could not be opened',
      timeoutMs: OPEN_TIMEOUT_MS,
    },
    (reply) => {
      if (parts.take(reply)) return null;
      if (reply.type === 'error') return { error: reply.message };
      const { rows, report, ...opened } = reply;
      const rowText = rows && new TextRows(rows.bytes, rows.starts);
      const result = {
        ...opened,
        report: parts.into(report),
        rows: rowText,
        grid: parts.grid,
      };
      return { result };
    },
  );
  // Copied, not transferred: the page's copy of the body stays whole for the next open.
  worker.postMessage(data);
  const opened = await opening;
  // Shown in a task of its own: reading the last message was already a task's worth of work.
  await new Promise((shown) => setTimeout(shown));
  return opened;
}
