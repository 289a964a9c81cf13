import { describe, expect, it } from 'vitest';
import { quadraticGrowthRatio, steadyGrowthRatio } from './growth-ratio';

describe('the growth ratio', () => {
  it('tells a linear scan from a quadratic one', () => {
    const inputs = (n: number) => ['x'.repeat(n)];
    let sink = 0;
    const linear = (value: string) => {
      for (let i = 0; i < value.length; i++) sink += value.charCodeAt(i);
    };
    const quadratic = (value: string) => {
      for (let i = 0; i < value.length; i++) {
        for (let j = 0; j < i; j++) sink += value.charCodeAt(j);
      }
    };
    // Measured again when a busy machine put them on the wrong side of the limit, as every
    // growth test measures (a single measurement of this linear scan once came out at 4.0).
    expect(steadyGrowthRatio(inputs, linear, 200_000)).toBeLessThan(3);
    expect(quadraticGrowthRatio(inputs, quadratic, 1_000)).toBeGreaterThan(3);
    expect(sink).toBeGreaterThan(0);
  });
});
