import { describe, expect, it } from 'vitest';
import {
  isPhoneNumbers,
  isPlainNumber,
  runsAsFormula,
  spreadsheetSafe,
} from '../../../lib/values/formula';
import { steadyGrowthRatio } from '../../growth-ratio';

describe('spreadsheetSafe', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['@SUM(1)', "'@SUM(1)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-', "'-"],
    ['+1 202 555 0147,=1', "'+1 202 555 0147,=1"],
    ['-202-555-0147', "'-202-555-0147"],
    ['+12 (3)', "'+12 (3)"],
  ])('prefixes %j', (value, safe) => {
    expect(spreadsheetSafe(value)).toBe(safe);
  });

  it.each([
    '+12025550147',
    '+1 (202) 555-0147',
    '+1 202.555.0147 ext. 12',
    '+44 20 7946 0958 x7',
    '+12025550147, +12025550148',
    '-5',
    '+3.2',
    '-1,200.50',
    '-.5',
    '+1e-3',
    'Ann',
    "'=1+1",
    '',
  ])('leaves %j as it is', (value) => {
    expect(spreadsheetSafe(value)).toBe(value);
  });

  it('never prefixes twice', () => {
    const once = spreadsheetSafe('=1+1');
    expect(spreadsheetSafe(once)).toBe(once);
    expect(runsAsFormula(once)).toBe(false);
  });
});

describe('the exemption', () => {
  it('reads a plain number: a sign, digit groups, an exponent', () => {
    expect(['1', '-5', '+3.2', '1,200.50', '.5', '1e5', '2E+10'].every(isPlainNumber)).toBe(true);
    expect(['+', '-.', '1.', '1..2', '1e', '1e+', '5-3', '0x1F'].some(isPlainNumber)).toBe(false);
  });

  it('reads phone numbers: 7 digits or more, a + only where a number starts', () => {
    expect(['(202) 555-0147', '+1/202/5550147', '+12025550147 #12'].every(isPhoneNumbers)).toBe(
      true,
    );
    expect(
      ['+1 555 01', '+1+2025550147', '+12025550147 ext', '+12025550147,', '+12025550147 ;1'].some(
        isPhoneNumbers,
      ),
    ).toBe(false);
  });

  it('takes time linear in the length of the cell, whatever it holds', () => {
    const inputs = (n: number) => [
      `+${'1 '.repeat(n)}x`,
      `-${'1.'.repeat(n)}`,
      `+${'1234567, '.repeat(n / 8)}=`,
      `+1234567${' '.repeat(n)}ext`,
    ];
    expect(steadyGrowthRatio(inputs, runsAsFormula, 20_000)).toBeLessThan(3);
  });
});
