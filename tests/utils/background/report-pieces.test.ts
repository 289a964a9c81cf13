import { describe, expect, it } from 'vitest';
import { ReportPieces } from '../../../utils/background/report-pieces';

describe('report pieces', () => {
  it('joins the pieces in their order, whatever order they came in', () => {
    const pieces = new ReportPieces();
    expect(pieces.add('u', 2, 'c')).toBe(true);
    expect(pieces.add('u', 0, 'a')).toBe(true);
    expect(pieces.add('u', 1, 'b')).toBe(true);
    expect(pieces.take('u', 3)).toBe('abc');
    // Taken once: the upload is forgotten.
    expect(pieces.take('u', 3)).toBeNull();
  });

  it('gives nothing for a body with a piece missing or a count that differs', () => {
    const pieces = new ReportPieces();
    pieces.add('gap', 0, 'a');
    pieces.add('gap', 2, 'c');
    expect(pieces.take('gap', 3)).toBeNull();
    pieces.add('short', 0, 'a');
    expect(pieces.take('short', 2)).toBeNull();
    expect(pieces.take('never-sent', 1)).toBeNull();
  });

  it('refuses what cannot be a piece', () => {
    const pieces = new ReportPieces();
    for (const [upload, index, text] of [
      [1, 0, 'a'],
      ['u', -1, 'a'],
      ['u', 0.5, 'a'],
      ['u', 1_000_000, 'a'],
      ['u', '0', 'a'],
      ['u', 0, 42],
    ]) {
      expect(pieces.add(upload, index, text)).toBe(false);
    }
  });

  it('holds only a few uploads: one whose save never came is dropped for newer ones', () => {
    const pieces = new ReportPieces();
    pieces.add('abandoned', 0, 'x');
    for (const upload of ['b', 'c', 'd', 'e']) pieces.add(upload, 0, upload);
    expect(pieces.take('abandoned', 1)).toBeNull();
    expect(pieces.take('e', 1)).toBe('e');
    expect(pieces.take('b', 1)).toBe('b');
  });
});
