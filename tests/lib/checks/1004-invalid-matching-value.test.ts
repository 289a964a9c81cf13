import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1004 invalid required property', () => {
  it('skips a row whose phone is the matching value and is not a valid number', () => {
    const result = check(
      csv('First Name,Phone', 'Ann,(212) 555-0134', 'Bob,555-01', 'Cy,1.23457E+11'),
      { primary: 'phone' },
    );
    expect(issuesOf(result, '1004')).toMatchObject([
      {
        row: 3,
        reason: 'phone',
        class: 'row-skipped',
        column: 'Phone',
        fix: null,
        params: expect.objectContaining({ why: 'too-short' }),
      },
      { row: 4, reason: 'phone', params: expect.objectContaining({ why: 'scientific' }) },
    ]);
    // Reported once, as the row skip, not again as a dropped field.
    expect(issuesOf(result, '1013')).toEqual([]);
    expect(issuesOf(result, 'PF10')).toEqual([]);
    expect(result.report.summary.rows.rejectedOut).toBe(2);
  });

  it('uses the secondary column where the primary is empty', () => {
    const result = check(csv('Email,Phone', ',555-01', 'ann@example.com,555-01'), {
      primary: 'email',
      secondary: 'phone',
    });
    expect(issuesOf(result, '1004').map((i) => [i.row, i.reason])).toEqual([[2, 'phone']]);
    expect(issuesOf(result, '1013').map((i) => [i.row, i.reason])).toEqual([[3, 'invalid']]);
  });

  it('suggests the country code when the number is valid abroad', () => {
    const result = check(csv('Phone', '447911123456'), { primary: 'phone' });
    const [issue] = issuesOf(result, '1004');
    expect(issue).toMatchObject({
      reason: 'phone',
      params: expect.objectContaining({ why: 'missing-plus', suggestion: '+447911123456' }),
    });
    expect(issue?.message).toContain('+447911123456');
  });

  it('checks a Contact ID used as the primary column', () => {
    const result = check(
      csv('Contact Id,Email', 'not an id,ann@example.com', 'pJGMvnxTXlPVvXWMpp6J,bob@example.com'),
      { primary: 'contactId' },
    );
    expect(issuesOf(result, '1004')).toMatchObject([
      { row: 2, reason: 'contact-id', class: 'row-skipped', value: 'not an id' },
    ]);
  });
});
