import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLz, lzCompress, lzDecompress } from '../../../utils/db/lz';

/** Bytes with repeats near and far, runs and overlaps: what the compressor looks for. */
const repetitive = fc
  .array(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.constant(new Uint8Array(300).fill(7))), {
    maxLength: 30,
  })
  .chain((pieces) =>
    fc
      .array(fc.nat({ max: Math.max(0, pieces.length - 1) }), { maxLength: 60 })
      .map((order) => Uint8Array.from(order.flatMap((at) => [...(pieces[at] ?? [])]))),
  );

describe('lz', () => {
  it('gives back any bytes exactly, repetitive or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), repetitive), (bytes) => {
        const packed = lzCompress(bytes);
        expect(isLz(packed)).toBe(true);
        expect(lzDecompress(packed)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back lengths around its counts and its distance limit', () => {
    for (const length of [0, 1, 3, 4, 5, 14, 15, 19, 20, 270, 271, 100_000]) {
      const run = new Uint8Array(length).fill(1);
      expect(lzDecompress(lzCompress(run))).toEqual(run);
    }
    const far = new Uint8Array(200_000).map((_, at) => (at * 7919) % 251);
    far.set(far.subarray(0, 1000), 65_535);
    far.set(far.subarray(0, 1000), 150_000);
    expect(lzDecompress(lzCompress(far))).toEqual(far);
  });

  it('shrinks text with repeats', () => {
    const text = new TextEncoder().encode('Amelia,Davis,amelia@example.com\n'.repeat(1000));
    expect(lzCompress(text).length).toBeLessThan(text.length / 20);
  });

  it('refuses a damaged body rather than give back wrong bytes', () => {
    const packed = lzCompress(new TextEncoder().encode('abcabcabcabcabc, abcabcabc, xyz'));
    expect(() => lzDecompress(packed.subarray(0, packed.length - 2))).toThrow();
    expect(() => lzDecompress(Uint8Array.from([...packed, 0, 1]))).toThrow();
    expect(() => lzDecompress(new Uint8Array([1, 2, 3]))).toThrow();
  });
});
