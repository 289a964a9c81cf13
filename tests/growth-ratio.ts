/**
 * How much longer `judge` takes over the inputs made for 2n than over those made for n: the least
 * time of interleaved rounds, since load from other processes only ever adds time. Linear work
 * gives about 2, quadratic about 4. Keep n in the thousands: past that, collecting the garbage of
 * long inputs adds time that grows faster than the work itself.
 */
export function growthRatio<T>(
  inputs: (n: number) => T[],
  judge: (value: T) => void,
  n: number,
  rounds = 15,
): number {
  const timed = (values: T[]) => {
    const start = performance.now();
    for (const value of values) judge(value);
    return performance.now() - start;
  };
  const [small, large] = [inputs(n), inputs(2 * n)];
  timed(small); // warm up
  let [smallTime, largeTime] = [Infinity, Infinity];
  for (let round = 0; round < rounds; round++) {
    smallTime = Math.min(smallTime, timed(small));
    largeTime = Math.min(largeTime, timed(large));
  }
  return largeTime / smallTime;
}

/** Under this, growth is taken for linear: linear work gives about 2, quadratic about 4. */
export const LINEAR_LIMIT = 3;

/**
 * The growth ratio of work expected on one side of LINEAR_LIMIT, measured again when it came out
 * on the other: a busy machine may spoil one measurement (garbage collected in the large round,
 * another process on the core), while work of the other kind shows so in both. Linear work keeps
 * the lower of the two, quadratic work the higher.
 */
function secondChance(expected: 'linear' | 'quadratic') {
  const linear = expected === 'linear';
  return <T>(
    inputs: (n: number) => T[],
    judge: (value: T) => unknown,
    n: number,
    rounds?: number,
  ): number => {
    const first = growthRatio(inputs, judge, n, rounds);
    if (linear ? first < LINEAR_LIMIT : first > LINEAR_LIMIT) return first;
    const again = growthRatio(inputs, judge, n, rounds);
    return linear ? Math.min(first, again) : Math.max(first, again);
  };
}

/** The growth ratio of work that must show as linear, measured again when over the limit. */
export const steadyGrowthRatio = secondChance('linear');

/** The growth ratio of work that must show as quadratic, measured again when under the limit. */
export const quadraticGrowthRatio = secondChance('quadratic');
