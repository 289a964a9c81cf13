import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

const file = csv(
  'Contact Id,Email,City',
  'pJGMvnxTXlPVvXWMpp6J,ann@example.com,',
  'Zz9aYb8XcW7VdU6TeS5R,bob@example.com,',
  'pJGMvnxTXlPVvXWMpp6J,ann.new@example.com,Boston',
);

describe('1012 duplicate Contact ID in the file', () => {
  it('skips every row that shares a Contact ID', () => {
    const result = check(file);
    expect(issuesOf(result, '1012')).toMatchObject([
      {
        row: 2,
        reason: 'duplicate',
        class: 'row-skipped',
        params: { others: ['2', '4'] },
        message: expect.stringContaining('also on row 4.'),
      },
      { row: 4, reason: 'duplicate', class: 'row-skipped' },
    ]);
    expect(result.report.summary.rows.rejectedOut).toBe(2);
  });

  it('merges them into the first row when asked', () => {
    const result = check(file, { fixes: { mergeDuplicates: true } });
    expect(issuesOf(result, '1012')).toMatchObject([
      {
        row: 2,
        reason: 'merged',
        class: 'row-skipped',
        value: 'pJGMvnxTXlPVvXWMpp6J',
        fix: 'row 2',
        params: { others: ['2', '4'], first: 2 },
        message: expect.stringContaining('also on row 4;'),
      },
      {
        row: 4,
        reason: 'merged',
        fix: 'row 2',
        params: { others: ['2', '4'], first: 2 },
        message: expect.stringContaining('also on row 2;'),
      },
    ]);
    expect(result.rejected).toBeNull();
    expect(result.cleaned).toContain('pJGMvnxTXlPVvXWMpp6J,ann.new@example.com,Boston');
    expect(result.report.summary.rows.cleanedOut).toBe(2);
  });
});
