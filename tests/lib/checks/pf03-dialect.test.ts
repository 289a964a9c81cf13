import { describe, expect, it } from 'vitest';
import { check, issuesOf } from '../../helpers';

describe('PF03 dialect', () => {
  it('reads a semicolon file with decimal commas, and writes commas', () => {
    const result = check(
      'Vorname;E-Mail;Umsatz\r\nJürgen;j@example.de;1.250,50\r\nAnna;a@example.de;980,00\r\n',
    );
    expect(result.report.file.delimiter).toBe(';');
    expect(issuesOf(result, 'PF03')).toMatchObject([
      {
        row: null,
        reason: 'delimiter',
        class: 'notice',
        params: { delimiter: ';' },
        message: expect.stringContaining('semicolons'),
      },
    ]);
    expect(result.cleaned).toBe(
      'Vorname,E-Mail,Umsatz\r\nJürgen,j@example.de,"1.250,50"\r\nAnna,a@example.de,"980,00"',
    );
  });

  it.each([
    ['\t', 'tabs'],
    ['|', 'vertical bars'],
  ])('reads %j-separated files', (delimiter, name) => {
    const result = check(
      ['First Name', 'Email'].join(delimiter) +
        '\n' +
        ['Ann', 'a@example.com'].join(delimiter) +
        '\n',
    );
    expect(result.report.file.columns).toEqual(['First Name', 'Email']);
    const [issue] = issuesOf(result, 'PF03');
    expect(issue).toMatchObject({ reason: 'delimiter', params: { delimiter } });
    expect(issue?.message).toContain(name);
  });

  it('notes mixed line endings and still reads every row', () => {
    const result = check('First Name,Email\r\nAnn,a@example.com\nBob,b@example.com\r\n');
    expect(result.report.file.rows).toBe(2);
    expect(issuesOf(result, 'PF03')).toMatchObject([
      { row: null, reason: 'line-endings', class: 'notice' },
    ]);
  });

  it('does not call line breaks inside quoted cells mixed', () => {
    const result = check('Email,Notes\r\na@example.com,"line one\nline two"\r\n');
    expect(issuesOf(result, 'PF03')).toEqual([]);
  });
});
