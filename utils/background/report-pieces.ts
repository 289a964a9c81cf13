/**
 * The pieces of report bodies on their way to the history (utils/messaging/keep-report.ts), by
 * upload. Only a few uploads are held at a time: one whose save never came (its panel closed) is
 * dropped when newer ones arrive, so the background's memory stays bounded.
 */
const UPLOADS_HELD = 4;
/** No body has more pieces: HighLevel's 30 MB limit makes a few tens at most. */
export const MOST_PIECES = 1_000;

export class ReportPieces {
  private readonly uploads = new Map<string, string[]>();

  /** Holds a piece; false for one that cannot belong to a body. */
  add(upload: unknown, index: unknown, text: unknown): boolean {
    if (typeof upload !== 'string' || typeof text !== 'string') return false;
    if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= MOST_PIECES) {
      return false;
    }
    let pieces = this.uploads.get(upload);
    if (!pieces) {
      const oldest = this.uploads.keys().next().value;
      if (this.uploads.size >= UPLOADS_HELD && oldest !== undefined) this.uploads.delete(oldest);
      this.uploads.set(upload, (pieces = []));
    }
    pieces[index as number] = text;
    return true;
  }

  /** The body, once every one of its `count` pieces has arrived; null otherwise. Forgets them. */
  take(upload: unknown, count: unknown): string | null {
    if (typeof upload !== 'string') return null;
    const pieces = this.uploads.get(upload);
    this.uploads.delete(upload);
    if (!pieces || pieces.length !== count) return null;
    for (let index = 0; index < pieces.length; index++)
      if (pieces[index] === undefined) return null;
    return pieces.join('');
  }
}
