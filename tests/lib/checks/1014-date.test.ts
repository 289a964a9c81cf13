import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1014 could not parse the date', () => {
  it('accepts dates in the chosen format with any of / - .', () => {
    const result = check(
      csv(
        'Email,Date of Birth',
        'a@example.com,03/14/1985',
        'b@example.com,03-14-1985',
        'c@example.com,3.14.1985',
      ),
    );
    expect(issuesOf(result, '1014')).toEqual([]);
  });

  it('rewrites unambiguous dates into the chosen format', () => {
    const result = check(
      csv(
        'Email,Date of Birth',
        'a@example.com,1985-03-14',
        'b@example.com,"March 14, 1985"',
        'c@example.com,14/03/1985',
      ),
    );
    expect(issuesOf(result, '1014').map((i) => [i.reason, i.value, i.fix])).toEqual([
      ['rewritten', '1985-03-14', '03/14/1985'],
      ['rewritten', 'March 14, 1985', '03/14/1985'],
      ['rewritten', '14/03/1985', '03/14/1985'],
    ]);
    expect(issuesOf(result, '1014')[0]).toMatchObject({
      row: 2,
      reason: 'rewritten',
      class: 'field-dropped',
    });
  });

  it('flags ambiguous and impossible dates, leaving them empty', () => {
    const result = check(
      csv('Email,Date of Birth', 'a@example.com,03/04/1985', 'b@example.com,02/30/1985'),
      { dateFormat: 'YYYY/MM/DD' },
    );
    expect(issuesOf(result, '1014')).toMatchObject([
      { row: 2, reason: 'ambiguous', class: 'field-dropped', fix: '' },
      { row: 3, reason: 'invalid', class: 'field-dropped', fix: '' },
    ]);
  });
});
