import { describe, expect, it } from 'vitest';
import { growthRatio, quadraticGrowthRatio, steadyGrowthRatio } from './growth-ratio';

describe('growthRatio', () => {
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
    expect(growthRatio(inputs, linear, 200_000)).toBeLessThan(3);
    expect(growthRatio(inputs, quadratic, 1_000)).toBeGreaterThan(3);
    // Measured again on the side of the limit where a busy machine could have put them.
    expect(steadyGrowthRatio(inputs, linear, 200_000)).toBeLessThan(3);
    expect(quadraticGrowthRatio(inputs, quadratic, 1_000)).toBeGreaterThan(3);
    expect(sink).toBeGreaterThan(0);
  });
});
