import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../lib/values/utf8';

describe('utf8Length', () => {
  it('counts the bytes TextEncoder writes, ASCII runs and all', () => {
    const encoder = new TextEncoder();
    // Whole code points (no lone surrogates, which an encoder replaces), mixed with ASCII runs.
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' })))
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (value) => utf8Length(value) === encoder.encode(value).length),
      { numRuns: 500 },
    );
  });

  it('counts again from the start on every call', () => {
    expect(utf8Length('é a é')).toBe(7);
    expect(utf8Length('é a é')).toBe(7);
  });
});
