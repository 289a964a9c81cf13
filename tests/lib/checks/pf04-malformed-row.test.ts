import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('PF04 malformed row', () => {
  it('flags a row with an unquoted comma, showing the raw line', () => {
    const result = check(
      csv(
        'First Name,Email,Company Name',
        'Ann,ann@example.com,Acme, Inc.',
        'Bob,bob@example.com,Globex',
      ),
    );
    expect(issuesOf(result, 'PF04')).toMatchObject([
      {
        row: 2,
        reason: 'too-many',
        class: 'row-skipped',
        value: 'Ann,ann@example.com,Acme, Inc.',
        message: expect.stringContaining('4 fields but the header has 3'),
      },
    ]);
  });

  it('flags a row with too few fields', () => {
    const result = check(csv('First Name,Email,Company Name', 'Ann,ann@example.com'));
    const [issue] = issuesOf(result, 'PF04');
    expect(issue).toMatchObject({ row: 2, reason: 'too-few', class: 'row-skipped' });
    expect(issue?.message).toContain('2 fields but the header has 3');
  });

  it('flags an unclosed quote that swallows the following lines', () => {
    const result = check(
      csv(
        'First Name,Email,Notes',
        'Ann,ann@example.com,"Met at the expo',
        'Bob,bob@example.com,',
        'Cy,cy@example.com,',
      ),
    );
    expect(issuesOf(result, 'PF04')).toMatchObject([
      { row: 2, reason: 'unclosed-quote', class: 'row-skipped' },
    ]);
  });

  it('does not judge the values of a malformed row', () => {
    const result = check(csv('First Name,Email', 'Ann,not-an-email,extra'));
    expect(issuesOf(result, '1008')).toEqual([]);
  });
});
