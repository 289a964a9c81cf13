/**
 * Characters of a report's body per message, from the checking worker to the page and from the
 * page to the background. The browser copies a message on the sender's main thread, 8 to 18 ms a
 * megabyte here: a piece of this size is a task of 10 to 20 ms, and the next piece waits for the
 * answer to the last, so the panel stays responsive while a report is kept.
 */
export const PIECE_LENGTH = 1 << 20;

/** The body cut into pieces of PIECE_LENGTH characters (one empty piece for an empty body). */
export function piecesOf(body: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < body.length; start += PIECE_LENGTH) {
    pieces.push(body.slice(start, start + PIECE_LENGTH));
  }
  return pieces.length ? pieces : [''];
}
