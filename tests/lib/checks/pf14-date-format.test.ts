import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF14 date format', () => {
  it('suggests the format that reads every date in the column', () => {
    const result = check(
      csv(
        'Email,Date of Birth',
        'a@example.com,14/03/1985',
        'b@example.com,02/11/1990',
        'c@example.com,30/09/1982',
      ),
    );
    expect(issuesOf(result, 'PF14')).toMatchObject([
      {
        reason: 'other-format',
        column: 'Date of Birth',
        class: 'notice',
        message: expect.stringContaining('DD/MM/YYYY'),
      },
    ]);
  });

  it('is quiet when the chosen format reads every date', () => {
    const result = check(csv('Email,Date of Birth', 'a@example.com,03/14/1985'));
    expect(issuesOf(result, 'PF14')).toEqual([]);
  });
});

describe('PF14 rewriting', () => {
  it('rewrites the dates the chosen format would read with day and month swapped', () => {
    const result = check(
      csv(
        'Email,Geburtstag',
        'a@example.com,14.03.1978',
        'b@example.com,02.11.1985',
        'c@example.com,05.05.1990',
      ),
    );
    expect(issuesOf(result, 'PF14')).toMatchObject([
      {
        reason: 'other-format',
        fix: 'MM/DD/YYYY',
        message: expect.stringContaining('1 more would be read with day and month swapped'),
      },
    ]);
    expect(result.rows).toEqual([
      ['a@example.com', '03/14/1978'],
      ['b@example.com', '11/02/1985'],
      ['c@example.com', '05.05.1990'],
    ]);
    expect(result.report.changes.filter((c) => c.code === 'PF14')).toEqual([
      { row: 3, column: 'Geburtstag', code: 'PF14', before: '02.11.1985', after: '11/02/1985' },
    ]);
  });
});
