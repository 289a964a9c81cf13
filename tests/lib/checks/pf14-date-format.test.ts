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
      { column: 'Date of Birth', class: 'notice', message: expect.stringContaining('DD/MM/YYYY') },
    ]);
  });

  it('is quiet when the chosen format reads every date', () => {
    const result = check(csv('Email,Date of Birth', 'a@example.com,03/14/1985'));
    expect(issuesOf(result, 'PF14')).toEqual([]);
  });
});
