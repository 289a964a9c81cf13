import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1021 no email, phone, first name and last name', () => {
  it('skips a row with none of them', () => {
    const result = check(
      csv('First Name,Last Name,Email,Phone,Company Name', ',,,,Acme', 'Ann,,,,'),
    );
    expect(issuesOf(result, '1021')).toMatchObject([
      { row: 2, reason: 'no-identity', class: 'row-skipped' },
    ]);
  });

  it('counts a full-name column as a name', () => {
    const result = check(csv('Full Name,Email,Company Name', 'Ann Lee,,Acme'));
    expect(issuesOf(result, '1021')).toEqual([]);
  });
});
