import type { ReportToKeep, WriteReply } from './protocol';
import { piecesOf } from './pieces';
import { send } from './send';

/** Sends the background a report to keep, its body in pieces, then the save that joins them. */
export async function keepReport(report: ReportToKeep, pass?: string): Promise<WriteReply> {
  const { body, ...rest } = report;
  const upload = crypto.randomUUID();
  const pieces = piecesOf(body);
  for (const [index, text] of pieces.entries()) {
    const reply = await send({ type: 'report-piece', upload, index, text, pass });
    if (!reply.ok) return reply;
  }
  return send({ type: 'save-report', ...rest, upload, pieces: pieces.length, pass });
}
