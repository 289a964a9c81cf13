import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF09 spreadsheet formula', () => {
  it('prefixes values a spreadsheet would run', () => {
    const result = check(
      csv(
        'Email,Notes,Company Name',
        'a@example.com,@SUM(A1:A9),"=HYPERLINK(""http://evil.example"",""x"")"',
      ),
    );
    expect(issuesOf(result, 'PF09')).toMatchObject([
      { row: 2, reason: 'formula', class: 'notice', column: 'Notes' },
      { row: 2, reason: 'formula', class: 'notice', column: 'Company Name' },
    ]);
    expect(issuesOf(result, 'PF09').map((i) => i.fix)).toEqual([
      "'@SUM(A1:A9)",
      '\'=HYPERLINK("http://evil.example","x")',
    ]);
  });

  it('leaves numbers and phone numbers alone', () => {
    const result = check(
      csv('Email,Phone,Notes,Company Name', 'a@example.com,+1 212 555 0134,-5,+44 20 7946 0958'),
    );
    expect(issuesOf(result, 'PF09')).toEqual([]);
  });

  it('names a formula in a phone column too, and not an exempt phone or number', () => {
    // Phone is the matching column: 1004 skips the rows and keeps their values, PF09 names them.
    const result = check(
      csv('Email,Phone,Notes', 'a@example.com,+1+1,+1 (202) 555-0147', 'b@example.com,@1,+3.2'),
      { primary: 'phone' },
    );
    expect(issuesOf(result, 'PF09').map((i) => [i.column, i.value, i.fix])).toEqual([
      ['Phone', '+1+1', "'+1+1"],
      ['Phone', '@1', "'@1"],
    ]);
  });

  it('names a column name a spreadsheet would run, once for the file', () => {
    const result = check(csv('Email,@SUM(1),-5', 'a@example.com,x,y', 'b@example.com,x,y'));
    expect(issuesOf(result, 'PF09')).toMatchObject([
      { row: null, reason: 'formula-header', column: '@SUM(1)', value: '@SUM(1)', fix: "'@SUM(1)" },
    ]);
  });
});
