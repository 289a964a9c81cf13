import { describe, expect, it } from 'vitest';
import { steadyGrowthRatio } from '../../growth-ratio';
import { ACCEPTED_FORMS, judgeNumber, type NumberField } from '../../../lib/values/number';

const judged = (field: NumberField, values: string[]) =>
  values.map((value) => [value, judgeNumber(value, field)]);

describe('judgeNumber', () => {
  it.each(['number', 'money'] as const)(
    "accepts HighLevel's own examples in a %s field",
    (field) => {
      for (const example of ACCEPTED_FORMS[field].examples) {
        expect(judgeNumber(example, field)).toEqual({ status: 'accepted' });
      }
      expect(judgeNumber('-5', field)).toEqual({ status: 'accepted' });
    },
  );

  it('accepts thousands commas in an amount only', () => {
    expect(judgeNumber('1,234,234.33', 'money')).toEqual({ status: 'accepted' });
    expect(judgeNumber('1,234', 'money')).toEqual({ status: 'accepted' });
    expect(judgeNumber('1,234,234.33', 'number')).toEqual({
      status: 'rewritten',
      fixed: '1234234.33',
    });
  });

  it('rewrites a value that reads one way only in the plain form both fields accept', () => {
    const rewritten = (fixed: string) => ({ status: 'rewritten', fixed });
    expect(judged('number', ['$1,200.50', '1.200,50', '1 234,50', "1'234.5", '12 %'])).toEqual([
      ['$1,200.50', rewritten('1200.50')],
      ['1.200,50', rewritten('1200.50')],
      ['1 234,50', rewritten('1234.50')],
      ["1'234.5", rewritten('1234.5')],
      ['12 %', rewritten('12')],
    ]);
    expect(judged('money', ['€ 1.234.567', 'USD 100', '-$5', '+5', '0,5', '$.50'])).toEqual([
      ['€ 1.234.567', rewritten('1234567')],
      ['USD 100', rewritten('100')],
      ['-$5', rewritten('-5')],
      ['+5', rewritten('5')],
      ['0,5', rewritten('0.5')],
      ['$.50', rewritten('0.50')],
    ]);
  });

  it('names both readings of one comma before three digits in a number field', () => {
    expect(judgeNumber('1,234', 'number')).toEqual({
      status: 'ambiguous',
      candidates: ['1234', '1.234'],
    });
    // A leading zero is no thousands group: "0,500" is a decimal.
    expect(judgeNumber('0,500', 'number')).toEqual({ status: 'rewritten', fixed: '0.500' });
  });

  it('finds no number in text, dates, broken groups or scientific notation', () => {
    for (const value of ['n/a', '-', 'TBD', '12abc', '1.5.2026', '2025-03-14', '1,23,4', '1e5']) {
      expect(judgeNumber(value, 'number'), value).toEqual({ status: 'invalid' });
      expect(judgeNumber(value, 'money'), value).toEqual({ status: 'invalid' });
    }
    expect(judgeNumber('1,,5', 'money')).toEqual({ status: 'invalid' });
    expect(judgeNumber('1 234.567,8', 'money')).toEqual({ status: 'invalid' });
  });

  it('stays linear on long runs of digits, commas and dots (time at 2n over time at n)', () => {
    const adversarial = (n: number) => [
      `${'1,'.repeat(n)}1`,
      '1.'.repeat(n),
      `${'1,1.'.repeat(n)}1`,
      `1${',234'.repeat(n)}.5`,
      '9'.repeat(2 * n),
      `${'$'.repeat(n)}1`,
      `${'.,'.repeat(n)}1%`,
      `${' '.repeat(n)}1${' %'.repeat(n)}`,
    ];
    const judgeBoth = (value: string) => {
      judgeNumber(value, 'number');
      judgeNumber(value, 'money');
    };
    // Linear doubles the time; a quadratic scan would quadruple it.
    expect(steadyGrowthRatio(adversarial, judgeBoth, 2_000)).toBeLessThan(3);
  });
});
