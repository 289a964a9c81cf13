import type { ReportToKeep, WriteReply } from './protocol';
import { send } from './send';

/**
 * Characters of a report's body per message. The browser copies a message on the sender's main
 * thread, about 8 ms a megabyte here: a piece of this size is a task of some 30 ms, and the next
 * piece waits for the answer to the last, so the panel stays responsive while a report is kept.
 */
export const PIECE_LENGTH = 4 << 20;

/** The body cut into pieces of PIECE_LENGTH characters (one empty piece for an empty body). */
export function piecesOf(body: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < body.length; start += PIECE_LENGTH) {
    pieces.push(body.slice(start, start + PIECE_LENGTH));
  }
  return pieces.length ? pieces : [''];
}

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
