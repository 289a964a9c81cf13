import { codesInCell } from '../../lib/errorlog/codes-in-cell';
import { describe, expect, it } from 'vitest';
import { countryCodeOf, judgeCountry } from '../../lib/highlevel/countries';
import { judgeTimeZone } from '../../lib/highlevel/time-zones';
import { describeIssue, makeIssue } from '../../lib/issue';
import * as regexes from '../../lib/regexes';
import { detectDialect } from '../../lib/read/dialect';
import { readDate } from '../../lib/values/date';
import { judgeEmail } from '../../lib/values/email';
import { judgeNumber } from '../../lib/values/number';
import { createPhoneJudge, splitPhones } from '../../lib/values/phone';
import { foldForMatch, repairMojibake, tidyText } from '../../lib/values/text';
import { LINEAR_LIMIT as LIMIT, quadraticGrowthRatio, steadyGrowthRatio } from '../growth-ratio';
import { check, csv, phoneMetadata } from '../helpers';
import { FORMER_REGEXES } from './former-regexes';

/**
 * Issue 11: one crafted cell must not cost more than its length. Each expression and each
 * per-cell judgement is timed on long cells made of the characters they deal in, at n and 2n
 * characters: linear work takes about twice as long, quadratic about four times. The expressions
 * the issue found fail this measure ("the measure" shows it on each of them).
 */

const N = 4_000;

/**
 * A start, then a unit repeated to about n characters, then a character no expression looks for,
 * so that anchored ones fail at the end after reading everything.
 */
const SHAPES: [start: string, unit: string][] = [
  ['', ' '],
  ['', '\t'],
  ['', '\u00A0'],
  ['', '\n '],
  ['', '\r\n'],
  ['', '.'],
  ['', 'a.'],
  ['', '@'],
  ['<', '@'],
  ['<', 'a@'],
  ['', '<a@'],
  ['', '"'],
  ['', "'"],
  ['', ',;'],
  ['', ' or '],
  ['', ':'],
  ['', '1'],
  ['', '1 '],
  ['', '1-'],
  ['', '1.'],
  ['+', '1,'],
  ['x', ' '],
  ['', 'x1'],
  ['', 'ext '],
  ['1:00', ' '],
  ['', 'T'],
  ['', 'T1:00'],
  ['1 ', 'a'],
  ['', 'Ã'],
  ['', '\u200B'],
  ['', '{a'],
  ['<sheet ', 'name=" '],
  ['', '/'],
  ['', '&'],
];

function cells(n: number): string[] {
  return SHAPES.map(([start, unit]) => `${start}${unit.repeat(Math.ceil(n / unit.length))}\u0001`);
}

/** An expression reads the cells in microseconds: four copies of them make a steadier time. */
const manyCells = (n: number) => Array.from({ length: 4 }, () => cells(n)).flat();

/** The steady ratio at this file's size unless another is given. */
const steadyRatio = <T>(inputs: (n: number) => T[], judge: (value: T) => unknown, n = N) =>
  steadyGrowthRatio(inputs, judge, n);

/** The whole text, as replace, split and a global search read it; test stops at the first match. */
function scanAll(pattern: RegExp): (text: string) => void {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  return (text) => {
    text.replace(global, '');
  };
}

const expressions = Object.entries(regexes).filter(
  (entry): entry is [string, RegExp] => entry[1] instanceof RegExp,
);

describe('the measure', () => {
  // First, on a fresh heap; and smaller n: the former expressions take about 40 ms a cell at
  // 4,000 characters.
  it.each(Object.entries(FORMER_REGEXES))('fails the former %s', (_, pattern) => {
    expect(quadraticGrowthRatio(cells, scanAll(pattern), 1_000, 7)).toBeGreaterThan(LIMIT);
  });
});

describe('every expression in lib/regexes.ts is linear in its input', () => {
  it('finds the expressions by iterating the module', () => {
    expect(expressions.length).toBeGreaterThan(40);
  });

  it.each(expressions)('%s', (_, pattern) => {
    expect(steadyRatio(manyCells, scanAll(pattern))).toBeLessThan(LIMIT);
  });
});

const phone = createPhoneJudge('US', phoneMetadata);

const JUDGEMENTS: [string, (value: string) => unknown][] = [
  // judgeEmail remembers the last value: judging another in between makes it judge afresh.
  ['judgeEmail', (value) => [judgeEmail(value), judgeEmail('')]],
  ['phone judge', (value) => phone.judge(value)],
  ['splitPhones', splitPhones],
  ['readDate', (value) => readDate(value, 'MM/DD/YYYY')],
  ['tidyText (PF08)', (value) => [tidyText(value, false), tidyText(value, true)]],
  ['repairMojibake', repairMojibake],
  ['foldForMatch', foldForMatch],
  ['judgeNumber', (value) => [judgeNumber(value, 'number'), judgeNumber(value, 'money')]],
  ['judgeCountry', (value) => [judgeCountry(value), countryCodeOf(value)]],
  ['judgeTimeZone', judgeTimeZone],
  ['detectDialect', detectDialect],
  ['codesInCell (error logs)', codesInCell],
  [
    'describeIssue with a long column',
    (value) =>
      describeIssue(makeIssue('PF05', 'duplicate', { column: value, value, fix: `${value} (2)` })),
  ],
];

describe('every per-cell judgement is linear in the cell', () => {
  it.each(JUDGEMENTS)('%s', (_, judge) => {
    expect(steadyRatio(cells, judge)).toBeLessThan(LIMIT);
  });
});

describe('describing a group of duplicates is linear in the group', () => {
  it('describes each of n rows, which each list the others, in about twice the time of n/2', () => {
    const group = (n: number) => [Array.from({ length: n }, (_, i) => String(i + 2))];
    const describeAll = (rows: string[]) =>
      rows.map((row) =>
        describeIssue(
          makeIssue('1011', 'duplicate', {
            row: Number(row),
            value: 'ann@example.com',
            params: { matching: 'Email', others: rows, first: 2 },
          }),
        ),
      );
    expect(steadyRatio(group, describeAll, 2_000)).toBeLessThan(LIMIT);
  });
});

describe('checkFile is linear in the file', () => {
  /**
   * A file of about `size` characters whose cells are each one check's worst case: trailing
   * punctuation and brackets for 1008, spaces inside a phone for PF07 and 1013, inside a date for
   * 1014 and beside a tab for PF08, and a long duplicate header for PF05's message.
   */
  function craftedFile(size: number): string {
    const run = (unit: string) => unit.repeat(size / 10);
    const header = `First Name,Email,Phone,Date of Birth,${run('H')},${run('H')}`;
    return csv(
      header,
      `"a${run(' ')}\tb",${run('.')}a,1${run(' ')}a,1${run(' ')}x,,`,
      `Ann,<${run('@')},+1${run(' ')}x${run(' ')}1,2025-03-14${run('T')},,`,
    );
  }

  it('checks a 64 KB file of crafted cells in about twice the time of a 32 KB one', () => {
    const checkAndDescribe = (text: string) => check(text).report.issues.map(describeIssue);
    expect(craftedFile(64 * 1024).length).toBeGreaterThan(64 * 1024);
    const file = (size: number) => [craftedFile(size)];
    expect(steadyRatio(file, checkAndDescribe, 32 * 1024)).toBeLessThan(LIMIT);
  });
});
