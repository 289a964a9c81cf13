import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF05 header problems', () => {
  it('renames duplicate names in the cleaned file', () => {
    const result = check(csv('Email,First Name,Email', 'a@example.com,Ann,other@example.com'));
    expect(issuesOf(result, 'PF05')).toMatchObject([
      { reason: 'duplicate', class: 'notice', value: 'Email', fix: 'Email (2)' },
    ]);
    // The second Email column's value moves to HighLevel's Additional Emails (PF07).
    expect(result.cleaned?.split('\r\n')[0]).toBe('Email,First Name,Additional Emails');
  });

  it('drops empty unnamed columns and names unnamed columns that hold data', () => {
    const result = check(csv('Email,,First Name,', 'a@example.com,x,Ann,', 'b@example.com,,Bob,'));
    expect(issuesOf(result, 'PF05')).toMatchObject([
      {
        reason: 'empty-name',
        class: 'notice',
        column: 'Column 2',
        fix: 'Column 2',
        params: { hint: 'renamed' },
      },
      { reason: 'empty-name', column: 'Column 4', fix: '', params: { hint: 'dropped' } },
    ]);
    expect(result.cleaned?.split('\r\n')[0]).toBe('Email,Column 2,First Name');
  });

  it('blocks a file whose first line is blank, and starts the cleaned file at the header', () => {
    const result = check('\r\n\r\nFirst Name,Email\r\nAnn,a@example.com\r\n');
    expect(issuesOf(result, 'PF05')).toMatchObject([
      { row: null, reason: 'blank-first-row', class: 'file-blocked', fix: 'removed' },
    ]);
    expect(issuesOf(check('\r\nEmail\r\nbad@\r\n'), '1008')).toMatchObject([{ row: 3 }]);
    expect(result.cleaned).toBe('First Name,Email\r\nAnn,a@example.com');
  });

  it('finds the header below a report title, a preamble and blank lines, and names the rows left out', () => {
    const result = check(
      csv(
        'Contacts report,,',
        'Exported by: Mia,2024-03-01,',
        ',,',
        'First Name,Email,Phone',
        'Ann,a@example.com,',
      ),
    );
    expect(issuesOf(result, 'PF05')).toMatchObject([
      {
        row: 1,
        reason: 'rows-above-header',
        class: 'file-blocked',
        value: 'Contacts report',
        fix: 'removed',
      },
      {
        row: 2,
        reason: 'rows-above-header',
        value: 'Exported by: Mia, 2024-03-01',
        message: expect.stringContaining('row 4'),
      },
      // The blank line between the title and the header is not "the file starts blank".
    ]);
    expect(result.firstRowNumber).toBe(5);
    // The title rows are no contacts: the one data row imports cleanly once they are left out.
    expect(result.report.summary.rows).toMatchObject({ total: 1, clean: 1 });
    expect(result.cleaned).toBe('First Name,Email,Phone\r\nAnn,a@example.com,');
  });

  it('never drops an unnamed column that holds values, even when nothing maps', () => {
    const result = check(csv('Foo,', '1,2'));
    expect(issuesOf(result, 'PF05')).toMatchObject([
      { reason: 'nothing-maps' },
      { reason: 'empty-name', column: 'Column 2', params: { hint: 'renamed' } },
    ]);
    expect(result.cleaned).toBe('Foo,Column 2\r\n1,2');
  });

  it('keeps row 1 as the header when no row below maps better', () => {
    const result = check(csv('First Name,Email', 'Email,First Name'));
    expect(issuesOf(result, 'PF05')).toEqual([]);
    expect(result.firstRowNumber).toBe(2);
  });

  it('blocks a file whose first row is contact data, not names', () => {
    const result = check(
      csv('Ann,Lee,ann@example.com,(212) 555-0134', 'Bob,Stone,bob@example.com,(212) 555-0135'),
    );
    expect(issuesOf(result, 'PF05')).toMatchObject([
      {
        reason: 'looks-like-data',
        class: 'file-blocked',
        message: expect.stringContaining('ann@example.com'),
      },
    ]);
  });

  it('blocks a file where no column maps to a HighLevel field', () => {
    const result = check(csv('Foo,Bar', '1,2'));
    expect(issuesOf(result, 'PF05')).toMatchObject([
      {
        reason: 'nothing-maps',
        class: 'file-blocked',
        message: expect.stringContaining('Foo, Bar'),
      },
    ]);
  });
});
