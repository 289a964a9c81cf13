import type { ReportToKeep, WriteReply } from './protocol';
import { send } from './send';

/**
 * Sends the background a report to keep, its body in the pieces the checking worker cut it into
 * (pieces.ts), one message each, then the save that joins them: never the whole body at once.
 */
export async function keepReport(
  report: ReportToKeep<readonly string[]>,
  pass?: string,
): Promise<WriteReply> {
  const { body: pieces, ...rest } = report;
  const upload = crypto.randomUUID();
  for (const [index, text] of pieces.entries()) {
    const reply = await send({ type: 'report-piece', upload, index, text, pass });
    if (!reply.ok) return reply;
  }
  return send({ type: 'save-report', ...rest, upload, pieces: pieces.length, pass });
}
