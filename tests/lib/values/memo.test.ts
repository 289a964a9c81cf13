import { describe, expect, it } from 'vitest';
import { memoised, remember } from '../../../lib/values/memo';

describe('remember', () => {
  it('keeps at most the limit, starting afresh when full', () => {
    const memo = new Map<string, number>();
    for (let i = 0; i < 25; i++) remember(memo, String(i), i, 10);
    expect(memo.size).toBeLessThanOrEqual(10);
    expect(memo.get('24')).toBe(24);
  });
});

describe('memoised', () => {
  it('answers as the judge does, asking it once per value', () => {
    const asked: string[] = [];
    const judge = (value: string) => {
      asked.push(value);
      return { length: value.length };
    };
    const remembered = memoised(judge);
    for (const value of ['a', 'bb', 'a', 'bb', 'ccc']) {
      expect(remembered(value)).toEqual(judge(value));
    }
    asked.length = 0;
    remembered('a');
    remembered('ccc');
    expect(asked).toEqual([]);
  });

  it('is bounded: past its limit it asks again', () => {
    let calls = 0;
    const remembered = memoised((value: string) => ++calls + value.length, 3);
    for (const value of ['a', 'b', 'c', 'd']) remembered(value);
    expect(calls).toBe(4);
    remembered('a'); // dropped when 'd' came in
    expect(calls).toBe(5);
  });
});
