import { describe, expect, it } from 'vitest';
import { steadyGrowthRatio } from '../../growth-ratio';
import { explainAgainst, ORIGINAL } from './fixtures';

const matchesOf = (log: string, original = ORIGINAL) => {
  const { original: against } = explainAgainst(log, original);
  return against?.matching;
};

describe('matching log rows to the original', () => {
  it('by row number when the row agrees with the contact the log carries', () => {
    expect(matchesOf('Row,Error,Email\n3,1008,bob@example\n4,1014,cy@example.com\n')).toEqual({
      matches: [
        { line: 2, row: 3, by: 'row' },
        { line: 3, row: 4, by: 'row' },
      ],
      unmatched: [],
    });
  });

  it('by row number counted from the first contact, when that is how the rows agree', () => {
    expect(
      matchesOf('Row,Error,Email\n2,1008,bob@example\n3,1014,cy@example.com\n')?.matches,
    ).toEqual([
      { line: 2, row: 3, by: 'row' },
      { line: 3, row: 4, by: 'row' },
    ]);
  });

  it('by row number alone when the log carries no contact', () => {
    expect(matchesOf('Row,Error\n5,1013\n')?.matches).toEqual([{ line: 2, row: 5, by: 'row' }]);
  });

  it('by email when the row number disagrees, as written before the fixes, in any case', () => {
    expect(matchesOf('Row,Error,Email\n2,1013,DI@example.com\n')?.matches).toEqual([
      { line: 2, row: 5, by: 'email' },
    ]);
  });

  it('by phone in another format, by Contact ID, then by name', () => {
    const original =
      'First Name,Last Name,Phone,Contact Id\nAnn,Lee,+12025550147,\nBob,Ray,,abcdefghij0123456789\nCy,Day,,\n';
    expect(
      matchesOf(
        'Phone,Contact Id,First Name,Last Name,Error\n(202) 555-0147,,,,1013\n,abcdefghij0123456789,,,1006\n,,cy,DAY,1021\n',
        original,
      )?.matches,
    ).toEqual([
      { line: 2, row: 2, by: 'phone' },
      { line: 3, row: 3, by: 'contactId' },
      { line: 4, row: 4, by: 'name' },
    ]);
  });

  it('gives each original row to one log row: rows sharing an email pair in order', () => {
    const original = 'Email,First Name\nsam@example.com,A\nsam@example.com,B\n';
    expect(
      matchesOf(
        'Email,Error\nsam@example.com,1011\nsam@example.com,1011\nsam@example.com,1011\n',
        original,
      ),
    ).toEqual({
      matches: [
        { line: 2, row: 2, by: 'email' },
        { line: 3, row: 3, by: 'email' },
      ],
      unmatched: [4],
    });
  });

  it('says which log rows are in no row of the original', () => {
    expect(matchesOf('Email,Error\nzed@example.com,1008\n')).toEqual({
      matches: [],
      unmatched: [2],
    });
  });

  it('is linear: n log rows sharing one email take about twice the time of n/2', () => {
    const original = (n: number) => `Email\n${'same@example.com\n'.repeat(n)}`;
    const log = (n: number) => `Email,Error\n${'same@example.com,1011\n'.repeat(n)}`;
    const ratio = steadyGrowthRatio(
      (n) => [n],
      (n) => explainAgainst(log(n), original(n)),
      2_000,
      5,
    );
    expect(ratio).toBeLessThan(3);
  });
});
